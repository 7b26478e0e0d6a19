#include "cardreader/virtualcard/PersonaState.h"

#include "cardreader/virtualcard/Persona.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace kakanai::virtualcard {

namespace {

constexpr PersonaState::Counter AllCounters[] = {
    PersonaState::Counter::Pin,     PersonaState::Counter::CodeA,        PersonaState::Counter::CodeB,
    PersonaState::Counter::AuthPin, PersonaState::Counter::SignPassword,
};

} // namespace

int PersonaState::maxTries(Counter c)
{
    switch (c) {
    case Counter::Pin:
    case Counter::AuthPin:
        return Persona::MaxPinTries;
    case Counter::SignPassword:
        return Persona::MaxSignPasswordTries;
    case Counter::CodeA:
    case Counter::CodeB:
        return Persona::MaxCodeTries;
    }
    return 0;
}

QString PersonaState::counterName(Counter c)
{
    switch (c) {
    case Counter::Pin:
        return QStringLiteral("pin");
    case Counter::CodeA:
        return QStringLiteral("code_a");
    case Counter::CodeB:
        return QStringLiteral("code_b");
    case Counter::AuthPin:
        return QStringLiteral("auth_pin");
    case Counter::SignPassword:
        return QStringLiteral("sign_password");
    }
    return QString();
}

PersonaState PersonaState::fromPersona(const Persona &persona)
{
    PersonaState s;
    s.personaId = persona.id;
    s[Counter::Pin] = persona.pinTriesLeft;
    s[Counter::CodeA] = persona.codeATriesLeft;
    s[Counter::CodeB] = persona.codeBTriesLeft;
    s[Counter::AuthPin] = persona.authPinTriesLeft;
    s[Counter::SignPassword] = persona.signPasswordTriesLeft;
    return s;
}

std::optional<PersonaState> PersonaState::load(const QString &path, const Persona &persona, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<PersonaState> {
        if (error) {
            *error = QStringLiteral("%1: %2").arg(path, message);
        }
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("cannot read: %1").arg(file.errorString()));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024));
    if (!doc.isObject()) {
        return fail(QStringLiteral("not a state file (JSON object expected); use --reset-state to start over"));
    }
    const QJsonObject object = doc.object();
    PersonaState s;
    s.personaId = object.value(QStringLiteral("persona")).toString();
    if (s.personaId != persona.id) {
        return fail(QStringLiteral("belongs to persona \"%1\", not \"%2\"; use --reset-state or another --state file")
                        .arg(s.personaId, persona.id));
    }
    const QJsonObject counters = object.value(QStringLiteral("tries")).toObject();
    for (const Counter c : AllCounters) {
        const QJsonValue v = counters.value(counterName(c));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != static_cast<int>(d) || d < 0 || d > maxTries(c)) {
            return fail(QStringLiteral("key \"tries.%1\": must be an integer from 0 to %2")
                            .arg(counterName(c))
                            .arg(maxTries(c)));
        }
        s[c] = static_cast<int>(d);
    }
    return s;
}

std::optional<PersonaState> PersonaState::loadOrInitial(const QString &path, const Persona &persona, QString *error)
{
    if (!QFile::exists(path)) {
        return fromPersona(persona);
    }
    return load(path, persona, error);
}

bool PersonaState::save(const QString &path, QString *error) const
{
    QJsonObject counters;
    for (const Counter c : AllCounters) {
        counters.insert(counterName(c), (*this)[c]);
    }
    QJsonObject object;
    object.insert(QStringLiteral("persona"), personaId);
    object.insert(QStringLiteral("tries"), counters);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        }
        return false;
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error) {
            *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace kakanai::virtualcard
