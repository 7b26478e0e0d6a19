// The translation keys of data texts (app/data/FormDataStrings.cpp) cover every text of the form definitions, life
// events, messages and presets a resident sees: a form changed without regenerating them fails here.
#include "tests/app/AppTestSupport.h"

#include "forms/FormCatalog.h"

#include <QTest>

namespace kakanai::kiosk {
QStringList formDataStrings();
}

using namespace kakanai;

class TestFormDataStrings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyResidentTextHasAKey()
    {
        const QStringList keys = kiosk::formDataStrings();
        QStringList missing;
        auto check = [&](const forms::LocalisedText &t) {
            if (!t.ja().isEmpty() && !keys.contains(t.ja())) {
                missing.append(t.ja());
            }
        };
        const forms::FormCatalog &catalog = testing::catalog();
        for (const QString &id : catalog.ids()) {
            const forms::FormDefinition *f = catalog.form(id);
            check(f->title);
            std::function<void(const QList<forms::FieldDefinition> &)> walk =
                [&](const QList<forms::FieldDefinition> &fields) {
                    for (const forms::FieldDefinition &field : fields) {
                        if (!field.shownIn(forms::Mode::SelfService)) {
                            continue;
                        }
                        check(field.label);
                        check(field.help);
                        for (const forms::ChoiceOption &o : field.options) {
                            check(o.label);
                        }
                        walk(field.itemFields);
                    }
                };
            walk(f->fields);
        }
        for (const forms::LifeEvent &e : testing::navigator().events()) {
            check(e.title);
            for (const forms::Deadline &d : e.deadlines) {
                check(d.rule); // shown on the done screen in the resident's language
            }
        }
        for (const QString &p : testing::policy().allPresetValues()) {
            if (!keys.contains(p)) {
                missing.append(p);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run app/tools/update_form_strings.py: ") +
                                               missing.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestFormDataStrings)
#include "TestFormDataStrings.moc"
