#pragma once

#include "common/Clock.h"

#include <QByteArray>
#include <QObject>

#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

namespace kakanai::kiosk {

// A camera that reads QR codes: Qt Multimedia frames handed to QrImageDecoder (zxing-cpp), at most one frame every
// DecodeEveryMs of the Clock's time, so that decoding never takes the GUI thread's time from the screens. Frames
// live only in memory while one is decoded; nothing is stored or shown. On only while enabled (KioskApp enables
// it on the idle and procedure screens when [kiosk] qr_camera is true); the same text is not reported twice within
// RepeatMs (a code held in front of the camera).
class CameraQrScanner : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DecodeEveryMs = 250;
    static constexpr qint64 RepeatMs = 5000;

    explicit CameraQrScanner(const Clock &clock, QObject *parent = nullptr);
    ~CameraQrScanner() override;

    // True when the system has a camera (the default video input).
    static bool cameraAvailable();
    void setEnabled(bool enabled);

    // One frame, as the video sink delivers it (public for tests that feed frames without a camera).
    void processFrame(const QVideoFrame &frame);

Q_SIGNALS:
    void scanned(const QByteArray &text);

private:
    const Clock &m_clock;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QMediaCaptureSession> m_capture;
    std::unique_ptr<QVideoSink> m_sink;
    qint64 m_lastDecodeMs = -DecodeEveryMs;
    QByteArray m_lastText;
    qint64 m_lastTextMs = 0;
};

} // namespace kakanai::kiosk
