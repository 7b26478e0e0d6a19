// Delivery during and after a key rotation (outbox/README.md "Key rotation"): with a rotation half done, one batch
// holds records sealed under the old and the new key, and the intake receives every request exactly as it was
// queued; after the rotation completes, the rest is delivered the same way, and the outbox is empty.
#include "inbox/IntakeRepository.h"
#include "outbox/Aead.h"
#include "outbox/KeyRing.h"
#include "outbox/KeyRotation.h"
#include "outbox/Outbox.h"
#include "outbox/Pg.h"
#include "outbox/SyncEngine.h"
#include "tests/outbox/BackofficeFixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kakanai::backoffice;

class TestKeyRotationSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgConnection> m_staff;

private Q_SLOTS:
    void initTestCase()
    {
        KAKANAI_REQUIRE_PG();
        auto staff = PgConnection::connect(fixtures::pgSettings(QStringLiteral("staff"), QStringLiteral("inbox")));
        QVERIFY(staff.ok());
        m_staff = std::move(*staff);
    }

    void deliversUnchangedDuringAndAfterRotation()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("outbox.sqlite"));
        OutboxConfig keys;
        keys.keyFile = dir.filePath(QStringLiteral("a.key"));
        QVERIFY(DataKey::create(keys.keyFile).ok());
        const QString kiosk = fixtures::uniqueKioskId("rotation");
        QList<QJsonObject> requests;
        {
            auto ringA = KeyRing::load(keys);
            QVERIFY(ringA.ok());
            auto outbox = Outbox::open(db, std::make_shared<const KeyRing>(std::move(*ringA)));
            QVERIFY(outbox.ok());
            for (int i = 0; i < 30; ++i) {
                requests.append(fixtures::syntheticRequest(kiosk, i));
                QVERIFY((*outbox)->enqueue(requests.last()).ok());
            }
        }

        // The kiosk restarted with the new key (the old one in previous_key_files); a rotation did two batches.
        keys.previousKeyFiles = {keys.keyFile};
        keys.keyFile = dir.filePath(QStringLiteral("b.key"));
        QVERIFY(DataKey::create(keys.keyFile).ok());
        auto ring = KeyRing::load(keys);
        QVERIFY(ring.ok());
        auto outbox = Outbox::open(db, std::make_shared<const KeyRing>(std::move(*ring)));
        QVERIFY(outbox.ok());
        KeyRotation::Options options;
        options.batchSize = 5;
        options.maxBatches = 2;
        auto partial = KeyRotation::run(**outbox, options);
        QVERIFY(partial.ok());
        QCOMPARE(partial->records, (QMap<int, int>{{1, 20}, {2, 10}}));
        for (int i = 30; i < 35; ++i) {
            requests.append(fixtures::syntheticRequest(kiosk, i));
            QVERIFY((*outbox)->enqueue(requests.last()).ok());
        }

        // One batch of 15: ten re-encrypted records under key 2, five still under key 1.
        SyncEngine engine(**outbox, fixtures::pgSettings(QStringLiteral("kiosk")), 15);
        auto first = engine.deliverBatch();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toLogString()));
        QCOMPARE(first->sent, 15);
        QCOMPARE(first->inserted, 15);
        QCOMPARE(*KeyRotation::recordsPerKey(**outbox), (QMap<int, int>{{1, 15}, {2, 5}}));

        auto rest = KeyRotation::run(**outbox);
        QVERIFY(rest.ok());
        QVERIFY(rest->complete);
        QCOMPARE(rest->resealed, 15);
        int delivered = first->sent;
        for (;;) {
            auto report = engine.deliverBatch();
            QVERIFY(report.ok());
            if (report->sent == 0) {
                break;
            }
            delivered += report->sent;
        }
        QCOMPARE(delivered, 35);
        QCOMPARE((*outbox)->counts()->waiting, 0);

        IntakeRepository repo(*m_staff);
        for (const QJsonObject &r : std::as_const(requests)) {
            auto d = repo.detail(r.value(QLatin1String("request_id")).toString());
            QVERIFY(d.ok());
            QCOMPARE(d->document, r); // character for character, whichever key sealed it on the way
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyRotationSync)
#include "TestKeyRotationSync.moc"
