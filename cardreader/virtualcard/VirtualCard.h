#pragma once

#include "cardreader/virtualcard/CardFiles.h"
#include "cardreader/virtualcard/PersonaState.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <utility>
#include <vector>

typedef struct evp_pkey_st EVP_PKEY;

namespace kakanai::card {
struct CommandApdu;
}

namespace kakanai::virtualcard {

class CardKeys;
struct Persona;

// The card model of the emulator: a My Number card as ref/mynumbercard.md describes it, with no I/O. It answers
// command APDUs with the bytes and status words the real card gives, keeps the security state of the current
// power session and the retry counters, and never crashes or asserts, whatever it is sent.
//
// Where the reference leaves the card's behaviour open, the choice made is named in a comment at the place it is
// made (ISO 7816-4 / JICSAP behaviour unless noted).
class VirtualCard
{
public:
    struct Options
    {
        // One measured card answered 6F00 to the first command after every power-on (ref §2.3, MC
        // transport/pcsc.rs); readers must resend once.
        bool quirk6f00 = false;
    };

    // Called after every change of a retry counter, so the caller can persist it before the answer leaves.
    using StateListener = std::function<void(const PersonaState &)>;
    // Called for the commands a test counts, with a line that names no data: "verify 0011 9000" (a VERIFY that
    // carried reference data: the key's FID and the answer; counter queries are not reported) and "read 0001" (a
    // READ BINARY of a file from its start that returned data). So a test proves how often a PIN was sent and
    // whether the individual number (EF 0001) was read, without anything personal leaving the emulator.
    using EventListener = std::function<void(const QByteArray &event)>;

    VirtualCard(const Persona &persona, std::shared_ptr<const CardKeys> keys, PersonaState state, Options options);
    VirtualCard(const Persona &persona, std::shared_ptr<const CardKeys> keys, PersonaState state);

    // The contact ATR: 3B E0 00 FF 81 31 FE 45 14 (T=1, no historical bytes).
    QByteArray atr() const;

    // Cold start: security state cleared, nothing selected (the MF is current).
    void powerOn();
    // Contacts unpowered: the security state is lost.
    void powerOff();
    // Warm reset: back to the MF, but verified keys stay verified. The real card keeps its security state across
    // a warm reset and an SCardReconnect without power-down (ref §2.3, MC transport/pcsc.rs): only a power-down
    // clears it. Readers must therefore end sessions with SCARD_UNPOWER_CARD, and the emulator lets a test prove
    // they do.
    void reset();
    bool isPowered() const { return m_powered; }

    // Answers one command APDU (R-APDU: data + SW1 SW2). An unpowered card cannot answer; the emulator says 6F00.
    QByteArray process(const QByteArray &commandApdu);

    const PersonaState &state() const { return m_state; }
    void setStateListener(StateListener listener) { m_listener = std::move(listener); }
    void setEventListener(EventListener listener) { m_eventListener = std::move(listener); }
    const CardFiles &files() const { return m_files; }

private:
    enum class FileKind
    {
        Binary,
        Key,
        PrivateKey
    };

    struct File
    {
        FileKind kind = FileKind::Binary;
        // Binary EF
        QByteArray content;
        QList<std::uint16_t> readKeys; // any one verified key opens it; empty = free
        // Key EF (PIN, password, 照合番号)
        PersonaState::Counter counter = PersonaState::Counter::Pin;
        QByteArray referenceData;
        int minLength = 0;
        int maxLength = 0;
        // Private key EF
        EVP_PKEY *privateKey = nullptr;
        std::uint16_t pinKey = 0;
    };

    struct Application
    {
        QByteArray aid;
        std::map<std::uint16_t, File> files;
    };

    void clearSelection();
    File *findFile(std::uint16_t fid);
    bool isVerified(std::uint16_t keyFid) const;
    bool canRead(const File &file) const;
    void changeTries(PersonaState::Counter counter, int value);
    void event(const char *what, std::uint16_t fid, std::optional<std::uint16_t> status = std::nullopt);

    QByteArray dispatch(const card::CommandApdu &c);
    QByteArray select(const card::CommandApdu &c);
    QByteArray readBinary(const card::CommandApdu &c);
    QByteArray verify(const card::CommandApdu &c);
    QByteArray getChallenge(const card::CommandApdu &c);
    QByteArray getData(const card::CommandApdu &c);
    QByteArray computeSignature(const card::CommandApdu &c);

    std::shared_ptr<const CardKeys> m_keys;
    CardFiles m_files;
    PersonaState m_state;
    Options m_options;
    StateListener m_listener;
    EventListener m_eventListener;
    std::vector<Application> m_apps;

    bool m_powered = false;
    bool m_quirkPending = false;
    int m_currentApp = -1; // index into m_apps; -1 = MF
    std::optional<std::uint16_t> m_currentFile;
    std::set<std::pair<int, std::uint16_t>> m_verified; // (application, key FID)
};

} // namespace kakanai::virtualcard
