#pragma once

#include "app/core/KioskSession.h"
#include "app/ui/KioskApp.h"

#include "common/Wipe.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace kakanai::kiosk {

// The scripted walk of scripts/demo when no display is available: a 住民票 request from idle to done with the real
// card through pcscd, tapping the screens as a resident and a staff member would, and writing a screenshot of every
// screen to a folder. It tells the script on standard output when the card should be placed or taken away
// ("walk: place-card", "walk: remove-card") and when it is over ("walk: done"). The PINs come from the caller
// (standard input in main), never from the command line.
class DemoWalk : public QObject
{
    Q_OBJECT
public:
    DemoWalk(KioskApp &app, QString outputDir, std::shared_ptr<SecretBytes> cardPin, QString staffId,
             std::shared_ptr<SecretBytes> staffPin, QObject *parent = nullptr);
    void start();
    // A pre-entry QR text (made by the pre-entry page) to scan on the idle screen before the card is placed: the
    // walk then shows the pre-filled review instead of choosing the procedure by taps.
    void setPreEntryCode(const QByteArray &text) { m_preEntryCode = text; }
    int screenshots() const { return m_count; }

    // Why the walk must not run with this configuration (nullopt: it may). The walk screenshots a resident's data
    // and commits a request, so it refuses a production configuration: kiosk/environment must be demo, and with
    // the outbox sink the intake must be local (localhost, 127.0.0.0/8, ::1 or a socket folder), the throw-away
    // database of scripts/demo, never a city's.
    static std::optional<QString> refusal(const KioskApp::Configuration &configuration);

Q_SIGNALS:
    void finished(bool ok);

private:
    void onScreen(SessionState state);
    void act(SessionState state);
    QString save(const QString &name);
    bool click(const QString &objectName, const QString &within = {});
    void fail(const QString &why);
    void say(const char *line);

    KioskApp &m_app;
    QString m_dir;
    std::shared_ptr<SecretBytes> m_cardPin;
    QString m_staffId;
    std::shared_ptr<SecretBytes> m_staffPin;
    int m_count = 0;
    bool m_done = false;
    bool m_reviewFilled = false;
    QByteArray m_preEntryCode;
};

} // namespace kakanai::kiosk
