#include "app/core/FieldPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kakanai::kiosk {

QString FieldPolicy::embeddedFile()
{
    return QStringLiteral(":/kakanai/kiosk/kiosk-fields.json");
}

QString FieldPolicy::genericPath(const QString &path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString out = path;
    out.remove(index);
    return out;
}

FieldPolicy FieldPolicy::load(const QString &path, QList<ConfigProblem> *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({path, QStringLiteral("cannot read: ") + file.errorString()});
        return {};
    }
    return parse(file.readAll(), problems);
}

FieldPolicy FieldPolicy::parse(const QByteArray &json, QList<ConfigProblem> *problems)
{
    FieldPolicy p;
    const QString where = QStringLiteral("kiosk-fields.json");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        problems->append({where, QStringLiteral("not a JSON object: ") + error.errorString()});
        return p;
    }
    const QJsonObject root = doc.object();
    static const QStringList known = {QStringLiteral("format"),
                                      QStringLiteral("description"),
                                      QStringLiteral("self_service_forms"),
                                      QStringLiteral("self_service_options"),
                                      QStringLiteral("self_service_max_items"),
                                      QStringLiteral("card_holder_items"),
                                      QStringLiteral("presets_for"),
                                      QStringLiteral("presets"),
                                      QStringLiteral("keypads"),
                                      QStringLiteral("address_fields")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key())) {
            problems->append({where, QStringLiteral("unknown key '%1'").arg(it.key())});
        }
    }
    if (root.value(QStringLiteral("format")).toInt() != 1) {
        problems->append({where, QStringLiteral("format must be 1")});
    }
    if (root.contains(QStringLiteral("self_service_forms"))) {
        p.m_haveSelfServiceForms = true;
        for (const QJsonValue &v : root.value(QStringLiteral("self_service_forms")).toArray()) {
            p.m_selfServiceForms.append(v.toString());
        }
    }
    const QJsonObject options = root.value(QStringLiteral("self_service_options")).toObject();
    for (auto it = options.begin(); it != options.end(); ++it) {
        QList<QJsonValue> values;
        for (const QJsonValue &v : it.value().toArray()) {
            values.append(v);
        }
        p.m_selfServiceOptions.insert(it.key(), values);
    }
    const QJsonObject maxItems = root.value(QStringLiteral("self_service_max_items")).toObject();
    for (auto it = maxItems.begin(); it != maxItems.end(); ++it) {
        p.m_selfServiceMaxItems.insert(it.key(), it.value().toInt());
    }
    const QJsonObject holder = root.value(QStringLiteral("card_holder_items")).toObject();
    for (auto it = holder.begin(); it != holder.end(); ++it) {
        QHash<QString, QString> fields;
        const QJsonObject o = it.value().toObject();
        for (auto f = o.begin(); f != o.end(); ++f) {
            const QString attribute = f.value().toString();
            if (attribute != QLatin1String("name") && attribute != QLatin1String("birth_date")) {
                problems->append(
                    {where, QStringLiteral("card_holder_items.%1.%2: name or birth_date").arg(it.key(), f.key())});
            }
            fields.insert(f.key(), attribute);
        }
        p.m_cardHolderItems.insert(it.key(), fields);
    }
    const QJsonObject presets = root.value(QStringLiteral("presets")).toObject();
    for (auto it = presets.begin(); it != presets.end(); ++it) {
        QStringList values;
        for (const QJsonValue &v : it.value().toArray()) {
            values.append(v.toString());
        }
        p.m_presets.insert(it.key(), values);
    }
    const QJsonObject presetsFor = root.value(QStringLiteral("presets_for")).toObject();
    for (auto it = presetsFor.begin(); it != presetsFor.end(); ++it) {
        if (!p.m_presets.contains(it.value().toString())) {
            problems->append(
                {where, QStringLiteral("presets_for.%1: no preset list '%2'").arg(it.key(), it.value().toString())});
        }
        p.m_presetsFor.insert(it.key(), it.value().toString());
    }
    const QJsonObject keypads = root.value(QStringLiteral("keypads")).toObject();
    for (auto it = keypads.begin(); it != keypads.end(); ++it) {
        const QString kind = it.value().toString();
        if (kind != QLatin1String("digits") && kind != QLatin1String("phone") && kind != QLatin1String("card_number")) {
            problems->append({where, QStringLiteral("keypads.%1: digits, phone or card_number").arg(it.key())});
        }
        p.m_keypads.insert(it.key(), kind);
    }
    const QJsonObject address = root.value(QStringLiteral("address_fields")).toObject();
    for (auto it = address.begin(); it != address.end(); ++it) {
        p.m_addressFields.insert(it.key(), it.value().toString());
    }
    return p;
}

bool FieldPolicy::formInSelfService(const QString &formId) const
{
    return !m_haveSelfServiceForms || m_selfServiceForms.contains(formId);
}

QList<QJsonValue> FieldPolicy::selfServiceOptions(const QString &formId, const QString &path) const
{
    return lookup(m_selfServiceOptions, formId, path);
}

int FieldPolicy::selfServiceMaxItems(const QString &formId, const QString &listPath) const
{
    return lookup(m_selfServiceMaxItems, formId, listPath);
}

QHash<QString, QString> FieldPolicy::cardHolderItem(const QString &formId, const QString &listPath) const
{
    return lookup(m_cardHolderItems, formId, listPath);
}

QStringList FieldPolicy::presets(const QString &formId, const QString &path) const
{
    const QString list = lookup(m_presetsFor, formId, path);
    return list.isEmpty() ? QStringList() : m_presets.value(list);
}

QString FieldPolicy::keypad(const QString &formId, const QString &path) const
{
    return lookup(m_keypads, formId, path);
}

bool FieldPolicy::isAddressField(const QString &formId, const QString &path, QString *pairedPostal) const
{
    const QString generic = genericPath(path);
    const QString specific = formId + QLatin1Char('/') + generic;
    const auto it =
        m_addressFields.contains(specific) ? m_addressFields.constFind(specific) : m_addressFields.constFind(generic);
    if (it == m_addressFields.cend()) {
        return false;
    }
    if (pairedPostal) {
        *pairedPostal = *it;
    }
    return true;
}

QStringList FieldPolicy::allPresetValues() const
{
    QStringList out;
    for (auto it = m_presets.cbegin(); it != m_presets.cend(); ++it) {
        for (const QString &v : *it) {
            if (!out.contains(v)) {
                out.append(v);
            }
        }
    }
    return out;
}

} // namespace kakanai::kiosk
