// The back-office window against the real intake, offscreen: the live list fills and grows on NOTIFY, search,
// open a request with its provenance, accept / return with a reason / register, reprint through its hook.
// KAKANAI_SCREENSHOT_DIR=folder writes the window's PNGs there (they show the fictional personas: never kept by
// default, so no test output holds a name).
#include "common/Clock.h"
#include "inbox/InboxClient.h"
#include "inbox/InboxWindow.h"
#include "inbox/IntakeAudit.h"
#include "inbox/ReprintHook.h"
#include "inbox/RequestListModel.h"
#include "inbox/RequestView.h"
#include "outbox/Outbox.h"
#include "outbox/Pg.h"
#include "outbox/SyncEngine.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace kakanai::backoffice;
using kakanai::ManualClock;

namespace {

// Runs on the window's reprint thread: records what it was asked to print, or fails while `broken`.
class RecordingReprint final : public ReprintHook
{
public:
    RecordingReprint(QMutex *mutex, QStringList *printed, const std::atomic_bool *broken)
        : m_mutex(mutex)
        , m_printed(printed)
        , m_broken(broken)
    {}
    Result<QString> reprint(const RequestDetail &request) override
    {
        if (*m_broken) {
            return BackofficeError::make(BackofficeErrorCode::Io, QStringLiteral("test printer off"));
        }
        QMutexLocker lock(m_mutex);
        m_printed->append(request.summary.requestId);
        return QStringLiteral("test printer");
    }

private:
    QMutex *m_mutex;
    QStringList *m_printed;
    const std::atomic_bool *m_broken;
};

} // namespace

class TestInboxWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_kiosk;
    std::shared_ptr<const DataKey> m_key = fixtures::randomKey();

    QStringList deliver(const QList<QJsonObject> &requests)
    {
        QStringList ids;
        auto outbox = Outbox::open(m_dir.filePath(QStringLiteral("outbox.sqlite")), m_key);
        if (!outbox) {
            return ids;
        }
        for (const QJsonObject &r : requests) {
            ids.append((*outbox)->enqueue(r)->requestId);
        }
        SyncEngine engine(**outbox, fixtures::pgSettings(QStringLiteral("kiosk")), 100);
        return engine.deliverBatch() ? ids : QStringList();
    }

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KAKANAI_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(w->grab().save(QDir(dir).filePath(name)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        QVERIFY(m_dir.isValid());
        m_kiosk = fixtures::uniqueKioskId("window");
    }

    void workTheQueue()
    {
        QList<fixtures::Persona> people = fixtures::personas();
        QList<QJsonObject> requests = fixtures::kioskRequests(m_kiosk, people.mid(0, 2));
        // Keep it small: a notification with the number, a certificate request without.
        QList<QJsonObject> chosen;
        for (const QJsonObject &r : requests) {
            const QString form = r.value(QLatin1String("procedure")).toObject().value(QLatin1String("id")).toString();
            if ((form == QLatin1String("tenkyo") || form == QLatin1String("juminhyo")) && chosen.size() < 3) {
                chosen.append(r);
            }
        }
        QVERIFY(chosen.size() >= 2);
        const QStringList ids = deliver(chosen);
        QCOMPARE(ids.size(), chosen.size());

        const QString workstation = m_kiosk + QStringLiteral("-ws");
        InboxClientThread db(fixtures::pgSettings(QStringLiteral("staff"), QStringLiteral("inbox")),
                             std::make_shared<ManualClock>(), workstation);
        QMutex printMutex;
        QStringList printed;
        std::atomic_bool printerBroken = false;
        QStringList asked;
        InboxWindow::Hooks hooks;
        hooks.labels = FormLabels::embedded();
        hooks.zone = QTimeZone("Asia/Tokyo");
        hooks.makeReprint = [&printMutex, &printed, &printerBroken] {
            return std::make_unique<RecordingReprint>(&printMutex, &printed, &printerBroken);
        };
        hooks.askReturnReason = [&asked](QWidget *) -> std::optional<QString> {
            asked.append(QStringLiteral("asked"));
            return QStringLiteral("本籍の記載が必要です");
        };
        InboxWindow window(db.client(), hooks);
        window.resize(1400, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        auto *list = window.findChild<QTableView *>(QStringLiteral("requestList"));
        auto *accept = window.findChild<QPushButton *>(QStringLiteral("accept"));
        auto *registered = window.findChild<QPushButton *>(QStringLiteral("registered"));
        auto *giveBack = window.findChild<QPushButton *>(QStringLiteral("return"));
        auto *reprint = window.findChild<QPushButton *>(QStringLiteral("reprint"));
        auto *message = window.findChild<QLabel *>(QStringLiteral("message"));
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connection"));
        QVERIFY(search && list && accept && registered && giveBack && reprint && message && connection);

        QTRY_VERIFY(window.isOnline());
        QVERIFY(connection->text().contains(QStringLiteral("接続中")));
        QTest::keyClicks(search, m_kiosk);
        QTRY_COMPARE(window.model()->rowCount(), int(chosen.size()));
        QVERIFY(!accept->isEnabled());

        // Open the newest; its values and their sources show, the number masked.
        list->selectRow(0);
        QTRY_VERIFY(window.requestView()->hasRequest());
        QTRY_VERIFY(accept->isEnabled());
        QVERIFY(!registered->isEnabled()); // not before it is accepted
        screenshot(&window, QStringLiteral("inbox-opened.png"));

        const QString opened = window.requestView()->current().summary.requestId;
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_COMPARE(window.requestView()->current().summary.status, RequestStatus::Accepted);
        QTRY_VERIFY(registered->isEnabled());
        QCOMPARE(window.model()->summary(window.model()->rowOf(opened)).status, RequestStatus::Accepted);

        QTest::mouseClick(giveBack, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QTRY_COMPARE(window.requestView()->current().summary.status, RequestStatus::Returned);
        QCOMPARE(window.requestView()->current().summary.statusReason, QStringLiteral("本籍の記載が必要です"));
        QTRY_VERIFY(!registered->isEnabled());
        QVERIFY(accept->isEnabled()); // a returned request may be accepted again
        screenshot(&window, QStringLiteral("inbox-returned.png"));

        QTest::mouseClick(reprint, Qt::LeftButton);
        QTRY_VERIFY(message->text().contains(QStringLiteral("test printer")));
        {
            QMutexLocker lock(&printMutex);
            QCOMPARE(printed, QStringList{opened});
        }
        QVERIFY(reprint->isEnabled());
        // A reprint is audited as this workstation's entry for the request, and so is one that failed.
        printerBroken = true;
        QTest::mouseClick(reprint, Qt::LeftButton);
        QTRY_VERIFY(message->text().contains(QStringLiteral("再印刷できません")));
        auto staff = PgConnection::connect(fixtures::pgSettings(QStringLiteral("staff")));
        QVERIFY(staff.ok());
        const auto reprints = [&] {
            QStringList out;
            if (auto rows = IntakeAudit::forRequest(**staff, opened)) {
                for (const IntakeAudit::Row &row : std::as_const(*rows)) {
                    if (row.entry.action == QLatin1String("reprint") && row.entry.sourceId == workstation) {
                        out.append(row.entry.detail.join(QLatin1Char(' ')));
                    }
                }
            }
            return out;
        };
        QTRY_COMPARE(reprints(), (QStringList{QStringLiteral("printed"), QStringLiteral("failed")}));
        printerBroken = false;

        // A new request arrives while the window is open: NOTIFY brings it into the list.
        const QStringList more = deliver({fixtures::syntheticRequest(m_kiosk, 42)});
        QCOMPARE(more.size(), 1);
        QTRY_COMPARE(window.model()->rowCount(), int(chosen.size()) + 1);
        QCOMPARE(window.model()->rowOf(more.first()), 0);                        // newest first
        QTRY_COMPARE(window.requestView()->current().summary.requestId, opened); // the selection stays

        // The status filter.
        auto *filter = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("returned")));
        QTRY_COMPARE(window.model()->rowCount(), 1);
        screenshot(&window, QStringLiteral("inbox-filtered.png"));
    }

    void withoutPrinterSaysSo()
    {
        NoPrinterReprint none;
        RequestDetail d;
        d.summary.requestId = QStringLiteral("0190d7a0-0000-7000-8000-000000000001");
        auto r = none.reprint(d);
        QVERIFY(!r.ok());
        QVERIFY(r.error().detail.contains(QStringLiteral("[printer]")));
    }
};

QTEST_MAIN(TestInboxWindow)
#include "TestInboxWindow.moc"
