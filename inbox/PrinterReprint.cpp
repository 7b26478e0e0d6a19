#include "inbox/PrinterReprint.h"

#include "outbox/BackofficeLogging.h"

#include "forms/FormCatalog.h"
#include "printer/PrintRenderer.h"
#include "printer/PrintService.h"

#include <QSettings>

namespace kakanai::backoffice {

namespace {

// A reprint hook that can only say why printing is not available.
class BrokenReprint final : public ReprintHook
{
public:
    explicit BrokenReprint(QString why)
        : m_why(std::move(why))
    {}
    Result<QString> reprint(const RequestDetail &) override
    {
        return BackofficeError::make(BackofficeErrorCode::Config, m_why, QStringLiteral("printer"));
    }

private:
    QString m_why;
};

BackofficeError printError(const printer::PrintError &e)
{
    return BackofficeError::make(BackofficeErrorCode::Io, e.toLogString());
}

} // namespace

struct PrinterReprint::Private
{
    printer::PrintRenderer renderer;
    printer::PrintService service;
};

PrinterReprint::PrinterReprint(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

PrinterReprint::~PrinterReprint() = default;

std::unique_ptr<ReprintHook> PrinterReprint::create(const QString &iniPath)
{
    QSettings settings(iniPath, QSettings::IniFormat);
    auto config = printer::PrinterConfig::load(settings);
    if (!config) {
        return std::make_unique<BrokenReprint>(config.error().toLogString());
    }
    const QString formsDirectory = settings.value(QStringLiteral("forms/directory")).toString();
    auto catalog = formsDirectory.isEmpty() ? forms::FormCatalog::load() : forms::FormCatalog::load(formsDirectory);
    if (!catalog) {
        return std::make_unique<BrokenReprint>(QStringLiteral("form catalog: ") + catalog.error().toLogString());
    }
    auto renderer = printer::PrintRenderer::create(*config, *catalog);
    if (!renderer) {
        return std::make_unique<BrokenReprint>(renderer.error().toLogString());
    }
    auto p = std::make_unique<Private>(Private{std::move(*renderer), printer::PrintService(*config)});
    return std::unique_ptr<ReprintHook>(new PrinterReprint(std::move(p)));
}

Result<QString> PrinterReprint::reprint(const RequestDetail &request)
{
    auto document = d->renderer.renderForms(request.document);
    if (!document) {
        return printError(document.error());
    }
    auto outcome = d->service.print(*document);
    if (!outcome) {
        return printError(outcome.error());
    }
    qCInfo(lcInbox, "reprinted request %s (%d page(s))", qPrintable(request.summary.requestId), document->pageCount);
    QString where = outcome->file.isEmpty() ? QStringLiteral("%1, job %2").arg(outcome->printer).arg(outcome->jobId)
                                            : outcome->file;
    if (document->hasMissingGlyphs()) {
        where += QStringLiteral(" (%1 character(s) without a glyph: write them by hand)")
                     .arg(document->missingCodePoints().size());
    }
    return where;
}

} // namespace kakanai::backoffice
