#include "cardreader/virtualcard/CardKeys.h"

#include "cardreader/virtualcard/Persona.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QList>
#include <QLockFile>
#include <QSaveFile>
#include <QTimeZone>

namespace kakanai::virtualcard {

namespace {

constexpr int KeyBits = 2048;

using Asn1Integer = std::unique_ptr<ASN1_INTEGER, ossl::Deleter<ASN1_INTEGER, ASN1_INTEGER_free>>;
using X509Ext = std::unique_ptr<X509_EXTENSION, ossl::Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, ossl::Deleter<X509_NAME, X509_NAME_free>>;

ossl::PKey generateRsa()
{
    return ossl::PKey(EVP_RSA_gen(KeyBits));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, static_cast<qsizetype>(n)) : QByteArray();
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return {};
    }
    return bioContents(bio.get());
}

QByteArray publicKeyPem(EVP_PKEY *key)
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1) {
        return {};
    }
    return bioContents(bio.get());
}

QByteArray certificatePem(X509 *cert)
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1) {
        return {};
    }
    return bioContents(bio.get());
}

ossl::PKey privateKeyFromPem(const QByteArray &pem)
{
    ossl::Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio) {
        return {};
    }
    ossl::PKey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    return key;
}

bool writeFile(const QString &path, const QByteArray &bytes, bool secret, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (secret) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    file.write(bytes);
    if (!file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return file.readAll();
}

// Loads a private key from path, or generates one and writes it (dir empty: in memory only).
ossl::PKey loadOrCreateKey(const QString &dir, const QString &name, QString *error)
{
    if (!dir.isEmpty()) {
        if (const auto pem = readFile(dir + QLatin1Char('/') + name)) {
            ossl::PKey key = privateKeyFromPem(*pem);
            if (key && EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_RSA && EVP_PKEY_get_bits(key.get()) == KeyBits) {
                return key;
            }
            *error = QStringLiteral("%1/%2: not an RSA-%3 private key in PEM (delete it to start over)")
                         .arg(dir, name)
                         .arg(KeyBits);
            return {};
        }
    }
    ossl::PKey key = generateRsa();
    if (!key) {
        *error = QStringLiteral("RSA key generation failed: %1").arg(ossl::lastError());
        return {};
    }
    if (!dir.isEmpty() && !writeFile(dir + QLatin1Char('/') + name, privateKeyPem(key.get()), true, error)) {
        return {};
    }
    return key;
}

bool sameKey(EVP_PKEY *a, EVP_PKEY *b)
{
    return a && b && EVP_PKEY_eq(a, b) == 1;
}

QDateTime fromAsn1(const ASN1_TIME *t)
{
    struct tm tm
    {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1) {
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     QTimeZone::utc());
}

X509NamePtr makeName(const QString &commonName)
{
    X509NamePtr name(X509_NAME_new());
    const auto add = [&](const char *field, const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        X509_NAME_add_entry_by_txt(name.get(), field, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(utf8.data()), static_cast<int>(utf8.size()),
                                   -1, 0);
    };
    add("C", QStringLiteral("JP"));
    add("O", QStringLiteral("JPKI-TEST"));
    add("OU", QStringLiteral("Kakanai virtual card"));
    add("CN", commonName);
    return name;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509Ext ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

using GeneralNames = std::unique_ptr<GENERAL_NAMES, ossl::Deleter<GENERAL_NAMES, GENERAL_NAMES_free>>;

bool addOtherNames(X509 *cert, const QList<std::pair<QByteArray, QByteArray>> &otherNames)
{
    GeneralNames names(sk_GENERAL_NAME_new_null());
    if (!names) {
        return false;
    }
    for (const auto &[oid, value] : otherNames) {
        ASN1_OBJECT *type = OBJ_txt2obj(oid.constData(), 1);
        ASN1_UTF8STRING *text = ASN1_UTF8STRING_new();
        ASN1_TYPE *any = ASN1_TYPE_new();
        GENERAL_NAME *name = GENERAL_NAME_new();
        const bool built = type && text && any && name &&
                           ASN1_STRING_set(text, value.constData(), static_cast<int>(value.size())) == 1;
        if (!built) {
            ASN1_OBJECT_free(type);
            ASN1_UTF8STRING_free(text);
            ASN1_TYPE_free(any);
            GENERAL_NAME_free(name);
            return false;
        }
        ASN1_TYPE_set(any, V_ASN1_UTF8STRING, text); // any owns text now
        if (GENERAL_NAME_set0_othername(name, type, any) != 1) {
            ASN1_OBJECT_free(type);
            ASN1_TYPE_free(any);
            GENERAL_NAME_free(name);
            return false;
        }
        sk_GENERAL_NAME_push(names.get(), name);
    }
    return X509_add1_ext_i2d(cert, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

struct CertificateRequest
{
    QString commonName;
    EVP_PKEY *subjectKey = nullptr;
    X509 *issuerCert = nullptr; // nullptr: self-signed
    EVP_PKEY *issuerKey = nullptr;
    Validity validity;
    bool ca = false;
    bool nonRepudiation = false;
    QList<std::pair<QByteArray, QByteArray>> otherNames; // subjectAltName otherName (OID, UTF-8 value)
};

ossl::X509Ptr issueCertificate(const CertificateRequest &r, QString *error)
{
    ossl::X509Ptr cert(X509_new());
    unsigned char serialBytes[9];
    RAND_bytes(serialBytes, sizeof(serialBytes));
    serialBytes[0] &= 0x7F; // positive
    ossl::Bignum serialBn(BN_bin2bn(serialBytes, sizeof(serialBytes), nullptr));
    Asn1Integer serial(BN_to_ASN1_INTEGER(serialBn.get(), nullptr));
    X509NamePtr subject = makeName(r.commonName);
    X509 *issuerCert = r.issuerCert ? r.issuerCert : cert.get();
    bool ok =
        cert && serial && subject && X509_set_version(cert.get(), 2) == 1 &&
        X509_set_serialNumber(cert.get(), serial.get()) == 1 && X509_set_subject_name(cert.get(), subject.get()) == 1 &&
        X509_set_issuer_name(cert.get(), r.issuerCert ? X509_get_subject_name(r.issuerCert) : subject.get()) == 1 &&
        ASN1_TIME_set(X509_getm_notBefore(cert.get()), static_cast<time_t>(r.validity.notBefore.toSecsSinceEpoch())) &&
        ASN1_TIME_set(X509_getm_notAfter(cert.get()), static_cast<time_t>(r.validity.notAfter.toSecsSinceEpoch())) &&
        X509_set_pubkey(cert.get(), r.subjectKey) == 1;
    if (ok) {
        ok = addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash") &&
             addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always");
    }
    if (ok && r.ca) {
        ok = addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE") &&
             addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else if (ok) {
        ok = addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), issuerCert, NID_key_usage,
                          r.nonRepudiation ? "critical,digitalSignature,nonRepudiation" : "critical,digitalSignature");
    }
    if (ok && !r.otherNames.isEmpty()) {
        ok = addOtherNames(cert.get(), r.otherNames);
    }
    if (ok) {
        ok = X509_sign(cert.get(), r.issuerKey, EVP_sha256()) > 0;
    }
    if (!ok) {
        *error = QStringLiteral("issuing the certificate \"%1\" failed: %2").arg(r.commonName, ossl::lastError());
        return {};
    }
    return cert;
}

// A certificate on disk is reused when it is still what we would issue now: same key, signed by the current CA,
// and the validity end the persona asks for (to the second).
bool stillValid(X509 *cert, EVP_PKEY *subjectKey, EVP_PKEY *caKey, const QDateTime &notAfter)
{
    ossl::PKey key(X509_get_pubkey(cert));
    const bool ok = sameKey(key.get(), subjectKey) && X509_verify(cert, caKey) == 1 &&
                    fromAsn1(X509_get0_notAfter(cert)) == notAfter;
    ERR_clear_error();
    return ok;
}

ossl::X509Ptr loadOrIssue(const QString &dir, const QString &name, const CertificateRequest &request, QString *error)
{
    if (!dir.isEmpty()) {
        if (const auto pem = readFile(dir + QLatin1Char('/') + name)) {
            ossl::X509Ptr cert = ossl::certificateFromPem(*pem);
            ERR_clear_error();
            if (cert && stillValid(cert.get(), request.subjectKey, request.issuerKey, request.validity.notAfter)) {
                return cert;
            }
        }
    }
    ossl::X509Ptr cert = issueCertificate(request, error);
    if (cert && !dir.isEmpty() && !writeFile(dir + QLatin1Char('/') + name, certificatePem(cert.get()), false, error)) {
        return {};
    }
    return cert;
}

// A stable, non-personal common name for the card's certificates (real 利用者証明用 certificates carry no name).
QString cardCommonName(const Persona &persona, const char *use)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(persona.id.toUtf8() + QByteArray(use)), QCryptographicHash::Sha256);
    return QStringLiteral("KAKANAI-%1").arg(QString::fromLatin1(digest.left(8).toHex().toUpper()));
}

// The 署名用 certificate carries the four attributes in subjectAltName otherNames (ref §6.3; OIDs of MYNA-GO,
// value encoding unconfirmed: UTF8String here).
QList<std::pair<QByteArray, QByteArray>> signSubjectAltName(const Persona &persona)
{
    return {
        {"1.2.392.200149.8.5.5.1", persona.name.toUtf8()},
        {"1.2.392.200149.8.5.5.3", QByteArray(1, persona.sex)},
        {"1.2.392.200149.8.5.5.4", persona.birthDate.toString(QStringLiteral("yyyyMMdd")).toLatin1()},
        {"1.2.392.200149.8.5.5.5", persona.address.toUtf8()},
    };
}

} // namespace

