#pragma once

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <QByteArray>
#include <QString>

#include <memory>

// RAII owners for the OpenSSL objects the card library uses: every object freed on every path.
namespace kakanai::ossl {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};

using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using X509Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using X509StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;

inline void freeX509Stack(STACK_OF(X509) * s)
{
    sk_X509_pop_free(s, X509_free);
}
using X509Stack = std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), freeX509Stack>>;

// The last OpenSSL error as text, for logs.
QString lastError();

// An RSA public key from its big-endian modulus and exponent.
PKey rsaPublicKey(const QByteArray &modulus, const QByteArray &exponent);
// A public key from PEM (SubjectPublicKeyInfo) or from a PEM certificate's key.
PKey publicKeyFromPem(const QByteArray &pem);
X509Ptr certificateFromDer(const QByteArray &der);
X509Ptr certificateFromPem(const QByteArray &pem);
QByteArray certificateToDer(X509 *cert);

// sha256WithRSAEncryption (PKCS#1 v1.5) verification.
bool verifySha256Rsa(EVP_PKEY *key, const QByteArray &data, const QByteArray &signature);
QByteArray sha256(QByteArrayView data);

} // namespace kakanai::ossl
