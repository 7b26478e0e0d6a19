#pragma once

#include <QString>

#include <array>
#include <optional>

namespace kakanai::virtualcard {

struct Persona;

// The retry counters of one virtual card, the part of the card that changes. Persisted in a small JSON file after
// every change so that tries survive a restart of the emulator, as they survive on a real card:
//   {"persona": "demo", "tries": {"pin": 3, "code_a": 10, "code_b": 10, "auth_pin": 3, "sign_password": 5}}
struct PersonaState
{
    enum class Counter
    {
        Pin,          // 券面事項入力補助AP key 0011
        CodeA,        // 券面事項入力補助AP key 0014 (照合番号A)
        CodeB,        // 券面事項入力補助AP key 0015 (照合番号B)
        AuthPin,      // 公的個人認証AP key 0018
        SignPassword, // 公的個人認証AP key 001B
    };
    static constexpr int CounterCount = 5;

    QString personaId;
    std::array<int, CounterCount> tries{};

    int &operator[](Counter c) { return tries[static_cast<size_t>(c)]; }
    int operator[](Counter c) const { return tries[static_cast<size_t>(c)]; }

    static int maxTries(Counter c);
    static QString counterName(Counter c); // the JSON key

    // The counters as the persona file sets them.
    static PersonaState fromPersona(const Persona &persona);

    // Reads a state file written for this persona. nullopt with *error for a file that cannot be read, is not a
    // state file, holds out-of-range counters or belongs to another persona. A missing file is an error too: the
    // caller decides whether to start from the persona instead (see loadOrInitial).
    static std::optional<PersonaState> load(const QString &path, const Persona &persona, QString *error);
    // The state in path if it exists, otherwise the persona's values.
    static std::optional<PersonaState> loadOrInitial(const QString &path, const Persona &persona, QString *error);

    // Writes atomically (temporary file + rename), so a crash never leaves half a file.
    bool save(const QString &path, QString *error) const;

    friend bool operator==(const PersonaState &, const PersonaState &) = default;
};

} // namespace kakanai::virtualcard
