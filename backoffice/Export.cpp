#include "Export.h"

#include <QIODevice>
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

ExportWriter::ExportWriter(QIODevice &out, ExportFormat format, QTimeZone zone)
    : m_out(out)
    , m_format(format)
    , m_zone(std::move(zone))
{}

QStringList ExportWriter::csvColumns()
{
    return {QStringLiteral("request_id"),   QStringLiteral("receipt_number"), QStringLiteral("kiosk_id"),
            QStringLiteral("procedure_kind"),
            QStringLiteral("procedure_id"), QStringLiteral("created_at"),    QStringLiteral("received_at"),
            QStringLiteral("status"),       QStringLiteral("status_reason"), QStringLiteral("form_index"),
            QStringLiteral("form_id"),      QStringLiteral("form_version"),  QStringLiteral("role"),
            QStringLiteral("person_index"), QStringLiteral("field"),         QStringLiteral("value"),
            QStringLiteral("provenance"),   QStringLiteral("card_value")};
}

QList<QStringList> ExportWriter::csvRows(const RequestDetail &r, const QTimeZone &zone)
{
    const RequestSummary &s = r.summary;
    const QStringList head{s.requestId,
                           s.receiptNumber,
                           s.kioskId,
                           s.procedureKind,
                           s.procedureId,
                           r.document.value(QLatin1String("created_at")).toString(),
                           timeText(s.receivedAt, zone),
                           statusName(s.status),
                           s.statusReason};
    QList<QStringList> rows;
    const QJsonArray forms = r.document.value(QLatin1String("forms")).toArray();
    for (int fi = 0; fi < forms.size(); ++fi) {
        const QJsonObject form = forms.at(fi).toObject();
        const QString formId = form.value(QLatin1String("form_id")).toString();
        const QString formVersion = valueText(form.value(QLatin1String("form_version")));
        // Appends one row per value of `values` (an object of field → value or → {items: [...]}).
        auto addValues = [&](const QJsonObject &values, const QString &role, const QString &personIndex) {
            for (auto it = values.begin(); it != values.end(); ++it) {
                const QJsonObject v = it.value().toObject();
                if (v.contains(QLatin1String("items"))) {
                    const QJsonArray items = v.value(QLatin1String("items")).toArray();
                    for (int ii = 0; ii < items.size(); ++ii) {
                        const QJsonObject item = items.at(ii).toObject();
                        for (auto jt = item.begin(); jt != item.end(); ++jt) {
                            const QJsonObject iv = jt.value().toObject();
                            rows.append(head +
                                        QStringList{QString::number(fi), formId, formVersion, role, personIndex,
                                                    QStringLiteral("%1[%2].%3").arg(it.key()).arg(ii).arg(jt.key()),
                                                    valueText(iv.value(QLatin1String("value"))),
                                                    iv.value(QLatin1String("provenance")).toString(),
                                                    valueText(iv.value(QLatin1String("card_value")))});
                        }
                    }
                    continue;
                }
                rows.append(head + QStringList{QString::number(fi), formId, formVersion, role, personIndex, it.key(),
                                               valueText(v.value(QLatin1String("value"))),
                                               v.value(QLatin1String("provenance")).toString(),
                                               valueText(v.value(QLatin1String("card_value")))});
            }
        };
        const QJsonArray people = form.value(QLatin1String("people")).toArray();
        for (const QJsonValue &p : people) {
            const QJsonObject person = p.toObject();
            addValues(person.value(QLatin1String("values")).toObject(), person.value(QLatin1String("role")).toString(),
                      person.contains(QLatin1String("index")) ? valueText(person.value(QLatin1String("index")))
                                                              : QString());
        }
        addValues(form.value(QLatin1String("values")).toObject(), QString(), QString());
    }
    if (rows.isEmpty()) {
        rows.append(head + QStringList{QString(), QString(), QString(), QString(), QString(), QString(), QString(),
                                       QString(), QString()});
    }
    return rows;
}

QByteArray ExportWriter::csvLine(const QStringList &fields)
{
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line.append(',');
        }
        const QString &f = fields.at(i);
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
    QJsonArray forms;
    for (const QString &f : s.formIds) {
        forms.append(f);
    }
    auto orNull = [](const QString &t) { return t.isEmpty() ? QJsonValue() : QJsonValue(t); };
    return QJsonObject{
        {QStringLiteral("request_id"), s.requestId},
        {QStringLiteral("receipt_number"), orNull(s.receiptNumber)},
        {QStringLiteral("kiosk_id"), s.kioskId},
        {QStringLiteral("procedure_kind"), s.procedureKind},
        {QStringLiteral("procedure_id"), s.procedureId},
        {QStringLiteral("form_ids"), forms},
        {QStringLiteral("created_at"), r.document.value(QLatin1String("created_at"))},
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
        return put(csvLine(csvColumns()));
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
        QByteArray lines;
        for (const QStringList &row : csvRows(request, m_zone)) {
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
