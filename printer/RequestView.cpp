#include "RequestView.h"

#include "FormInstance.h"
#include "Request.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace kakanai::printer {

using namespace kakanai::forms;

namespace {

PrintError invalid(const QString &pointer, const QString &detail)
{
    return PrintError::make(PrintErrorCode::InvalidRequest, detail, pointer);
}

std::optional<PrintedValue> readValue(const QJsonValue &v)
{
    if (!v.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    const auto provenance = provenanceFromName(o.value(QStringLiteral("provenance")).toString());
    if (!provenance || !o.contains(QStringLiteral("value"))) {
        return std::nullopt;
    }
    PrintedValue p;
    p.value = o.value(QStringLiteral("value"));
    p.provenance = *provenance;
    if (o.contains(QStringLiteral("card_value"))) {
        p.cardValue = o.value(QStringLiteral("card_value"));
    }
    p.cardValueReplaced = o.value(QStringLiteral("card_value_replaced")).toBool(false);
    return p;
}

} // namespace

// The scope of one list item: item fields first, then the form's.
class RequestItemScope : public EvalScope
{
public:
    RequestItemScope(const RequestFormView &form, QString list, int index)
        : m_form(form)
        , m_list(std::move(list))
        , m_index(index)
    {}
    EvalValue field(const QString &path) const override
    {
        const QString local = itemPath(m_list, m_index, path);
        return isItemField(path) ? m_form.evalValue(local) : m_form.field(path);
    }
    bool present(const QString &path) const override
    {
        return isItemField(path) ? m_form.value(itemPath(m_list, m_index, path)) != nullptr : m_form.present(path);
    }
    int itemCount(const QString &listPath) const override { return m_form.itemCount(listPath); }
    std::unique_ptr<EvalScope> item(const QString &listPath, int index) const override
    {
        return m_form.item(listPath, index);
    }
    QDate today() const override { return m_form.today(); }
    QString context(const QString &key) const override { return m_form.context(key); }

private:
    bool isItemField(const QString &path) const
    {
        return m_form.definition().field(QString(m_list + QLatin1Char('.') + path)) != nullptr;
    }
    const RequestFormView &m_form;
    QString m_list;
    int m_index;
};

RequestFormView::RequestFormView(std::shared_ptr<const FormDefinition> definition, QDate today, QString mode,
                                 QString municipality)
    : m_definition(std::move(definition))
    , m_today(today)
    , m_mode(std::move(mode))
    , m_municipality(std::move(municipality))
{}

const PrintedValue *RequestFormView::value(const QString &path) const
{
    auto it = m_values.constFind(path);
    return it == m_values.constEnd() ? nullptr : &*it;
}

EvalValue RequestFormView::evalValue(const QString &path) const
{
    const PrintedValue *v = value(path);
    const FieldDefinition *f = m_definition->field(path);
    if (!v || !f || v->value.isNull() || v->value.isUndefined()) {
        return EvalValue::unknown();
    }
    switch (f->type) {
    case FieldType::Date:
        return EvalValue::fromDate(QDate::fromString(v->value.toString(), Qt::ISODate));
    case FieldType::Integer:
        return v->value.isDouble() ? EvalValue::fromNumber(v->value.toInteger()) : EvalValue::unknown();
    case FieldType::Boolean:
        return v->value.isBool() ? EvalValue::fromBool(v->value.toBool()) : EvalValue::unknown();
    case FieldType::MultiChoice: {
        EvalValue out;
        out.kind = EvalValue::Kind::List;
        for (const QJsonValue &item : v->value.toArray()) {
            out.list.append(item.toString());
        }
        return out;
    }
    default:
        return v->value.isString() && !v->value.toString().isEmpty() ? EvalValue::fromString(v->value.toString())
                                                                     : EvalValue::unknown();
    }
}

EvalValue RequestFormView::field(const QString &path) const
{
    return evalValue(path);
}

bool RequestFormView::present(const QString &path) const
{
    const PrintedValue *v = value(path);
    return v && !v->value.isNull() && !(v->value.isString() && v->value.toString().isEmpty());
}

int RequestFormView::itemCount(const QString &listPath) const
{
    return m_counts.value(listPath, 0);
}

std::unique_ptr<EvalScope> RequestFormView::item(const QString &listPath, int index) const
{
    return std::make_unique<RequestItemScope>(*this, listPath, index);
}

QString RequestFormView::context(const QString &key) const
{
    if (key == QLatin1String("mode")) {
        return m_mode;
    }
    if (key == QLatin1String("municipality")) {
        return m_municipality;
    }
    return QString();
}

bool RequestFormView::applies(const FieldDefinition &field, const EvalScope &scope) const
{
    return !field.appliesWhen || !field.appliesWhen->evaluate(scope).isFalse();
}

QList<LayoutSignature> RequestFormView::signatures() const
{
    QList<LayoutSignature> out;
    for (const LayoutSignature &s : m_definition->layout.signatures) {
        if (!s.when || s.when->evaluate(*this).isTrue()) {
            out.append(s);
        }
    }
    return out;
}

Result<RequestView> RequestView::parse(const QJsonObject &request, const FormCatalog &catalog,
                                       const QString &municipality)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    static const QRegularExpression id(QStringLiteral("^[a-z][a-z0-9_]*$"));
    RequestView view;
    if (request.value(QStringLiteral("schema_version")).toInt() != forms::RequestSchemaVersion) {
        return invalid(QStringLiteral("/schema_version"),
                       QStringLiteral("expects schema version %1").arg(forms::RequestSchemaVersion));
    }
    view.requestId = request.value(QStringLiteral("request_id")).toString();
    if (!uuid.match(view.requestId).hasMatch()) {
        return invalid(QStringLiteral("/request_id"), QStringLiteral("expects a UUIDv7"));
    }
    view.kioskId = request.value(QStringLiteral("kiosk_id")).toString();
    if (view.kioskId.isEmpty() || view.kioskId.size() > 64) {
        return invalid(QStringLiteral("/kiosk_id"), QStringLiteral("expects 1-64 characters"));
    }
    view.createdAt = QDateTime::fromString(request.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    if (!view.createdAt.isValid()) {
        return invalid(QStringLiteral("/created_at"), QStringLiteral("expects an ISO 8601 date-time"));
    }
    view.mode = request.value(QStringLiteral("mode")).toString();
    if (view.mode != QLatin1String("counter") && view.mode != QLatin1String("self_service")) {
        return invalid(QStringLiteral("/mode"), QStringLiteral("counter or self_service"));
    }
    const QJsonObject procedure = request.value(QStringLiteral("procedure")).toObject();
    view.procedureKind = procedure.value(QStringLiteral("kind")).toString();
    view.procedureId = procedure.value(QStringLiteral("id")).toString();
    if ((view.procedureKind != QLatin1String("form") && view.procedureKind != QLatin1String("life_event")) ||
        !id.match(view.procedureId).hasMatch()) {
        return invalid(QStringLiteral("/procedure"), QStringLiteral("expects {kind: form|life_event, id}"));
    }
    view.municipalityCode = request.value(QStringLiteral("municipality_code")).toString();

    const QJsonArray forms = request.value(QStringLiteral("forms")).toArray();
    if (forms.isEmpty()) {
        return invalid(QStringLiteral("/forms"), QStringLiteral("expects at least one form"));
    }
    for (qsizetype fi = 0; fi < forms.size(); ++fi) {
        const QString at = QStringLiteral("/forms/%1").arg(fi);
        const QJsonObject form = forms.at(fi).toObject();
        const QString formId = form.value(QStringLiteral("form_id")).toString();
        auto definition = catalog.shared(formId);
        if (!definition) {
            return PrintError::make(PrintErrorCode::UnknownForm, QStringLiteral("not in the catalog"), formId);
        }
        RequestFormView fv(definition, view.createdAt.date(), view.mode, municipality);
        fv.m_index = int(fi);
        fv.m_formVersion = form.value(QStringLiteral("form_version")).toInt();

        auto store = [&](const QString &path, const QJsonValue &json,
                         const QString &pointer) -> std::optional<PrintError> {
            if (!definition->field(path)) {
                return invalid(
                    pointer,
                    QStringLiteral("no field '%1' in form %2 version %3").arg(path, formId).arg(definition->version));
            }
            auto v = readValue(json);
            if (!v) {
                return invalid(pointer, QStringLiteral("expects {value, provenance}"));
            }
            fv.m_values.insert(path, *v);
            if (auto item = parseItemPath(path)) {
                fv.m_counts[item->list] = std::max(fv.m_counts.value(item->list), item->index + 1);
            }
            return std::nullopt;
        };

        const QJsonArray people = form.value(QStringLiteral("people")).toArray();
        for (qsizetype pi = 0; pi < people.size(); ++pi) {
            const QString pAt = at + QStringLiteral("/people/%1").arg(pi);
            const QJsonObject person = people.at(pi).toObject();
            const QString role = person.value(QStringLiteral("role")).toString();
            const PersonGroup *group = nullptr;
            for (const PersonGroup &g : definition->people) {
                if (g.role == role) {
                    group = &g;
                }
            }
            if (!group) {
                return invalid(pAt + QStringLiteral("/role"), QStringLiteral("no such role in form ") + formId);
            }
            const QJsonObject values = person.value(QStringLiteral("values")).toObject();
            const int index = person.value(QStringLiteral("index")).toInt(-1);
            if (!group->list.isEmpty()) {
                if (index < 0) {
                    return invalid(pAt + QStringLiteral("/index"), QStringLiteral("a list person needs its index"));
                }
                fv.m_counts[group->list] = std::max(fv.m_counts.value(group->list), index + 1);
            }
            for (auto it = values.begin(); it != values.end(); ++it) {
                const QString path =
                    group->list.isEmpty() ? group->prefix + it.key() : itemPath(group->list, index, it.key());
                if (auto e = store(path, it.value(), pAt + QStringLiteral("/values/") + it.key())) {
                    return *e;
                }
            }
        }
        const QJsonObject values = form.value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString vAt = at + QStringLiteral("/values/") + it.key();
            const QJsonObject o = it.value().toObject();
            if (o.contains(QStringLiteral("items"))) {
                const QJsonArray items = o.value(QStringLiteral("items")).toArray();
                fv.m_counts[it.key()] = std::max(fv.m_counts.value(it.key()), int(items.size()));
                for (qsizetype i = 0; i < items.size(); ++i) {
                    const QJsonObject item = items.at(i).toObject();
                    for (auto jt = item.begin(); jt != item.end(); ++jt) {
                        if (auto e = store(itemPath(it.key(), int(i), jt.key()), jt.value(),
                                           vAt + QStringLiteral("/items/%1/").arg(i) + jt.key())) {
                            return *e;
                        }
                    }
                }
            } else if (auto e = store(it.key(), it.value(), vAt)) {
                return *e;
            }
        }
        view.forms.append(fv);
    }
    return view;
}

QrPayload RequestView::qrPayload(const QString &formId) const
{
    QrPayload p;
    p.requestId = requestId;
    p.kioskId = kioskId;
    p.procedureKind = procedureKind;
    p.procedureId = procedureId;
    QDateTime utc = createdAt.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    p.created = utc;
    p.formId = formId;
    return p;
}

QString RequestView::receiptNumber() const
{
    const QString tail = requestId.right(6).toUpper();
    return tail.left(3) + QLatin1Char('-') + tail.mid(3);
}

} // namespace kakanai::printer
