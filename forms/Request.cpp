#include "Request.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

namespace kakanai::forms {

namespace {

QString issueCode(Severity s)
{
    return s == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace

QString uuidV7(qint64 unixMillis, const std::function<quint64()> &random)
{
    const quint64 a = random ? random() : QRandomGenerator::system()->generate64();
    const quint64 b = random ? random() : QRandomGenerator::system()->generate64();
    // 48-bit timestamp | version 7 | 12 bits rand_a || variant 10 | 62 bits rand_b
    const quint64 high = (quint64(unixMillis) & 0xFFFFFFFFFFFFULL) << 16 | 0x7000ULL | (a & 0x0FFFULL);
    const quint64 low = 0x8000000000000000ULL | (b & 0x3FFFFFFFFFFFFFFFULL);
    const QString hex = QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-') +
           hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

namespace {

QJsonObject valueJson(const FormInstance &instance, const QString &path, const FieldValue &v)
{
    const FieldDefinition *def = instance.definition().field(path);
    QJsonObject o;
    if (def && def->type == FieldType::IndividualNumber) {
        // The one place where the digits leave the IndividualNumber: into the request of a form that asked.
        const IndividualNumber *number = instance.individualNumber(path);
        o.insert(QStringLiteral("value"),
                 number && instance.definition().asksIndividualNumber ? number->digits() : QString());
    } else {
        o.insert(QStringLiteral("value"), v.value);
    }
    o.insert(QStringLiteral("provenance"), provenanceName(v.provenance));
    if (v.cardValue && !(def && def->type == FieldType::IndividualNumber)) {
        o.insert(QStringLiteral("card_value"), *v.cardValue);
    } else if (v.cardValue) {
        o.insert(QStringLiteral("card_value_replaced"), true);
    }
    if (!v.copiedFrom.isEmpty()) {
        o.insert(QStringLiteral("copied_from"), v.copiedFrom);
    }
    return o;
}

QJsonObject formJson(const RequestForm &form, const FormContext &context)
{
    const FormInstance &instance = *form.instance;
    const FormDefinition &def = instance.definition();

    auto include = [&](const QString &path) {
        const FieldValue *v = instance.value(path);
        const FieldDefinition *f = def.field(path);
        if (!v || !f || !instance.isApplicable(path, context)) {
            return false;
        }
        if (f->type == FieldType::IndividualNumber && (!def.asksIndividualNumber || !instance.individualNumber(path))) {
            return false;
        }
        return !v->value.isNull() && !v->value.isUndefined() && !(v->value.isString() && v->value.toString().isEmpty());
    };

    QSet<QString> grouped;
    QJsonArray people;
    for (const PersonGroup &g : def.people) {
        if (!g.prefix.isEmpty()) {
            QJsonObject values;
            for (const FieldDefinition &f : def.fields) {
                if (f.id.startsWith(g.prefix) && f.type != FieldType::List) {
                    grouped.insert(f.id);
                    if (include(f.id)) {
                        values.insert(f.id.mid(g.prefix.size()), valueJson(instance, f.id, *instance.value(f.id)));
                    }
                }
            }
            if (!values.isEmpty()) {
                people.append(QJsonObject{{QStringLiteral("role"), g.role}, {QStringLiteral("values"), values}});
            }
        } else {
            grouped.insert(g.list);
            const FieldDefinition *list = def.field(g.list);
            for (int i = 0; i < instance.itemCount(g.list); ++i) {
                QJsonObject values;
                for (const FieldDefinition &f : list->itemFields) {
                    const QString path = itemPath(g.list, i, f.id);
                    if (include(path)) {
                        values.insert(f.id, valueJson(instance, path, *instance.value(path)));
                    }
                }
                people.append(QJsonObject{{QStringLiteral("role"), g.role},
                                          {QStringLiteral("index"), i},
                                          {QStringLiteral("values"), values}});
            }
        }
    }

    QJsonObject values;
    for (const FieldDefinition &f : def.fields) {
        if (grouped.contains(f.id)) {
            continue;
        }
        if (f.type == FieldType::List) {
            if (!instance.isApplicable(f.id, context) || instance.itemCount(f.id) == 0) {
                continue;
            }
            QJsonArray items;
            for (int i = 0; i < instance.itemCount(f.id); ++i) {
                QJsonObject item;
                for (const FieldDefinition &itemField : f.itemFields) {
                    const QString path = itemPath(f.id, i, itemField.id);
                    if (include(path)) {
                        item.insert(itemField.id, valueJson(instance, path, *instance.value(path)));
                    }
                }
                items.append(item);
            }
            values.insert(f.id, QJsonObject{{QStringLiteral("items"), items}});
        } else if (include(f.id)) {
            values.insert(f.id, valueJson(instance, f.id, *instance.value(f.id)));
        }
    }

    QJsonArray warnings;
    for (const ValidationIssue &w : form.warnings) {
        warnings.append(QJsonObject{{QStringLiteral("field"), w.field},
                                    {QStringLiteral("code"), w.code},
                                    {QStringLiteral("message_code"), w.messageCode},
                                    {QStringLiteral("severity"), issueCode(w.severity)}});
    }

    return QJsonObject{
        {QStringLiteral("form_id"), def.id},
        {QStringLiteral("form_version"), def.version},
        {QStringLiteral("title"), def.title.ja()},
        {QStringLiteral("category"), def.category},
        {QStringLiteral("legal_basis"), def.legalBasis},
        {QStringLiteral("people"), people},
        {QStringLiteral("values"), values},
        {QStringLiteral("warnings"), warnings},
    };
}

} // namespace

QJsonObject buildRequest(const QList<RequestForm> &forms, const FormContext &context, const RequestOptions &options)
{
    const QDateTime local = options.createdAt.isValid() ? options.createdAt : QDateTime::currentDateTime();
    // An explicit offset, so that the text always carries it ("2025-04-01T09:30:00.000+09:00").
    const QDateTime created = local.toOffsetFromUtc(local.offsetFromUtc());
    QJsonArray formArray;
    for (const RequestForm &f : forms) {
        if (f.instance) {
            formArray.append(formJson(f, context));
        }
    }
    QJsonObject procedure;
    if (!options.lifeEvent.isEmpty()) {
        procedure.insert(QStringLiteral("kind"), QStringLiteral("life_event"));
        procedure.insert(QStringLiteral("id"), options.lifeEvent);
    } else {
        procedure.insert(QStringLiteral("kind"), QStringLiteral("form"));
        procedure.insert(QStringLiteral("id"), forms.isEmpty() || !forms.first().instance
                                                   ? QString()
                                                   : forms.first().instance->definition().id);
    }
    QJsonObject request{
        {QStringLiteral("schema_version"), RequestSchemaVersion},
        {QStringLiteral("request_id"), uuidV7(created.toMSecsSinceEpoch(), options.random)},
        {QStringLiteral("kiosk_id"), options.kioskId},
        {QStringLiteral("created_at"), created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("mode"), modeName(context.mode)},
        {QStringLiteral("procedure"), procedure},
        {QStringLiteral("forms"), formArray},
    };
    if (!context.municipalityCode.isEmpty()) {
        request.insert(QStringLiteral("municipality_code"), context.municipalityCode);
    }
    if (!options.cardIntegrity.isEmpty()) {
        request.insert(QStringLiteral("card"), QJsonObject{{QStringLiteral("integrity"), options.cardIntegrity}});
    }
    return request;
}

} // namespace kakanai::forms
