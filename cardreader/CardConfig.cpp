#include "cardreader/CardConfig.h"

#include "cardreader/Ossl.h"

#include <QSettings>

namespace kakanai::card {

namespace {

// A PEM key or certificate file: read and parsed here, so that a wrong file is reported at start-up.
QByteArray readPemFile(ConfigGroup &group, const QString &name, const QString &path, bool wantCertificate)
{
    const auto pem = group.readFile(name, path);
    if (!pem) {
        return {};
    }
    const bool usable = wantCertificate ? static_cast<bool>(ossl::certificateFromPem(*pem))
                                        : static_cast<bool>(ossl::publicKeyFromPem(*pem));
    if (!usable) {
        group.problem(name,
                      QStringLiteral("%1 holds no PEM %2")
                          .arg(path, wantCertificate ? QStringLiteral("certificate") : QStringLiteral("public key")));
        return {};
    }
    return *pem;
}

} // namespace

CardConfig CardConfig::fromSettings(QSettings &settings, QList<ConfigProblem> *problems)
{
    CardConfig config;
    ConfigGroup group(settings, QStringLiteral("card"), problems);
    config.reader = group.string(QStringLiteral("reader"));
    config.issuerPublicKeyPath = group.string(QStringLiteral("issuer_public_key"));
    config.jpkiTrustAnchorPath = group.string(QStringLiteral("jpki_trust_anchor"));
    if (!config.issuerPublicKeyPath.isEmpty()) {
        config.issuerPublicKeyPem =
            readPemFile(group, QStringLiteral("issuer_public_key"), config.issuerPublicKeyPath, false);
    }
    if (!config.jpkiTrustAnchorPath.isEmpty()) {
        config.jpkiTrustAnchorPem =
            readPemFile(group, QStringLiteral("jpki_trust_anchor"), config.jpkiTrustAnchorPath, true);
    }
    return config;
}

} // namespace kakanai::card
