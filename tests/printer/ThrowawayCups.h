#pragma once

// A throw-away CUPS scheduler for the printing tests: cupsd (Debian package cups-daemon) in a temporary folder,
// listening only on a socket there, with test queues whose states are set in printers.conf and a backend that writes
// each job's document into the folder. Needs root (cupsd drops to the lp user for its children and refuses a
// configuration it cannot own); the tests skip the real-CUPS cases otherwise. Stopped (by its own pid) and deleted
// when the object goes.
#include "printer/CupsClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <cups/cups.h>
#include <unistd.h>

namespace kakanai::printer::testing {

class ThrowawayCups
{
public:
    static constexpr const char *Cupsd = "/usr/sbin/cupsd";

    // Queues: kakanai-a4 (works), kakanai-nopaper (stopped, media-empty-error), kakanai-paused (stopped by staff),
    // kakanai-rejecting (not accepting jobs), kakanai-offline (offline-report), kakanai-banner (works, with a
    // banner page before and after every job by default: JobSheets standard standard).
    bool start(QString *why)
    {
        if (geteuid() != 0) {
            *why = QStringLiteral("the throw-away cupsd needs root (scripts/test runs as root)");
            return false;
        }
        if (!QFile::exists(QLatin1String(Cupsd))) {
            *why = QStringLiteral("cupsd is not installed (Debian package cups-daemon)");
            return false;
        }
        if (!m_dir.isValid()) {
            *why = QStringLiteral("no temporary folder");
            return false;
        }
        if (!m_configured && !configure(why)) {
            return false;
        }
        // A copy of the binary: Debian enforces an AppArmor profile on /usr/sbin/cupsd that confines it to the
        // system's own folders, so the real path could not read a configuration in a temporary folder.
        m_cupsd.setProgram(path(QStringLiteral("sbin/cupsd")));
        m_cupsd.setArguments({QStringLiteral("-f"), QStringLiteral("-c"), path(QStringLiteral("cupsd.conf")),
                              QStringLiteral("-s"), path(QStringLiteral("cups-files.conf"))});
        m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
        m_cupsd.start();
        if (!m_cupsd.waitForStarted(10000)) {
            *why = QStringLiteral("cupsd did not start");
            return false;
        }
        // Ready when its socket accepts connections (it creates the socket before loading the queues).
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            if (m_cupsd.state() != QProcess::Running) {
                *why = QStringLiteral("cupsd exited: ") + QString::fromLocal8Bit(m_cupsd.readAll()) + errorLog();
                return false;
            }
            if (QFile::exists(socket()) && ready()) {
                return true;
            }
            QThread::msleep(50);
        }
        *why = QStringLiteral("cupsd did not answer within 15 s: ") + errorLog();
        stop();
        return false;
    }

    void stop()
    {
        if (m_cupsd.state() != QProcess::NotRunning) {
            m_cupsd.terminate(); // SIGTERM to our own cupsd only
            if (!m_cupsd.waitForFinished(10000)) {
                m_cupsd.kill();
                m_cupsd.waitForFinished(5000);
            }
        }
        QFile::remove(socket());
    }

    ~ThrowawayCups() { stop(); }

    QString socket() const { return path(QStringLiteral("run/cups.sock")); }

