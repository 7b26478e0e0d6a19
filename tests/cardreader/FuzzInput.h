#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the card fuzz harnesses: their input is a sequence of blocks, each a 2-byte big-endian length and that
// many bytes (cut short at the end of the input), and the test keys they need are in tests/fuzz/keys/.
namespace kakanai::fuzzing {

class Blocks
{
public:
    Blocks(const std::uint8_t *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}

    // Whether another block header follows.
    bool atEnd() const { return m_pos + 2 > m_size; }

    // The next block; empty at the end.
    QByteArray next()
    {
        if (atEnd()) {
            m_pos = m_size;
            return {};
        }
        const std::size_t n = (std::size_t(m_data[m_pos]) << 8) | m_data[m_pos + 1];
        m_pos += 2;
        const std::size_t take = std::min(n, m_size - m_pos);
        QByteArray block(reinterpret_cast<const char *>(m_data + m_pos), static_cast<qsizetype>(take));
        m_pos += take;
        return block;
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

// A file of tests/fuzz/keys/; aborts when it is missing, since the harness would test nothing without it.
inline QByteArray readTestKeyFile(const char *name)
{
    QFile file(QStringLiteral(KAKANAI_SOURCE_DIR "/tests/fuzz/keys/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fuzz harness: cannot read tests/fuzz/keys/%s\n", name);
        std::abort();
    }
    return file.readAll();
}

} // namespace kakanai::fuzzing
