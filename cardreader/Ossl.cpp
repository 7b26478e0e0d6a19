#include "cardreader/Ossl.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace kakanai::ossl {

QString lastError()
{
    const unsigned long code = ERR_get_error();
    if (code == 0) {
        return QStringLiteral("no OpenSSL error");
    }
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof(buffer));
    ERR_clear_error();
    return QString::fromLatin1(buffer);
}

PKey rsaPublicKey(const QByteArray &modulus, const QByteArray &exponent)
{
    Bignum n(BN_bin2bn(reinterpret_cast<const unsigned char *>(modulus.constData()), static_cast<int>(modulus.size()),
                       nullptr));
    Bignum e(BN_bin2bn(reinterpret_cast<const unsigned char *>(exponent.constData()), static_cast<int>(exponent.size()),
                       nullptr));
    if (!n || !e || BN_is_zero(n.get()) || BN_is_zero(e.get())) {
        return PKey();
    }
    ParamBld bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get())) {
        return PKey();
    }
    Params params(OSSL_PARAM_BLD_to_param(bld.get()));
    PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0) {
        return PKey();
    }
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0) {
        return PKey();
    }
    return PKey(key);
}

PKey publicKeyFromPem(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio) {
        return PKey();
    }
    PKey key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (key) {
        return key;
    }
    ERR_clear_error();
    X509Ptr cert = certificateFromPem(pem);
    if (cert) {
        return PKey(X509_get_pubkey(cert.get()));
    }
    return PKey();
}

X509Ptr certificateFromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
    // Trailing bytes after the certificate mean we were handed something else.
    if (cert && p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        return X509Ptr();
    }
    // The signature covers the tbsCertificate only; the outer SEQUENCE, the algorithm and the BIT STRING around the
    // signature are not covered, so they must be in their one DER form (OpenSSL also accepts some BER). Encoding
    // again (the tbsCertificate from the bytes read) must give back exactly what the card sent.
    if (cert && certificateToDer(cert.get()) != der) {
        return X509Ptr();
    }
    return cert;
}

X509Ptr certificateFromPem(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio) {
        return X509Ptr();
    }
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray certificateToDer(X509 *cert)
{
    unsigned char *buffer = nullptr;
    const int n = i2d_X509(cert, &buffer);
    if (n <= 0) {
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(buffer), n);
    OPENSSL_free(buffer);
    return out;
}

bool verifySha256Rsa(EVP_PKEY *key, const QByteArray &data, const QByteArray &signature)
{
    if (!key) {
        return false;
    }
    MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, EVP_sha256(), nullptr, key) != 1) {
        ERR_clear_error();
        return false;
    }
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING);
    }
    const int rv =
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                         static_cast<size_t>(signature.size()),
                         reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()));
    ERR_clear_error();
    return rv == 1;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(32, '\0');
    unsigned int n = 0;
    EVP_Digest(data.data(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data()), &n,
               EVP_sha256(), nullptr);
    return out;
}

} // namespace kakanai::ossl
