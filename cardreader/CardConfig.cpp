#include "CardConfig.h"

#include "Ossl.h"

#include <QFile>
#include <QSettings>

namespace kakanai::card {

namespace {

QByteArray readPemFile(const QString &key, const QString &path, bool wantCertificate, QList<ConfigProblem> *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({key, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())});
        return {};
    }
    const QByteArray pem = file.read(1024 * 1024);
    const bool usable = wantCertificate ? static_cast<bool>(ossl::certificateFromPem(pem))
                                        : static_cast<bool>(ossl::publicKeyFromPem(pem));
    if (!usable) {
        problems->append(
            {key, QStringLiteral("%1 holds no PEM %2")
                      .arg(path, wantCertificate ? QStringLiteral("certificate") : QStringLiteral("public key"))});
        return {};
    }
    return pem;
}

} // namespace

CardConfig CardConfig::fromSettings(QSettings &settings, QList<ConfigProblem> *problems)
{
    CardConfig config;
    settings.beginGroup(QStringLiteral("card"));
    config.reader = settings.value(QStringLiteral("reader")).toString().trimmed();
    config.issuerPublicKeyPath = settings.value(QStringLiteral("issuer_public_key")).toString().trimmed();
    config.jpkiTrustAnchorPath = settings.value(QStringLiteral("jpki_trust_anchor")).toString().trimmed();
    const QStringList known = {QStringLiteral("reader"), QStringLiteral("issuer_public_key"),
                               QStringLiteral("jpki_trust_anchor")};
    for (const QString &key : settings.childKeys()) {
        if (!known.contains(key)) {
            problems->append({QStringLiteral("card/") + key, QStringLiteral("unknown key")});
        }
    }
    settings.endGroup();
    if (!config.issuerPublicKeyPath.isEmpty()) {
        config.issuerPublicKeyPem =
            readPemFile(QStringLiteral("card/issuer_public_key"), config.issuerPublicKeyPath, false, problems);
    }
    if (!config.jpkiTrustAnchorPath.isEmpty()) {
        config.jpkiTrustAnchorPem =
            readPemFile(QStringLiteral("card/jpki_trust_anchor"), config.jpkiTrustAnchorPath, true, problems);
    }
    return config;
}

} // namespace kakanai::card