    // A job submitted as any CUPS client would, with the queue's defaults (no options): the control for what
    // CupsClient asks for. Returns the job id, 0 on failure.
    int submitWithQueueDefaults(const QString &queue, const QByteArray &document) const
    {
        http_t *http = httpConnect2(socket().toUtf8().constData(), 0, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED,
                                    1, 10000, nullptr);
        if (!http) {
            return 0;
        }
        const QByteArray name = queue.toUtf8();
        const int job = cupsCreateJob(http, name.constData(), "control", 0, nullptr);
        bool ok =
            job > 0 &&
            cupsStartDocument(http, name.constData(), job, "control.pdf", CUPS_FORMAT_PDF, 1) == HTTP_STATUS_CONTINUE &&
            cupsWriteRequestData(http, document.constData(), size_t(document.size())) == HTTP_STATUS_CONTINUE;
        ok = cupsFinishDocument(http, name.constData()) <= IPP_STATUS_OK_EVENTS_COMPLETE && ok;
        httpClose(http);
        return ok ? job : 0;
    }
    QString outputDir() const { return path(QStringLiteral("out")); }
    QString errorLog() const
    {
        QFile f(path(QStringLiteral("log/error_log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll().right(2000)) : QString();
    }

private:
    QString path(const QString &relative) const { return QDir(m_dir.path()).filePath(relative); }

    bool write(const QString &relative, const QByteArray &text, QFile::Permissions permissions = {})
    {
        QFile f(path(relative));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
            return false;
        }
        f.close();
        return permissions == QFile::Permissions() || f.setPermissions(permissions);
    }

    bool ready() const { return bool(CupsClient(socket(), 2000).printers()); }

    bool configure(QString *why)
    {
        const QString root = m_dir.path();
        // cupsd runs its children as lp: the folders must be traversable.
        QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        for (const char *d :
             {"spool", "cache", "state", "log", "run", "out", "bin/backend", "ppd", "sbin", "share/banners"}) {
            QDir().mkpath(path(QLatin1String(d)));
        }
        if (!QFile::copy(QLatin1String(Cupsd), path(QStringLiteral("sbin/cupsd")))) {
            *why = QStringLiteral("cannot copy cupsd");
            return false;
        }
        QFile::setPermissions(path(QStringLiteral("out")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        for (const char *d : {"daemon", "filter", "notifier", "cgi-bin", "monitor", "driver"}) {
            QFile::link(QStringLiteral("/usr/lib/cups/") + QLatin1String(d),
                        path(QStringLiteral("bin/") + QLatin1String(d)));
        }
        // DataDir: the system's, plus a banner page "standard" (Debian installs none without cups-filters), so that
        // a queue's default banner is real and the tests can prove our jobs ask for none.
        for (const QString &entry :
             QDir(QStringLiteral("/usr/share/cups")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
            QFile::link(QStringLiteral("/usr/share/cups/") + entry, path(QStringLiteral("share/") + entry));
        }
        const QByteArray r = root.toUtf8();
        const bool ok =
            write(QStringLiteral("cupsd.conf"),
                  "Listen " + r +
                      "/run/cups.sock\nLogLevel info\nWebInterface No\n"
                      "Browsing No\nDefaultAuthType None\nMaxJobs 100\nPreserveJobHistory Yes\n"
                      "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                      "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n"
                      "</Policy>\n") &&
            write(QStringLiteral("cups-files.conf"), "ServerRoot " + r + "\nRequestRoot " + r + "/spool\nCacheDir " +
                                                         r + "/cache\nStateDir " + r + "/state\nTempDir " + r +
                                                         "/spool\nErrorLog " + r + "/log/error_log\nAccessLog " + r +
                                                         "/log/access_log\nPageLog " + r + "/log/page_log\nServerBin " +
                                                         r + "/bin\nDataDir " + r + "/share\n") &&
            write(QStringLiteral("share/banners/standard"), "KAKANAI TEST BANNER\n") &&
            // The backend runs as root (mode 0700) and copies each job's document into out/.
            write(
                QStringLiteral("bin/backend/kakanaitest"),
                "#!/bin/sh\nif [ $# -eq 0 ]; then echo 'direct kakanaitest \"Unknown\" \"Kakanai test\"'; exit 0; fi\n"
                "out=\"${DEVICE_URI#kakanaitest:}\"\n"
                "if [ -n \"$6\" ]; then cat \"$6\" > \"$out/job-$1.pdf\"; else cat > \"$out/job-$1.pdf\"; fi\n"
                "exit 0\n",
                QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) &&
            write(QStringLiteral("printers.conf"),
                  queue("kakanai-a4", "State Idle\nAccepting Yes\n") +
                      queue("kakanai-nopaper", "State Stopped\nStateMessage Media empty\nReason media-empty-error\n"
                                               "Accepting Yes\n") +
                      queue("kakanai-paused", "State Stopped\nStateMessage Paused by staff\nAccepting Yes\n") +
                      queue("kakanai-rejecting", "State Idle\nAccepting No\n") +
                      queue("kakanai-offline", "State Idle\nReason offline-report\nAccepting Yes\n") +
                      queue("kakanai-banner", "State Idle\nAccepting Yes\nJobSheets standard standard\n"));
        if (!ok) {
            *why = QStringLiteral("cannot write the cupsd configuration");
            return false;
        }
        m_configured = true;
        return true;
    }

    QByteArray queue(const char *name, const QByteArray &state) const
    {
        return QByteArray("<Printer ") + name +
               ">\nInfo Kakanai test queue\nDeviceURI kakanaitest:" + outputDir().toUtf8() + "\n" + state +
               "Shared No\n</Printer>\n";
    }

    QTemporaryDir m_dir;
    QProcess m_cupsd;
    bool m_configured = false;
};

} // namespace kakanai::printer::testing
