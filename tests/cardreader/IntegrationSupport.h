#pragma once

#include "cardreader/Readers.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QThread>

#include <algorithm>

// Shared by the integration tests that go through pcscd + vpcd + kakanai-virtual-card.
namespace integration {

// The vpcd slot the emulator connects to by default (port 35963).
inline QString readerName()
{
    return QStringLiteral("Virtual PCD 00 00");
}

// Empty when pcscd answers; otherwise what to do about it.
inline QString pcscdProblem()
{
    auto readers = kakanai::card::currentReaders();
    if (!readers) {
        return QStringLiteral("pcscd is not running (scripts/test starts it): ") + readers.error().toLogString();
    }
    if (std::none_of(readers->begin(), readers->end(),
                     [](const kakanai::card::ReaderInfo &r) { return r.name == readerName(); })) {
        return QStringLiteral("pcscd has no '%1' reader: is vsmartcard-vpcd installed?").arg(readerName());
    }
    return {};
}

// Waits until pcscd itself reports the card in (or out of) the virtual reader. The emulator says "inserted" when
// vpcd first asks for the ATR; pcscd's own reader state follows a moment later, on its polling thread.
inline bool waitForCard(bool present, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (auto states = kakanai::card::currentReaders()) {
            for (const auto &r : *states) {
                if (r.name == readerName() && r.cardPresent == present && !r.mute) {
                    return true;
                }
            }
        }
        QThread::msleep(50);
    }
    if (auto states = kakanai::card::currentReaders()) {
        for (const auto &r : *states) {
            qWarning("waitForCard(%d) timed out: %s present=%d mute=%d exclusive=%d", present, qPrintable(r.name),
                     r.cardPresent, r.mute, r.exclusive);
        }
    }
    return false;
}

// A card pulled in the middle of a transmit must stay out until pcscd's event handler has polled the reader
// (every 400 ms). pcsc-lite 1.9.9 marks the reader empty itself when the power-down of SCardDisconnect fails, but
// its event handler keeps believing the card is in; a card back before its next poll is then never reported
// present again. A person does not re-insert a card within 400 ms; a test script does, so it waits.
inline void letPcscdSeeTheCardOut()
{
    QThread::msleep(1200);
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QJsonObject personaJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

// 照合番号B as the card face gives it: birth date in 和暦 YYMMDD, expiry year YYYY, security code (ref §4.6).
// Only the eras a living resident can have been born in.
inline QByteArray codeB(const QJsonObject &persona)
{
    const QDate birth = QDate::fromString(persona.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    const QDate expiry = QDate::fromString(persona.value(QStringLiteral("expiry_date")).toString(), Qt::ISODate);
    int eraYear = 0;
    if (birth >= QDate(2019, 5, 1)) {
        eraYear = birth.year() - 2018;
    } else if (birth >= QDate(1989, 1, 8)) {
        eraYear = birth.year() - 1988;
    } else if (birth >= QDate(1926, 12, 25)) {
        eraYear = birth.year() - 1925;
    } else {
        eraYear = birth.year() - 1911;
    }
    return QStringLiteral("%1%2%3%4%5")
        .arg(eraYear, 2, 10, QLatin1Char('0'))
        .arg(birth.month(), 2, 10, QLatin1Char('0'))
        .arg(birth.day(), 2, 10, QLatin1Char('0'))
        .arg(expiry.year())
        .arg(persona.value(QStringLiteral("security_code")).toString())
        .toLatin1();
}

} // namespace integration
