#include "forms/Request.h"

#include "forms/ReceiptNumber.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <tuple>

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

    QJsonObject out{
        {QStringLiteral("form_id"), def.id},
        {QStringLiteral("form_version"), def.version},
        {QStringLiteral("title"), def.title.ja()},
        {QStringLiteral("category"), def.category},
        {QStringLiteral("legal_basis"), def.legalBasis},
        {QStringLiteral("people"), people},
        {QStringLiteral("values"), values},
        {QStringLiteral("warnings"), warnings},
    };
    if (const auto fee = feeOf(instance)) {
        out.insert(QStringLiteral("fee"), feeJson(*fee));
    }
    return out;
}

} // namespace

QJsonObject buildRequest(const QList<RequestForm> &forms, const FormContext &context, const RequestOptions &options)
{
    const QDateTime local = options.createdAt.isValid() ? options.createdAt : QDateTime::currentDateTime();
    // An explicit offset, so that the text always carries it ("2025-04-01T09:30:00.000+09:00").
    const QDateTime created = local.toOffsetFromUtc(local.offsetFromUtc());
    QJsonArray formArray;
    // The total the cashier collects: written only when every form has a fee, so that no total leaves one out.
    qint64 feeTotal = 0;
    bool everyFormHasFee = true;
    for (const RequestForm &f : forms) {
        if (f.instance) {
            formArray.append(formJson(f, context));
            const auto fee = feeOf(*f.instance);
            everyFormHasFee = everyFormHasFee && fee.has_value();
            feeTotal += fee ? fee->amount : 0;
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
        {QStringLiteral("request_id"),
         options.requestId.isEmpty() ? uuidV7(created.toMSecsSinceEpoch(), options.random) : options.requestId},
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
    if (!options.receiptNumber.isEmpty()) {
        request.insert(QStringLiteral("receipt_number"), options.receiptNumber);
    }
    if (!options.staffId.isEmpty()) {
        request.insert(QStringLiteral("staff_id"), options.staffId);
    }
    if (everyFormHasFee && !formArray.isEmpty()) {
        request.insert(QStringLiteral("fee_total"), feeTotal);
    }
    if (!options.navigatorAnswers.isEmpty()) {
        QJsonObject answers;
        for (auto it = options.navigatorAnswers.begin(); it != options.navigatorAnswers.end(); ++it) {
            answers.insert(it.key(), it.value());
        }
        request.insert(QStringLiteral("navigator_answers"), answers);
    }
    return request;
}

namespace {

FormsError invalidRequest(const QString &pointer, const QString &detail)
{
    return FormsError::make(FormsErrorCode::InvalidRequest, {}, pointer, detail);
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression id(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return id;
}

} // namespace

// Reads the forms of a stored Request back into FormInstances (FormInstance::restore is private to it).
class StoredFormReader
{
public:
    StoredFormReader(StoredForm &form, QString formId)
        : m_form(form)
        , m_formId(std::move(formId))
    {}

    std::optional<FormsError> read(const QJsonObject &form, const QString &at)
    {
        const FormDefinition &def = m_form.instance.definition();
        const QJsonArray people = form.value(QStringLiteral("people")).toArray();
        for (qsizetype pi = 0; pi < people.size(); ++pi) {
            const QString pAt = at + QStringLiteral("/people/%1").arg(pi);
            const QJsonObject person = people.at(pi).toObject();
            const QString role = person.value(QStringLiteral("role")).toString();
            const PersonGroup *group = nullptr;
            for (const PersonGroup &g : def.people) {
                group = g.role == role ? &g : group;
            }
            if (!group) {
                return invalidRequest(pAt + QStringLiteral("/role"),
                                      QStringLiteral("no such role in form ") + m_formId);
            }
            const QJsonObject values = person.value(QStringLiteral("values")).toObject();
            const int index = person.value(QStringLiteral("index")).toInt(-1);
            if (!group->list.isEmpty()) {
                if (index < 0) {
                    return invalidRequest(pAt + QStringLiteral("/index"),
                                          QStringLiteral("a list person needs its index"));
                }
                m_form.instance.m_itemCounts[group->list] = std::max(m_form.instance.itemCount(group->list), index + 1);
            }
            for (auto it = values.begin(); it != values.end(); ++it) {
                const QString path =
                    group->list.isEmpty() ? group->prefix + it.key() : itemPath(group->list, index, it.key());
                if (auto e = store(path, it.value(), pAt + QStringLiteral("/values/") + it.key())) {
                    return e;
                }
            }
        }
        const QJsonObject values = form.value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString vAt = at + QStringLiteral("/values/") + it.key();
            const FieldDefinition *f = def.field(it.key());
            if (f && f->type == FieldType::List) {
                const QJsonValue items = it.value().toObject().value(QStringLiteral("items"));
                if (!items.isArray()) {
                    return invalidRequest(vAt, QStringLiteral("a list field expects {items: [...]}"));
                }
                const QJsonArray array = items.toArray();
                m_form.instance.m_itemCounts[f->id] = std::max(m_form.instance.itemCount(f->id), int(array.size()));
                for (qsizetype i = 0; i < array.size(); ++i) {
                    const QJsonObject item = array.at(i).toObject();
                    for (auto jt = item.begin(); jt != item.end(); ++jt) {
                        if (auto e = store(itemPath(f->id, int(i), jt.key()), jt.value(),
                                           vAt + QStringLiteral("/items/%1/").arg(i) + jt.key())) {
                            return e;
                        }
                    }
                }
            } else if (auto e = store(it.key(), it.value(), vAt)) {
                return e;
            }
        }
        if (form.contains(QStringLiteral("fee"))) {
            m_form.fee = feeFromJson(form.value(QStringLiteral("fee")));
            if (!m_form.fee) {
                return invalidRequest(at + QStringLiteral("/fee"),
                                      QStringLiteral("expects {per_copy, copies, amount = per_copy × copies}"));
            }
        }
        const QJsonArray warnings = form.value(QStringLiteral("warnings")).toArray();
        for (const QJsonValue &w : warnings) {
            const QJsonObject o = w.toObject();
            ValidationIssue issue;
            issue.field = o.value(QStringLiteral("field")).toString();
            issue.code = o.value(QStringLiteral("code")).toString();
            issue.messageCode = o.value(QStringLiteral("message_code")).toString();
            issue.severity = o.value(QStringLiteral("severity")).toString() == QLatin1String("error")
                                 ? Severity::Error
                                 : Severity::Warning;
            m_form.warnings.append(issue);
        }
        return std::nullopt;
    }

private:
    std::optional<FormsError> store(const QString &path, const QJsonValue &json, const QString &pointer)
    {
        const FormDefinition &def = m_form.instance.definition();
        const FieldDefinition *f = def.field(path);
        if (!f || f->type == FieldType::List) {
            return invalidRequest(
                pointer, QStringLiteral("no field '%1' in form %2 version %3").arg(path, m_formId).arg(def.version));
        }
        const QJsonObject o = json.toObject();
        const auto provenance = provenanceFromName(o.value(QStringLiteral("provenance")).toString());
        if (!json.isObject() || !provenance || !o.contains(QStringLiteral("value"))) {
            return invalidRequest(pointer, QStringLiteral("expects {value, provenance}"));
        }
        FieldValue v;
        v.provenance = *provenance;
        v.copiedFrom = o.value(QStringLiteral("copied_from")).toString();
        std::optional<IndividualNumber> number;
        if (f->type == FieldType::IndividualNumber) {
            // The request carries the digits (forms that ask for the number); in memory they live only in an
            // IndividualNumber and the FieldValue holds the masked text, as after setValue.
            QString digits = o.value(QStringLiteral("value")).toString();
            const QByteArray latin = digits.toLatin1();
            number = IndividualNumber::fromDigits(std::string_view(latin.constData(), size_t(latin.size())));
            kakanai::wipe(digits);
            if (!number) {
                return invalidRequest(pointer, QStringLiteral("expects the 12 digits of an individual number"));
            }
            v.value = WipeableValue(number->masked());
            if (o.value(QStringLiteral("card_value_replaced")).toBool(false)) {
                v.cardValue = WipeableValue(QString()); // the card's number itself is never carried
            }
        } else {
            v.value = WipeableValue(o.value(QStringLiteral("value")));
            if (o.contains(QStringLiteral("card_value"))) {
                v.cardValue = WipeableValue(o.value(QStringLiteral("card_value")));
            }
        }
        m_form.instance.restore(path, std::move(v), number);
        return std::nullopt;
    }

    StoredForm &m_form;
    QString m_formId;
};

RequestPlace requestPlace(const FormDefinition &definition, const QString &path)
{
    RequestPlace place;
    const auto item = parseItemPath(path);
    for (const PersonGroup &g : definition.people) {
        if (item && !g.list.isEmpty() && g.list == item->list) {
            place.role = g.role;
            place.personIndex = item->index;
            place.key = item->local;
            return place;
        }
        if (!item && !g.prefix.isEmpty() && path.startsWith(g.prefix)) {
            place.role = g.role;
            place.key = path.mid(g.prefix.size());
            return place;
        }
    }
    if (item) {
        place.list = item->list;
        place.item = item->index;
        place.key = item->local;
        return place;
    }
    place.key = path;
    return place;
}

QStringList pathsInRequestOrder(const FormInstance &instance)
{
    const FormDefinition &def = instance.definition();
    // (person group or past them for the form's values, list or key, index, key): the order of the JSON, whose
    // objects list their keys sorted.
    using Key = std::tuple<int, QString, int, QString>;
    QList<std::pair<Key, QString>> entries;
    for (const QString &path : instance.paths()) {
        const RequestPlace place = requestPlace(def, path);
        int group = int(def.people.size());
        for (qsizetype g = 0; g < def.people.size(); ++g) {
            if (!place.role.isEmpty() && def.people.at(g).role == place.role) {
                group = int(g);
                break;
            }
        }
        const Key key = !place.role.isEmpty()  ? Key{group, QString(), place.personIndex, place.key}
                        : place.list.isEmpty() ? Key{group, place.key, -1, QString()}
                                               : Key{group, place.list, place.item, place.key};
        entries.append({key, path});
    }
    std::sort(entries.begin(), entries.end());
    QStringList out;
    for (const auto &e : entries) {
        out.append(e.second);
    }
    return out;
}

Result<RequestHeader> readRequestHeader(const QJsonObject &request)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    static const QRegularExpression municipalityCode(QStringLiteral("^[0-9]{5}$"));
    RequestHeader h;
    const QJsonValue version = request.value(QStringLiteral("schema_version"));
    if (!version.isDouble() || version.toDouble() != RequestSchemaVersion) {
        return invalidRequest(QStringLiteral("/schema_version"),
                              QStringLiteral("expects schema version %1").arg(RequestSchemaVersion));
    }
    h.schemaVersion = RequestSchemaVersion;
    h.requestId = request.value(QStringLiteral("request_id")).toString();
    if (!uuid.match(h.requestId).hasMatch()) {
        return invalidRequest(QStringLiteral("/request_id"), QStringLiteral("expects a UUIDv7"));
    }
    if (request.contains(QStringLiteral("receipt_number"))) {
        h.receiptNumber = request.value(QStringLiteral("receipt_number")).toString();
        if (!isReceiptNumber(h.receiptNumber)) {
            return invalidRequest(QStringLiteral("/receipt_number"),
                                  QStringLiteral("expects a receipt number (A-007)"));
        }
    }
    if (request.contains(QStringLiteral("staff_id"))) {
        static const QRegularExpression staffPattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
        h.staffId = request.value(QStringLiteral("staff_id")).toString();
        if (!staffPattern.match(h.staffId).hasMatch()) {
            return invalidRequest(QStringLiteral("/staff_id"),
                                  QStringLiteral("expects a staff id (1-32 of A-Z a-z 0-9 _ -)"));
        }
    }
    h.kioskId = request.value(QStringLiteral("kiosk_id")).toString();
    if (h.kioskId.isEmpty() || h.kioskId.size() > 64) {
        return invalidRequest(QStringLiteral("/kiosk_id"), QStringLiteral("expects 1-64 characters"));
    }
    h.createdAt = QDateTime::fromString(request.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    if (!h.createdAt.isValid()) {
        return invalidRequest(QStringLiteral("/created_at"), QStringLiteral("expects an ISO 8601 date-time"));
    }
    const QString mode = request.value(QStringLiteral("mode")).toString();
    if (mode == modeName(Mode::Counter)) {
        h.mode = Mode::Counter;
    } else if (mode == modeName(Mode::SelfService)) {
        h.mode = Mode::SelfService;
    } else {
        return invalidRequest(QStringLiteral("/mode"), QStringLiteral("counter or self_service"));
    }
    const QJsonObject procedure = request.value(QStringLiteral("procedure")).toObject();
    h.procedureKind = procedure.value(QStringLiteral("kind")).toString();
    h.procedureId = procedure.value(QStringLiteral("id")).toString();
    if ((h.procedureKind != QLatin1String("form") && h.procedureKind != QLatin1String("life_event")) ||
        !idPattern().match(h.procedureId).hasMatch()) {
        return invalidRequest(QStringLiteral("/procedure"), QStringLiteral("expects {kind: form|life_event, id}"));
    }
    if (request.contains(QStringLiteral("municipality_code"))) {
        h.municipalityCode = request.value(QStringLiteral("municipality_code")).toString();
        if (!municipalityCode.match(h.municipalityCode).hasMatch()) {
            return invalidRequest(QStringLiteral("/municipality_code"), QStringLiteral("expects 5 digits"));
        }
    }
    if (request.contains(QStringLiteral("card"))) {
        h.cardIntegrity =
            request.value(QStringLiteral("card")).toObject().value(QStringLiteral("integrity")).toString();
        if (h.cardIntegrity != QLatin1String("verified") && h.cardIntegrity != QLatin1String("not_verifiable") &&
            h.cardIntegrity != QLatin1String("failed")) {
            return invalidRequest(QStringLiteral("/card/integrity"),
                                  QStringLiteral("verified, not_verifiable or failed"));
        }
    }
    if (request.contains(QStringLiteral("navigator_answers"))) {
        const QJsonValue answers = request.value(QStringLiteral("navigator_answers"));
        if (!answers.isObject()) {
            return invalidRequest(QStringLiteral("/navigator_answers"), QStringLiteral("expects {question: bool}"));
        }
        const QJsonObject o = answers.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!idPattern().match(it.key()).hasMatch() || !it.value().isBool()) {
                return invalidRequest(QStringLiteral("/navigator_answers/") + it.key(),
                                      QStringLiteral("expects a question id and yes (true) or no (false)"));
            }
            h.navigatorAnswers.insert(it.key(), it.value().toBool());
        }
    }
    return h;
}

