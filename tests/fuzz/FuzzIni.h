#pragma once

#include <QSettings>
#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>
#include <memory>

// Shared by the configuration fuzz harnesses: the input as an INI file on disk (QSettings reads files only), and
// the settings over it. Null when no temporary file could be made (the harness then tests nothing this round).
namespace kakanai::fuzzing {

struct IniInput
{
    QTemporaryFile file;
    std::unique_ptr<QSettings> settings;
};

inline std::unique_ptr<IniInput> iniInput(const std::uint8_t *data, std::size_t size)
{
    auto in = std::make_unique<IniInput>();
    if (!in->file.open()) {
        return nullptr;
    }
    in->file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    in->file.close();
    in->settings = std::make_unique<QSettings>(in->file.fileName(), QSettings::IniFormat);
    return in;
}

} // namespace kakanai::fuzzing
