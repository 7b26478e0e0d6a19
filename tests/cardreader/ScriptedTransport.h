#pragma once

#include "cardreader/ApduTransport.h"

#include <QByteArray>
#include <QList>

#include <functional>

// A card stand-in for fast unit tests of the protocol logic: answers from a script and records every command.
// The real card path (pcscd + vpcd + the virtual card) is covered by the integration tests.
class ScriptedTransport : public kakanai::card::ApduTransport
{
public:
    struct Step
    {
        QByteArray expectPrefix; // checked against the command when non-empty
        QByteArray answer;       // data + SW; ignored when error is set
        std::optional<kakanai::card::CardError> error;
    };

    void expect(const QByteArray &commandHexPrefix, const QByteArray &answerHex)
    {
        m_steps.append({QByteArray::fromHex(commandHexPrefix), QByteArray::fromHex(answerHex), std::nullopt});
    }
    void answerRaw(const QByteArray &commandHexPrefix, const QByteArray &answer)
    {
        m_steps.append({QByteArray::fromHex(commandHexPrefix), answer, std::nullopt});
    }
    void fail(const QByteArray &commandHexPrefix, kakanai::card::CardError error)
    {
        m_steps.append({QByteArray::fromHex(commandHexPrefix), {}, std::move(error)});
    }

    const QList<QByteArray> &sent() const { return m_sent; }
    int remaining() const { return static_cast<int>(m_steps.size()); }
    // Commands that did not match the script (the test fails on any).
    const QStringList &mismatches() const { return m_mismatches; }

protected:
    kakanai::card::Result<QByteArray> exchange(const QByteArray &command) override
    {
        m_sent.append(command);
        if (m_steps.isEmpty()) {
            m_mismatches.append(QStringLiteral("unexpected command %1").arg(QString::fromLatin1(command.toHex())));
            return QByteArray::fromHex("6F00");
        }
        const Step step = m_steps.takeFirst();
        if (!step.expectPrefix.isEmpty() && !command.startsWith(step.expectPrefix)) {
            m_mismatches.append(
                QStringLiteral("expected %1, got %2")
                    .arg(QString::fromLatin1(step.expectPrefix.toHex()), QString::fromLatin1(command.toHex())));
        }
        if (step.error) {
            return *step.error;
        }
        return step.answer;
    }

private:
    QList<Step> m_steps;
    QList<QByteArray> m_sent;
    QStringList m_mismatches;
};