Result<StoredRequest> readRequest(const QJsonObject &request, const FormCatalog &catalog)
{
    auto header = readRequestHeader(request);
    if (!header) {
        return header.error();
    }
    StoredRequest stored;
    static_cast<RequestHeader &>(stored) = *header;
    const QJsonArray forms = request.value(QStringLiteral("forms")).toArray();
    if (forms.isEmpty()) {
        return invalidRequest(QStringLiteral("/forms"), QStringLiteral("expects at least one form"));
    }
    for (qsizetype fi = 0; fi < forms.size(); ++fi) {
        const QString at = QStringLiteral("/forms/%1").arg(fi);
        const QJsonObject form = forms.at(fi).toObject();
        const QString formId = form.value(QStringLiteral("form_id")).toString();
        auto definition = catalog.shared(formId);
        if (!definition) {
            return FormsError::make(FormsErrorCode::UnknownForm, {}, formId, QStringLiteral("not in the catalog"));
        }
        StoredForm sf(definition);
        sf.formVersion = form.value(QStringLiteral("form_version")).toInt();
        if (auto e = StoredFormReader(sf, formId).read(form, at)) {
            return *e;
        }
        stored.forms.append(std::move(sf));
    }
    if (request.contains(QStringLiteral("fee_total"))) {
        qint64 sum = 0;
        for (const StoredForm &f : stored.forms) {
            if (!f.fee) {
                return invalidRequest(QStringLiteral("/fee_total"), QStringLiteral("a form without a fee"));
            }
            sum += f.fee->amount;
        }
        const QJsonValue total = request.value(QStringLiteral("fee_total"));
        if (!total.isDouble() || qint64(total.toDouble()) != sum || total.toDouble() != double(sum)) {
            return invalidRequest(QStringLiteral("/fee_total"), QStringLiteral("expects the sum of the forms' fees"));
        }
        stored.feeTotal = sum;
    }
    return stored;
}

FormContext StoredRequest::context(const QString &municipality) const
{
    FormContext c;
    c.today = createdAt.date();
    c.mode = mode;
    c.municipality = municipality;
    c.municipalityCode = municipalityCode;
    return c;
}

} // namespace kakanai::forms
