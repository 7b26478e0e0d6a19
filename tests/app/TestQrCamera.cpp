// Pre-entry codes from a camera (app/core/QrImageDecoder, CameraQrScanner) without a camera: QR symbols made by
// another encoder (libqrencode, the printer's QrCode) are drawn into images as a camera would see them (small,
// rotated, on a grey background, blurred) and decoded by zxing-cpp; video frames built from such images go
// through CameraQrScanner::processFrame with a ManualClock (one decode every DecodeEveryMs, no repeats).
#include "app/core/CameraQrScanner.h"
#include "app/core/QrImageDecoder.h"

#include "printer/QrCode.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QTransform>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

using namespace kakanai;
using namespace kakanai::kiosk;

namespace {

const QByteArray Short("KKP1AEAQ2KJZGIYDAMBQGAYTCMBRGE2DCNBVGQ3DMNZY");

QByteArray longCode()
{
    QByteArray text("KKP1");
    for (int i = 0; i < 600; ++i) {
        text.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[(i * 7) % 32]);
    }
    return text;
}

// The symbol drawn `module` pixels a module with a 4-module quiet zone, in the middle of a `canvas`-pixel grey
// picture, turned by `degrees`.
QImage picture(const QByteArray &text, int module, int canvas, double degrees = 0)
{
    const auto qr = printer::QrCode::encode(text, printer::QrCode::Ecc::M);
    if (!qr) {
        qFatal("qrencode failed");
    }
    const int side = (qr->size() + 8) * module;
    QImage symbol(side, side, QImage::Format_RGB32);
    symbol.fill(Qt::white);
    QPainter p(&symbol);
    for (int y = 0; y < qr->size(); ++y) {
        for (int x = 0; x < qr->size(); ++x) {
            if (qr->dark(x, y)) {
                p.fillRect((x + 4) * module, (y + 4) * module, module, module, Qt::black);
            }
        }
    }
    p.end();
    QImage out(canvas, canvas, QImage::Format_RGB32);
    out.fill(QColor(128, 128, 128));
    QPainter q(&out);
    q.setRenderHint(QPainter::SmoothPixmapTransform);
    q.translate(canvas / 2.0, canvas / 2.0);
    q.rotate(degrees);
    q.drawImage(QPointF(-side / 2.0, -side / 2.0), symbol);
    q.end();
    return out;
}

QVideoFrame frameOf(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(argb.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly)) {
        qFatal("cannot map a video frame");
    }
    for (int y = 0; y < argb.height(); ++y) {
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), argb.constScanLine(y),
                    size_t(argb.width()) * 4);
    }
    frame.unmap();
    return frame;
}

} // namespace

class TestQrCamera : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<QByteArray>("expected"); // empty: nothing is found
        QTest::newRow("short code, 6 px a module") << picture(Short, 6, 480) << Short;
        QTest::newRow("long code (a life event), 3 px a module") << picture(longCode(), 3, 640) << longCode();
        QTest::newRow("turned 90 degrees") << picture(Short, 5, 480, 90) << Short;
        QTest::newRow("tilted 12 degrees") << picture(Short, 6, 480, 12) << Short;
        QImage small = picture(Short, 6, 480).scaled(320, 320, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QTest::newRow("scaled down and smoothed") << small << Short;
        QImage blank(480, 480, QImage::Format_RGB32);
        blank.fill(QColor(128, 128, 128));
        QTest::newRow("no: an empty picture") << blank << QByteArray();
        QImage cut = picture(Short, 6, 480);
        QPainter p(&cut);
        p.fillRect(0, 0, 480, 240, QColor(128, 128, 128)); // the upper half is hidden (a thumb)
        p.end();
        QTest::newRow("no: half the code covered") << cut << QByteArray();
        QTest::newRow("no: a null image") << QImage() << QByteArray();
    }

    void decode()
    {
        QFETCH(QImage, image);
        QFETCH(QByteArray, expected);
        const auto text = QrImageDecoder::decode(image);
        if (expected.isEmpty()) {
            QVERIFY(!text.has_value());
        } else {
            QVERIFY(text.has_value());
            QCOMPARE(*text, expected);
        }
    }

    void framesThroughTheScanner()
    {
        ManualClock clock;
        CameraQrScanner scanner(clock);
        QSignalSpy scanned(&scanner, &CameraQrScanner::scanned);
        QVERIFY(scanned.isValid());
        const QVideoFrame frame = frameOf(picture(Short, 6, 480));
        scanner.processFrame(frame);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(scanned.first().first().toByteArray(), Short);
        // The same code still in front of the camera: not reported again, and frames in between are not decoded.
        clock.advanceMs(CameraQrScanner::DecodeEveryMs);
        scanner.processFrame(frame);
        QCOMPARE(scanned.count(), 1);
        // Another code a moment later is reported.
        clock.advanceMs(CameraQrScanner::DecodeEveryMs);
        scanner.processFrame(frameOf(picture(longCode(), 3, 640)));
        QCOMPARE(scanned.count(), 2);
        // The first code again after RepeatMs: reported (the next resident shows the same kind of code).
        clock.advanceMs(CameraQrScanner::RepeatMs);
        scanner.processFrame(frame);
        QCOMPARE(scanned.count(), 3);
        // Frames faster than DecodeEveryMs are skipped.
        clock.advanceMs(CameraQrScanner::DecodeEveryMs / 2);
        scanner.processFrame(frameOf(picture("KKP1ANOTHERCODEXYZ", 6, 480)));
        QCOMPARE(scanned.count(), 3);
    }
};

QTEST_MAIN(TestQrCamera)
#include "TestQrCamera.moc"
