#include "app/core/CameraQrScanner.h"

#include "app/core/KioskLogging.h"
#include "app/core/QrImageDecoder.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>

namespace kakanai::kiosk {

CameraQrScanner::CameraQrScanner(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

CameraQrScanner::~CameraQrScanner()
{
    if (m_camera) {
        m_camera->stop();
    }
}

bool CameraQrScanner::cameraAvailable()
{
    return !QMediaDevices::defaultVideoInput().isNull();
}

void CameraQrScanner::setEnabled(bool enabled)
{
    if (!enabled) {
        if (m_camera) {
            m_camera->stop();
        }
        return;
    }
    if (!m_camera) {
        if (!cameraAvailable()) {
            qCWarning(lcKiosk) << "qr_camera is on but the system has no camera";
            return;
        }
        m_camera = std::make_unique<QCamera>(QMediaDevices::defaultVideoInput());
        m_capture = std::make_unique<QMediaCaptureSession>();
        m_sink = std::make_unique<QVideoSink>();
        m_capture->setCamera(m_camera.get());
        m_capture->setVideoSink(m_sink.get());
        connect(m_sink.get(), &QVideoSink::videoFrameChanged, this, &CameraQrScanner::processFrame);
    }
    m_camera->start();
}

void CameraQrScanner::processFrame(const QVideoFrame &frame)
{
    const qint64 now = m_clock.monotonicMs();
    if (now - m_lastDecodeMs < DecodeEveryMs || !frame.isValid()) {
        return;
    }
    m_lastDecodeMs = now;
    const auto text = QrImageDecoder::decode(frame.toImage());
    if (!text) {
        return;
    }
    if (*text == m_lastText && now - m_lastTextMs < RepeatMs) {
        return;
    }
    m_lastText = *text;
    m_lastTextMs = now;
    Q_EMIT scanned(*text);
}

} // namespace kakanai::kiosk
