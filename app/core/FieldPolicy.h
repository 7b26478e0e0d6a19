#pragma once

#include "app/core/KioskConfig.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace kakanai::kiosk {

// How the kiosk asks for fields beyond what the form definitions say (app/data/kiosk-fields.json): which forms
// self-service offers, which choices it restricts (a proxy's request needs staff), preset answers for text a
// resident is never asked to type, on-screen keypads and the address composer.
class FieldPolicy
{
public:
    static QString embeddedFile(); // ":/kakanai/kiosk/kiosk-fields.json"
    // Loads and checks the file; problems name it. An empty policy asks everything with the plain editors.
    static FieldPolicy load(const QString &path, QList<ConfigProblem> *problems);
    static FieldPolicy parse(const QByteArray &json, QList<ConfigProblem> *problems);

    bool formInSelfService(const QString &formId) const;
    // Allowed values of a choice or boolean in self-service; empty: all of them.
    QList<QJsonValue> selfServiceOptions(const QString &formId, const QString &path) const;
    int selfServiceMaxItems(const QString &formId, const QString &listPath) const; // 0: no limit
    // Item field → card attribute ("name", "birth_date") for list items that the card holder fills.
    QHash<QString, QString> cardHolderItem(const QString &formId, const QString &listPath) const;
    QStringList presets(const QString &formId, const QString &path) const;
    QString keypad(const QString &formId, const QString &path) const; // "digits", "phone", "card_number" or ""
    // Whether the field is composed from postal code + town + block; pairedPostal gets the postal code field.
    bool isAddressField(const QString &formId, const QString &path, QString *pairedPostal = nullptr) const;

    // Every preset value of the file (for the translation strings).
    QStringList allPresetValues() const;

    // "movers[0].name" → "movers.name".
    static QString genericPath(const QString &path);

private:
    template<typename T>
    T lookup(const QHash<QString, T> &map, const QString &formId, const QString &path) const
    {
        const QString generic = genericPath(path);
        const auto specific = map.constFind(formId + QLatin1Char('/') + generic);
        if (specific != map.cend()) {
            return *specific;
        }
        return map.value(generic);
    }

    QStringList m_selfServiceForms;
    bool m_haveSelfServiceForms = false;
    QHash<QString, QList<QJsonValue>> m_selfServiceOptions;
    QHash<QString, int> m_selfServiceMaxItems;
    QHash<QString, QHash<QString, QString>> m_cardHolderItems;
    QHash<QString, QString> m_presetsFor;
    QHash<QString, QStringList> m_presets;
    QHash<QString, QString> m_keypads;
    QHash<QString, QString> m_addressFields;
};

} // namespace kakanai::kiosk
