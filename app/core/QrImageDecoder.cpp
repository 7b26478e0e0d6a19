#include "app/core/QrImageDecoder.h"

// zxing-cpp 1.4: with ZX_USE_UTF8, Result::text() is UTF-8 std::string (the type later versions keep).
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace kakanai::kiosk {

std::optional<QByteArray> QrImageDecoder::decode(const QImage &image)
{
    if (image.isNull()) {
        return std::nullopt;
    }
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid()) {
        return std::nullopt;
    }
    const std::string text = result.text();
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace kakanai::kiosk