Validity authCertificateValidity(const Persona &persona, const QDateTime &now)
{
    if (persona.hasFault(Fault::AuthCertExpired)) {
        const QDateTime end(now.date().addDays(-30), QTime(14, 59, 59), QTimeZone::utc());
        return {end.addYears(-5), end};
    }
    return signCertificateValidity(persona, now);
}

Validity signCertificateValidity(const Persona &persona, const QDateTime &now)
{
    // Until the end of the expiry day in Japan (23:59:59 JST = 14:59:59 UTC).
    const QDateTime end(persona.expiryDate, QTime(14, 59, 59), QTimeZone::utc());
    QDateTime start(now.date().addDays(-1), QTime(0, 0, 0), QTimeZone::utc());
    if (start >= end) {
        start = end.addYears(-5);
    }
    return {start, end};
}

std::optional<CardKeys> CardKeys::open(const QString &dir, const Persona &persona, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    if (!QDir().mkpath(dir)) {
        err = QStringLiteral("%1: cannot create the keys folder").arg(dir);
        return std::nullopt;
    }
    QLockFile lock(dir + QStringLiteral("/.lock"));
    lock.setStaleLockTime(60 * 1000);
    if (!lock.tryLock(60 * 1000)) {
        err = QStringLiteral("%1: cannot lock the keys folder").arg(dir);
        return std::nullopt;
    }
    CardKeys keys;
    if (!keys.build(QDir(dir).absolutePath(), persona, &err)) {
        return std::nullopt;
    }
    return keys;
}

