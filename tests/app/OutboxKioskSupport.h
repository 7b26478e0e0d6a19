#pragma once

// The production sink of a kiosk process in an end-to-end test: the encrypted outbox in a folder (its data key made
// once, kept across restarts), the sync worker to the test PostgreSQL (or to a port nobody answers), and paper as
// PDF files in folder/paper.
#include "app/core/FormData.h"
#include "app/core/OutboxPrintSink.h"
#include "tests/outbox/BackofficeFixtures.h"

#include "outbox/BackofficeConfig.h"
#include "outbox/DataKey.h"
#include "outbox/OutboxService.h"

#include <QDir>
#include <QFile>

#include <memory>

namespace kakanai::testing {

inline QString outboxPathIn(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("outbox.sqlite"));
}

inline QString outboxKeyFileIn(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("outbox.key"));
}

// Null (and a warning) when the folder, the key, the outbox or the form data cannot be made.
inline std::unique_ptr<kiosk::OutboxPrintSink> makeOutboxPrintSink(const QString &folder, bool intakeReachable)
{
    if (!QDir().mkpath(folder)) {
        return nullptr;
    }
    backoffice::BackofficeConfig config;
    config.outbox.path = outboxPathIn(folder);
    config.outbox.keyFile = outboxKeyFileIn(folder);
    if (!QFile::exists(config.outbox.keyFile)) {
        if (auto created = backoffice::DataKey::create(config.outbox.keyFile); !created) {
            qWarning("%s", qPrintable(created.error().toLogString()));
            return nullptr;
        }
    }
    config.intake = fixtures::pgSettings(QStringLiteral("kiosk"));
    if (!intakeReachable) {
        config.intake.host = QStringLiteral("127.0.0.1");
        config.intake.hostaddr.clear();
        config.intake.port = 9; // discard: nobody answers
        config.intake.connectTimeoutS = 2;
    }
    auto outbox = backoffice::OutboxService::create(config);
    if (!outbox) {
        qWarning("%s", qPrintable(outbox.error().toLogString()));
        return nullptr;
    }
    printer::PrinterConfig printerConfig;
    printerConfig.pdfDirectory = QDir(folder).filePath(QStringLiteral("paper"));
    QDir().mkpath(printerConfig.pdfDirectory);
    // The form data as the composition root loads it (built-in forms, navigator and example counters).
    QList<ConfigProblem> formProblems;
    auto formData = kiosk::loadFormData(kiosk::KioskConfig{}, &formProblems);
    return std::make_unique<kiosk::OutboxPrintSink>(std::move(*outbox), printerConfig,
                                                    std::make_shared<const kiosk::FormData>(std::move(*formData)));
}

} // namespace kakanai::testing
