#include "printer/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace kakanai::printer {

namespace {

struct QrFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

QRecLevel level(QrCode::Ecc ecc)
{
    switch (ecc) {
    case QrCode::Ecc::L:
        return QR_ECLEVEL_L;
    case QrCode::Ecc::M:
        return QR_ECLEVEL_M;
    case QrCode::Ecc::Q:
        return QR_ECLEVEL_Q;
    case QrCode::Ecc::H:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

} // namespace

Result<QrCode> QrCode::encode(const QByteArray &text, Ecc ecc)
{
    if (text.isEmpty() || text.contains('\0')) {
        return PrintError::make(PrintErrorCode::RenderFailed, QStringLiteral("QR payload is empty or holds NUL"));
    }
    // casesensitive=1: lowercase stays 8-bit; digits and upper-case runs get the denser modes.
    std::unique_ptr<QRcode, QrFree> code(QRcode_encodeString(text.constData(), 0, level(ecc), QR_MODE_8, 1));
    if (!code) {
        return PrintError::make(PrintErrorCode::RenderFailed,
                                QStringLiteral("libqrencode refused a payload of %1 bytes").arg(text.size()));
    }
    QrCode out;
    out.m_size = code->width;
    out.m_version = code->version;
    out.m_modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < out.m_modules.size(); ++i) {
        out.m_modules[i] = char(code->data[i] & 1);
    }
    return out;
}

} // namespace kakanai::printer
