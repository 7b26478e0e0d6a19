#include "inbox/Export.h"

#include "forms/Request.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace kakanai::backoffice {

namespace {

QString timeText(const QDateTime &t, const QTimeZone &zone)
{
    if (!t.isValid()) {
        return {};
    }
    return (zone.isValid() ? t.toTimeZone(zone) : t.toUTC()).toString(Qt::ISODateWithMs);
}

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const auto i = static_cast<qint64>(d);
        return static_cast<double>(i) == d ? QString::number(i) : QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    if (name == QLatin1String("jsonl")) {
        return ExportFormat::JsonLines;
    }
    if (name == QLatin1String("csv")) {
        return ExportFormat::Csv;
    }
    return std::nullopt;
}

ExportWriter::ExportWriter(QIODevice &out, ExportFormat format, QTimeZone zone, const forms::FormCatalog &catalog,
                           ExportOptions options)
    : m_out(out)
    , m_format(format)
    , m_zone(std::move(zone))
    , m_options(options)
    , m_catalog(catalog)
{}

QStringList ExportWriter::csvColumns()
{
    return {QStringLiteral("request_id"),     QStringLiteral("receipt_number"), QStringLiteral("kiosk_id"),
            QStringLiteral("procedure_kind"), QStringLiteral("procedure_id"),   QStringLiteral("created_at"),
            QStringLiteral("received_at"),    QStringLiteral("status"),         QStringLiteral("status_reason"),
            QStringLiteral("form_index"),     QStringLiteral("form_id"),        QStringLiteral("form_version"),
            QStringLiteral("role"),           QStringLiteral("person_index"),   QStringLiteral("field"),
            QStringLiteral("value"),          QStringLiteral("provenance"),     QStringLiteral("card_value")};
}

Result<QList<QStringList>> ExportWriter::csvRows(const RequestDetail &r, const QTimeZone &zone,
                                                 const forms::FormCatalog &catalog)
{
    const RequestSummary &s = r.summary;
    auto stored = forms::readRequest(r.document, catalog);
    if (!stored) {
        return BackofficeError::make(
            BackofficeErrorCode::InvalidRequest,
            QStringLiteral("request %1 does not read: %2").arg(s.requestId, stored.error().toLogString()));
    }
    const QStringList head{s.requestId,
                           stored->receiptNumber,
                           s.kioskId,
                           s.procedureKind,
                           s.procedureId,
                           stored->createdAt.toString(Qt::ISODateWithMs),
                           timeText(s.receivedAt, zone),
                           statusName(s.status),
                           s.statusReason};
    QList<QStringList> rows;
    for (qsizetype fi = 0; fi < stored->forms.size(); ++fi) {
        const forms::StoredForm &form = stored->forms.at(fi);
        const forms::FormInstance &instance = form.instance;
        const QString formId = instance.definition().id;
        for (const QString &path : forms::pathsInRequestOrder(instance)) {
            const forms::FieldValue *v = instance.value(path);
            const forms::RequestPlace place = forms::requestPlace(instance.definition(), path);
            // The individual number as the request carries it: its digits (the instance holds it masked).
            const kakanai::IndividualNumber *number = instance.individualNumber(path);
            const QString value = number ? number->digits() : valueText(v->value.toJson());
            const QString cardValue = v->cardValue && !number ? valueText(v->cardValue->toJson()) : QString();
            rows.append(head + QStringList{QString::number(fi), formId, QString::number(form.formVersion), place.role,
                                           place.personIndex >= 0 ? QString::number(place.personIndex) : QString(),
                                           place.list.isEmpty() ? place.key
                                                                : forms::itemPath(place.list, place.item, place.key),
                                           value, forms::provenanceName(v->provenance), cardValue});
        }
    }
    if (rows.isEmpty()) {
        rows.append(head + QStringList{QString(), QString(), QString(), QString(), QString(), QString(), QString(),
                                       QString(), QString()});
    }
    return rows;
}

