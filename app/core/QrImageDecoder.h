#pragma once

#include <QByteArray>
#include <QImage>

#include <optional>

namespace kakanai::kiosk {

// Finds and decodes a QR code in a picture (a camera frame) with zxing-cpp (Debian's libzxing), the QR library
// the kiosk reads pre-entry codes from a camera with. Screen-independent and free of Qt Multimedia, so that tests
// decode generated images without a camera.
class QrImageDecoder
{
public:
    // The text of the first QR code found in the image, or nullopt. Any image format (converted to 8-bit grey).
    static std::optional<QByteArray> decode(const QImage &image);
};

} // namespace kakanai::kiosk
