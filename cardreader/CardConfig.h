#pragma once

#include "common/Config.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QSettings;

namespace kakanai::card {

// The [card] group of the INI file (README: "Configuration"). Key files are read and checked when the
// configuration is loaded, so a broken path is reported at start-up, not in the middle of a resident's session.
struct CardConfig
{
    // [card] reader: the reader to use, matched as a prefix of the PC/SC reader name ("Virtual PCD", "SONY FeliCa").
    // Empty: the first reader holding a card.
    QString reader;
    // [card] issuer_public_key: PEM file of the key that certifies EF 0004 (J-LIS "5000033" on production cards).
    // Empty: integrity is reported as not verifiable.
    QString issuerPublicKeyPath;
    QByteArray issuerPublicKeyPem;
    // [card] jpki_trust_anchor: PEM file with the JPKI 利用者証明用 CA certificate(s) to trust.
    QString jpkiTrustAnchorPath;
    QByteArray jpkiTrustAnchorPem;

    // Reads the [card] group; problems are appended (and the offending key left empty).
    static CardConfig fromSettings(QSettings &settings, QList<ConfigProblem> *problems);
};

} // namespace kakanai::card
