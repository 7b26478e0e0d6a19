#pragma once

#include "printer/PrinterError.h"

#include <QByteArray>

namespace kakanai::printer {

// A QR code symbol from libqrencode: the module matrix only; Canvas::qr draws it as vector rectangles.
class QrCode
{
public:
    enum class Ecc
    {
        L,
        M,
        Q,
        H,
    };

    // Encodes ASCII text (libqrencode picks numeric, alphanumeric and 8-bit segments). Errors: RenderFailed when
    // the text does not fit a QR symbol or contains a NUL byte.
    static Result<QrCode> encode(const QByteArray &text, Ecc ecc = Ecc::M);

    int size() const { return m_size; }       // modules per side, without the quiet zone
    int version() const { return m_version; } // 1–40
    bool dark(int x, int y) const { return m_modules.at(qsizetype(y) * m_size + x) != 0; }

private:
    int m_size = 0;
    int m_version = 0;
    QByteArray m_modules;
};

} // namespace kakanai::printer
