#pragma once

#include "cardreader/Result.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// The readers as the rest of the program sees them: plain values, no PC/SC types. The PC/SC wrappers themselves
// (pcsc/Pcsc.h, pcsc/ReaderMonitor.h) are private to the card library, which links libpcsclite PRIVATE.
namespace kakanai::card {

// What a reader looked like at one moment. A value: handed across threads as a snapshot.
struct ReaderInfo
{
    QString name;
    bool cardPresent = false;
    bool mute = false;      // a card is in but does not answer (unreadable, upside down, not a smart card)
    bool exclusive = false; // another process holds it exclusively
    QByteArray atr;
    int eventCount = 0; // pcsc-lite's per-reader insert/remove counter (upper 16 bits of the event state)

    friend bool operator==(const ReaderInfo &, const ReaderInfo &) = default;
};

// What the reader monitor saw: whether pcscd answers, and every reader with its card state.
struct ReaderSnapshot
{
    bool serviceAvailable = false;
    QList<ReaderInfo> readers;

    friend bool operator==(const ReaderSnapshot &, const ReaderSnapshot &) = default;
};

// Presence and ATR of each reader known to pcscd now, without waiting (a context of its own, released at once).
// An empty list (not an error) when none is attached.
Result<QList<ReaderInfo>> currentReaders();

} // namespace kakanai::card

Q_DECLARE_METATYPE(kakanai::card::ReaderInfo)