std::optional<CardKeys> CardKeys::generate(const Persona &persona, QString *error)
{
    QString ignored;
    CardKeys keys;
    if (!keys.build(QString(), persona, error ? error : &ignored)) {
        return std::nullopt;
    }
    return keys;
}

bool CardKeys::build(const QString &dir, const Persona &persona, QString *error)
{
    m_dir = dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString cardDir = dir.isEmpty() ? QString() : dir + QStringLiteral("/cards/") + persona.id;
    if (!cardDir.isEmpty() && !QDir().mkpath(cardDir)) {
        *error = QStringLiteral("%1: cannot create the card folder").arg(cardDir);
        return false;
    }

    m_caKey = loadOrCreateKey(dir, QStringLiteral("jpki-ca-key.pem"), error);
    if (!m_caKey) {
        return false;
    }
    CertificateRequest ca;
    ca.commonName = QStringLiteral("Kakanai Test JPKI CA");
    ca.subjectKey = m_caKey.get();
    ca.issuerKey = m_caKey.get();
    ca.ca = true;
    ca.validity = {QDateTime(now.date().addDays(-1), QTime(0, 0), QTimeZone::utc()),
                   QDateTime(now.date().addYears(50), QTime(0, 0), QTimeZone::utc())};
    // The CA certificate is reused whatever its dates, as long as it is the CA key's own.
    if (!dir.isEmpty()) {
        if (const auto pem = readFile(dir + QStringLiteral("/jpki-ca.pem"))) {
            m_caCert = ossl::certificateFromPem(*pem);
            ERR_clear_error();
            if (m_caCert) {
                ossl::PKey key(X509_get_pubkey(m_caCert.get()));
                if (!sameKey(key.get(), m_caKey.get()) || X509_verify(m_caCert.get(), m_caKey.get()) != 1) {
                    m_caCert.reset();
                }
                ERR_clear_error();
            }
        }
    }
    if (!m_caCert) {
        m_caCert = issueCertificate(ca, error);
        if (!m_caCert || (!dir.isEmpty() && !writeFile(dir + QStringLiteral("/jpki-ca.pem"),
                                                       certificatePem(m_caCert.get()), false, error))) {
            return false;
        }
    }

    m_issuerKey = loadOrCreateKey(dir, QStringLiteral("issuer-key.pem"), error);
    if (!m_issuerKey) {
        return false;
    }
    if (!dir.isEmpty()) {
        const QString path = dir + QStringLiteral("/issuer-public.pem");
        const QByteArray pem = publicKeyPem(m_issuerKey.get());
        if (readFile(path) != pem && !writeFile(path, pem, false, error)) {
            return false;
        }
    }

    m_apKey = loadOrCreateKey(cardDir, QStringLiteral("ap-key.pem"), error);
    m_authKey = m_apKey ? loadOrCreateKey(cardDir, QStringLiteral("auth-key.pem"), error) : ossl::PKey();
    m_signKey = m_authKey ? loadOrCreateKey(cardDir, QStringLiteral("sign-key.pem"), error) : ossl::PKey();
    if (!m_signKey) {
        return false;
    }

    CertificateRequest auth;
    auth.commonName = cardCommonName(persona, "auth");
    auth.subjectKey = m_authKey.get();
    auth.issuerCert = m_caCert.get();
    auth.issuerKey = m_caKey.get();
    auth.validity = authCertificateValidity(persona, now);
    m_authCert = loadOrIssue(cardDir, QStringLiteral("auth-cert.pem"), auth, error);
    if (!m_authCert) {
        return false;
    }

    CertificateRequest sign = auth;
    sign.commonName = cardCommonName(persona, "sign");
    sign.subjectKey = m_signKey.get();
    sign.validity = signCertificateValidity(persona, now);
    sign.nonRepudiation = true;
    sign.otherNames = signSubjectAltName(persona);
    m_signCert = loadOrIssue(cardDir, QStringLiteral("sign-cert.pem"), sign, error);
    return m_signCert != nullptr;
}