QString ExportWriter::csvCell(const QString &text)
{
    // OWASP's "CSV injection": Excel and LibreOffice run a cell that begins with one of these as a formula (a
    // resident can type "=HYPERLINK(...)" into a free-text field). The apostrophe makes it text in both.
    static const QString triggers = QStringLiteral("=+-@\t\r'");
    if (!text.isEmpty() && triggers.contains(text.front())) {
        return QLatin1Char('\'') + text;
    }
    return text;
}

QByteArray ExportWriter::csvLine(const QStringList &fields)
{
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line.append(',');
        }
        const QString f = csvCell(fields.at(i));
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) ||
            f.contains(QLatin1Char('\r'))) {
            QString quoted = f;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            line.append('"').append(quoted.toUtf8()).append('"');
        } else {
            line.append(f.toUtf8());
        }
    }
    line.append("\r\n");
    return line;
}

QJsonObject ExportWriter::jsonObject(const RequestDetail &r, const QTimeZone &zone)
{
    const RequestSummary &s = r.summary;
    // The header through the one reader of the format; the document itself is passed on whole.
    const auto header = forms::readRequestHeader(r.document);
    const QString receiptNumber = header ? header->receiptNumber : QString();
    const QJsonValue createdAt =
        header ? QJsonValue(header->createdAt.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    QJsonArray forms;
    for (const QString &f : s.formIds) {
        forms.append(f);
    }
    auto orNull = [](const QString &t) { return t.isEmpty() ? QJsonValue() : QJsonValue(t); };
    return QJsonObject{
        {QStringLiteral("request_id"), s.requestId},
        {QStringLiteral("receipt_number"), orNull(receiptNumber)},
        {QStringLiteral("kiosk_id"), s.kioskId},
        {QStringLiteral("procedure_kind"), s.procedureKind},
        {QStringLiteral("procedure_id"), s.procedureId},
        {QStringLiteral("form_ids"), forms},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("received_at"), timeText(s.receivedAt, zone)},
        {QStringLiteral("status"), statusName(s.status)},
        {QStringLiteral("status_reason"), orNull(s.statusReason)},
        {QStringLiteral("status_changed_at"), orNull(timeText(s.statusChangedAt, zone))},
        {QStringLiteral("submitted_by"), r.submittedBy},
        {QStringLiteral("status_history"), r.statusHistory},
        {QStringLiteral("document"), r.document},
    };
}

Result<Done> ExportWriter::put(const QByteArray &bytes)
{
    if (m_out.write(bytes) != bytes.size()) {
        return BackofficeError::make(BackofficeErrorCode::Io,
                                     QStringLiteral("write failed: %1").arg(m_out.errorString()));
    }
    return Done{};
}

Result<Done> ExportWriter::begin()
{
    if (m_format == ExportFormat::Csv) {
        return put((m_options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + csvLine(csvColumns()));
    }
    if (m_options.byteOrderMark) {
        return BackofficeError::make(BackofficeErrorCode::Config,
                                     QStringLiteral("a byte order mark is for CSV only, never for JSON Lines"));
    }
    return Done{};
}

Result<Done> ExportWriter::write(const RequestDetail &request)
{
    if (m_format == ExportFormat::JsonLines) {
        QByteArray line = QJsonDocument(jsonObject(request, m_zone)).toJson(QJsonDocument::Compact);
        line.append('\n');
        if (auto ok = put(line); !ok) {
            return ok;
        }
    } else {
        auto rows = csvRows(request, m_zone, m_catalog);
        if (!rows) {
            return rows.error();
        }
        QByteArray lines;
        for (const QStringList &row : *rows) {
            lines.append(csvLine(row));
        }
        if (auto ok = put(lines); !ok) {
            return ok;
        }
    }
    ++m_count;
    return Done{};
}

} // namespace kakanai::backoffice
