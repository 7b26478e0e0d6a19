// Fuzz target: the inbox's document view. What the intake holds is outside data to the back office (any kiosk
// certificate can deliver a document the schema lets through); the view must show it or show what it can, never
// crash. Input: a JSON object {"document": {...}, "status_history": [...]} or a bare request document.
#include "inbox/FormLabels.h"
#include "inbox/RequestView.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace kakanai::backoffice;

namespace {

RequestView &view()
{
    // One application and one view for the whole run, as the inbox keeps one view for every request it opens.
    static int argc = 1;
    static char name[] = "fuzz_inbox_request_view";
    static char *argv[] = {name, nullptr};
    static QApplication app(argc, argv);
    static RequestView v(FormLabels::embedded(), QTimeZone("Asia/Tokyo"));
    return v;
}

} // namespace

// fontconfig (under Qt's font database) keeps caches it never frees, grown at the first layout of new text: not a
// leak of ours, and LeakSanitizer would stop the campaign on the first input. Ours are still reported.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    RequestView &v = view();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    RequestDetail d;
    d.document = root.contains(QLatin1String("document")) ? root.value(QLatin1String("document")).toObject() : root;
    d.statusHistory = root.value(QLatin1String("status_history")).toArray();
    d.summary.requestId = d.document.value(QLatin1String("request_id")).toString(QStringLiteral("fuzz"));
    d.summary.kioskId = d.document.value(QLatin1String("kiosk_id")).toString();
    d.summary.statusReason = root.value(QLatin1String("status_reason")).toString();
    v.showRequest(d);
    // Unmask the individual number and mask it again: both paths rebuild the values.
    if (auto *box = v.findChild<QCheckBox *>()) {
        box->setChecked(true);
        box->setChecked(false);
    }
    v.clear();
    return 0;
}
