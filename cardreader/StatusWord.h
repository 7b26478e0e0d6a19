#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace kakanai::card {

// ISO 7816-4 status word (SW1 SW2) with the meanings the My Number card uses (JICSAP table 25 as observed).
class StatusWord
{
public:
    enum class Kind
    {
        Success,                     // 9000
        WarningEndOfFile,            // 6282: fewer bytes than Le before the end of the file
        PinTriesLeft,                // 63C1..63CF: verification failed / counter query, x tries left
        PinBlockedCounter,           // 63C0: counter exhausted
        NoRetryLimit,                // 6300: key without a retry counter
        WrongLength,                 // 6700
        LogicalChannelNotSupported,  // 6881
        SecureMessagingNotSupported, // 6882
        SecurityStatusNotSatisfied,  // 6982
        AuthMethodBlocked,           // 6983 (ISO; not seen on this card, treated as blocked)
        ReferenceDataBlocked,        // 6984: key blocked
        ConditionsNotSatisfied,      // 6985
        CommandNotAllowed,           // 6986 (no current EF)
        SecureMessagingDataMissing,  // 69FC: secure-messaging CLA refused
        IncorrectData,               // 6A80
        FunctionNotSupported,        // 6A81
        FileNotFound,                // 6A82
        RecordNotFound,              // 6A83
        IncorrectP1P2,               // 6A86
        ReferencedDataNotFound,      // 6A88
        WrongP1P2Offset,             // 6B00: offset beyond the end of the EF
        WrongLe,                     // 6Cxx: retry with Le = xx
        BytesAvailable,              // 61xx: GET RESPONSE for xx bytes
        InsNotSupported,             // 6D00
        ClaNotSupported,             // 6E00
        SelfDiagnosisFailure,        // 6F00: first command after a power cycle on some cards
        SecurityEnvironmentFaulty,   // 66F1
        Other,
    };

    constexpr StatusWord() = default;
    constexpr explicit StatusWord(std::uint16_t value)
        : m_value(value)
    {}
    constexpr StatusWord(std::uint8_t sw1, std::uint8_t sw2)
        : m_value(static_cast<std::uint16_t>((sw1 << 8) | sw2))
    {}

    constexpr std::uint16_t value() const { return m_value; }
    constexpr std::uint8_t sw1() const { return static_cast<std::uint8_t>(m_value >> 8); }
    constexpr std::uint8_t sw2() const { return static_cast<std::uint8_t>(m_value & 0xFF); }
    constexpr bool isSuccess() const { return m_value == 0x9000; }

    Kind kind() const;

    // For 63Cx: the tries left (0 for 63C0). nullopt for any other status word.
    constexpr std::optional<int> triesLeft() const
    {
        if ((m_value & 0xFFF0) == 0x63C0) {
            return m_value & 0x0F;
        }
        return std::nullopt;
    }
    // True for every answer that means the key is blocked (63C0, 6984, and defensively 6983).
    constexpr bool meansBlocked() const { return m_value == 0x63C0 || m_value == 0x6984 || m_value == 0x6983; }

    QString toString() const; // "63C2"

    friend constexpr bool operator==(StatusWord a, StatusWord b) { return a.m_value == b.m_value; }

    static constexpr std::uint16_t Ok = 0x9000;

private:
    std::uint16_t m_value = 0;
};

} // namespace kakanai::card
