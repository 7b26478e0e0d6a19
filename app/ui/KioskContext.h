#pragma once

#include "app/core/KioskConfig.h"
#include "common/Clock.h"

namespace kakanai::forms {
class FormCatalog;
class LifeEventNavigator;
class PostalDirectory;
} // namespace kakanai::forms

namespace kakanai::kiosk {

class AuditSink;
class FieldPolicy;
class KanaConverter;
class KioskSession;
class LanguageManager;
class QueueStatusProvider;
class RequestSink;
class StaffAuthenticator;

// Everything the screens use, built by the composition root and handed down (no singletons).
struct KioskContext
{
    const KioskConfig *config = nullptr;
    KioskSession *session = nullptr;
    StaffAuthenticator *staff = nullptr; // null when no staff accounts are configured (self-service without admin)
    LanguageManager *languages = nullptr;
    const forms::FormCatalog *catalog = nullptr;
    const forms::LifeEventNavigator *navigator = nullptr;
    const FieldPolicy *policy = nullptr;
    const forms::PostalDirectory *postal = nullptr;
    QueueStatusProvider *queue = nullptr;
    RequestSink *sink = nullptr;
    const Clock *clock = nullptr;
    AuditSink *audit = nullptr;         // null: no audit trail (development sink, tests)
    KanaConverter *converter = nullptr; // kana → kanji for the touch keyboard; null: kana only (no engine)
};

} // namespace kakanai::kiosk
