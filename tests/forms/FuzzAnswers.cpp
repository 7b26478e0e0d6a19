// Fuzz target: the answers and resident JSON loaders, and filling every catalog form with whatever answers parse
// (answers come from the touchscreen, the QR pre-entry and files; they are outside data).
#include "forms/FormCatalog.h"
#include "forms/FormFiller.h"
#include "forms/Request.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace kakanai;
using namespace kakanai::forms;

namespace {

const FormCatalog *catalog()
{
    static const auto loaded = FormCatalog::load();
    return loaded ? &loaded.value() : nullptr;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)parseResidentJson(bytes);
    const auto answers = parseAnswersJson(bytes);
    const FormCatalog *forms = catalog();
    if (!answers || !forms) {
        return 0;
    }
    ResidentRecord record;
    record.name = QStringLiteral("山田　太郎");
    record.address = QStringLiteral("東京都千代田区丸の内１丁目１番１号");
    record.birthDate = QDate(1985, 4, 12);
    record.sex = Sex::Male;
    record.individualNumber = IndividualNumber::fromDigits("123456789018");
    FormContext context;
    context.today = QDate(2025, 4, 10);
    context.municipality = QStringLiteral("東京都千代田区");
    for (const QString &id : forms->ids()) {
        const FillOutcome outcome = fillForm(forms->shared(id), record, *answers, context);
        RequestOptions options;
        options.kioskId = QStringLiteral("fuzz");
        options.createdAt = QDateTime(QDate(2025, 4, 10), QTime(10, 0), Qt::UTC);
        options.random = [] { return quint64(42); };
        (void)buildRequest({{&outcome.instance, outcome.warnings()}}, context, options);
    }
    return 0;
}