QString CardKeys::trustAnchorPath() const
{
    return m_dir.isEmpty() ? QString() : m_dir + QStringLiteral("/jpki-ca.pem");
}

QString CardKeys::issuerPublicKeyPath() const
{
    return m_dir.isEmpty() ? QString() : m_dir + QStringLiteral("/issuer-public.pem");
}

QByteArray CardKeys::caCertificateDer() const
{
    return ossl::certificateToDer(m_caCert.get());
}

QByteArray CardKeys::authCertificateDer() const
{
    return ossl::certificateToDer(m_authCert.get());
}

QByteArray CardKeys::signCertificateDer() const
{
    return ossl::certificateToDer(m_signCert.get());
}

QByteArray CardKeys::issuerPublicKeyPem() const
{
    return publicKeyPem(m_issuerKey.get());
}

QByteArray CardKeys::caCertificatePem() const
{
    return certificatePem(m_caCert.get());
}

QByteArray rsaSign(EVP_PKEY *key, const QByteArray &input, SignScheme scheme)
{
    if (!key) {
        return {};
    }
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) <= 0) {
        ERR_clear_error();
        return {};
    }
    bool ok = true;
    if (scheme == SignScheme::Pkcs1Raw) {
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) > 0;
    } else {
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PSS_PADDING) > 0 &&
             EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) > 0 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), RSA_PSS_SALTLEN_DIGEST) > 0;
    }
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(input.constData());
    if (!ok || EVP_PKEY_sign(ctx.get(), nullptr, &length, in, static_cast<size_t>(input.size())) <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray out(static_cast<qsizetype>(length), '\0');
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length, in,
                      static_cast<size_t>(input.size())) <= 0) {
        ERR_clear_error();
        return {};
    }
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

QByteArray signSha256(EVP_PKEY *key, const QByteArray &data)
{
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || EVP_DigestSignInit(ctx.get(), &pctx, EVP_sha256(), nullptr, key) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) <= 0) {
        ERR_clear_error();
        return {};
    }
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
    if (EVP_DigestSign(ctx.get(), nullptr, &length, in, static_cast<size_t>(data.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    QByteArray out(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length, in,
                       static_cast<size_t>(data.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

QByteArray rsaModulus(EVP_PKEY *key)
{
    BIGNUM *n = nullptr;
    if (!key || EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &n) != 1) {
        return {};
    }
    ossl::Bignum owner(n);
    QByteArray out(EVP_PKEY_get_size(key), '\0');
    BN_bn2binpad(n, reinterpret_cast<unsigned char *>(out.data()), static_cast<int>(out.size()));
    return out;
}

QByteArray rsaExponent(EVP_PKEY *key)
{
    BIGNUM *e = nullptr;
    if (!key || EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &e) != 1) {
        return {};
    }
    ossl::Bignum owner(e);
    QByteArray out(BN_num_bytes(e), '\0');
    BN_bn2bin(e, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace kakanai::virtualcard
