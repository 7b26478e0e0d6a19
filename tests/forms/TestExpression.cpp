// The rule language of the form definitions: compile errors, three-valued evaluation, dates and ages.
#include "forms/Expression.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kakanai::forms;

namespace {

// A tiny world: root fields and one list "movers" whose items have "name" and "relation".
class Fields : public FieldResolver
{
public:
    explicit Fields(bool item = false)
        : m_item(item)
    {}
    bool hasField(const QString &path) const override
    {
        static const QStringList root = {
            QStringLiteral("a"),     QStringLiteral("b"),       QStringLiteral("birth"),     QStringLiteral("moved_on"),
            QStringLiteral("items"), QStringLiteral("address"), QStringLiteral("unanswered")};
        return root.contains(path) || (m_item && (path == QLatin1String("name") || path == QLatin1String("relation")));
    }
    bool isList(const QString &path) const override { return path == QLatin1String("movers"); }
    std::unique_ptr<FieldResolver> itemResolver(const QString &) const override
    {
        return std::make_unique<Fields>(true);
    }

private:
    bool m_item;
};

class Scope : public EvalScope
{
public:
    QHash<QString, EvalValue> values;
    QList<QHash<QString, EvalValue>> movers;
    QDate day = QDate(2025, 4, 10);
    QString municipality = QStringLiteral("東京都千代田区");
    int itemIndex = -1;
    const Scope *root = nullptr;

    EvalValue field(const QString &path) const override
    {
        if (itemIndex >= 0 && root->movers.at(itemIndex).contains(path)) {
            return root->movers.at(itemIndex).value(path);
        }
        const Scope &r = root ? *root : *this;
        return r.values.value(path);
    }
    bool present(const QString &path) const override { return !field(path).isUnknown(); }
    int itemCount(const QString &) const override { return int((root ? root : this)->movers.size()); }
    std::unique_ptr<EvalScope> item(const QString &, int index) const override
    {
        auto s = std::make_unique<Scope>();
        s->root = root ? root : this;
        s->itemIndex = index;
        s->day = day;
        s->municipality = municipality;
        return s;
    }
    QDate today() const override { return day; }
    QString context(const QString &key) const override
    {
        return key == QLatin1String("municipality") ? municipality : QStringLiteral("counter");
    }
};

QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    return doc.array().at(0);
}

Scope world()
{
    Scope s;
    s.values.insert(QStringLiteral("a"), EvalValue::fromNumber(3));
    s.values.insert(QStringLiteral("b"), EvalValue::fromString(QStringLiteral("x")));
    s.values.insert(QStringLiteral("birth"), EvalValue::fromDate(QDate(2010, 4, 11)));
    s.values.insert(QStringLiteral("moved_on"), EvalValue::fromDate(QDate(2025, 3, 27)));
    EvalValue items;
    items.kind = EvalValue::Kind::List;
    items.list = {QStringLiteral("kojin_bango")};
    s.values.insert(QStringLiteral("items"), items);
    s.values.insert(QStringLiteral("address"), EvalValue::fromString(QStringLiteral("東京都千代田区丸の内１－１")));
    s.movers = {{{QStringLiteral("relation"), EvalValue::fromString(QStringLiteral("head"))}},
                {{QStringLiteral("relation"), EvalValue::fromString(QStringLiteral("child"))}},
                {}};
    return s;
}

} // namespace

class TestExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void compileErrors_data();
    void compileErrors();
    void age_data();
    void age();
};

void TestExpression::evaluate_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected"); // "true", "false", "unknown" or a number/date as text
    QTest::newRow("literal true") << QStringLiteral("true") << QStringLiteral("true");
    QTest::newRow("eq number") << QStringLiteral(R"({"eq":[{"field":"a"},3]})") << QStringLiteral("true");
    QTest::newRow("ne string") << QStringLiteral(R"({"ne":[{"field":"b"},"x"]})") << QStringLiteral("false");
    QTest::newRow("error: undeclared field refused at compile time")
        << QStringLiteral(R"({"field":"missing_is_not_declared"})") << QStringLiteral("compile-error");
    QTest::newRow("unanswered field is unknown")
        << QStringLiteral(R"({"field":"unanswered"})") << QStringLiteral("unknown");
    QTest::newRow("comparison with unanswered is unknown")
        << QStringLiteral(R"({"lt":[{"field":"a"},{"field":"unanswered"}]})") << QStringLiteral("unknown");
    QTest::newRow("not of unknown stays unknown")
        << QStringLiteral(R"({"not":{"field":"unanswered"}})") << QStringLiteral("unknown");
    QTest::newRow("any of unknown and false is unknown")
        << QStringLiteral(R"({"any":[false,{"eq":[{"field":"unanswered"},1]}]})") << QStringLiteral("unknown");
    QTest::newRow("all of unknown and false is false")
        << QStringLiteral(R"({"all":[false,{"eq":[{"field":"unanswered"},1]}]})") << QStringLiteral("false");
    QTest::newRow("date le date") << QStringLiteral(R"({"le":[{"field":"moved_on"},{"today":true}]})")
                                  << QStringLiteral("true");
    QTest::newRow("date vs iso literal") << QStringLiteral(R"({"lt":[{"field":"moved_on"},"2025-03-28"]})")
                                         << QStringLiteral("true");
    QTest::newRow("add days crosses window")
        << QStringLiteral(R"({"le":[{"today":true},{"add_days":[{"field":"moved_on"},14]}]})")
        << QStringLiteral("true");
    QTest::newRow("add days one short") << QStringLiteral(
                                               R"({"le":[{"today":true},{"add_days":[{"field":"moved_on"},13]}]})")
                                        << QStringLiteral("false");
    QTest::newRow("year of today") << QStringLiteral(R"({"year":{"today":true}})") << QStringLiteral("2025");
    QTest::newRow("sub") << QStringLiteral(R"({"sub":[{"field":"a"},1]})") << QStringLiteral("2");
    QTest::newRow("make date") << QStringLiteral(R"({"date":[2025,1,1]})") << QStringLiteral("2025-01-01");
    QTest::newRow("in list") << QStringLiteral(R"({"in":[{"field":"b"},["y","x"]]})") << QStringLiteral("true");
    QTest::newRow("contains") << QStringLiteral(R"({"contains":[{"field":"items"},"kojin_bango"]})")
                              << QStringLiteral("true");
    QTest::newRow("contains on non-list is unknown")
        << QStringLiteral(R"({"contains":[{"field":"b"},"x"]})") << QStringLiteral("unknown");
    QTest::newRow("all with a false") << QStringLiteral(R"({"all":[true,false]})") << QStringLiteral("false");
    QTest::newRow("any with a true") << QStringLiteral(R"({"any":[false,true]})") << QStringLiteral("true");
    QTest::newRow("not") << QStringLiteral(R"({"not":false})") << QStringLiteral("true");
    QTest::newRow("count") << QStringLiteral(R"({"count":"movers"})") << QStringLiteral("3");
    QTest::newRow("any item") << QStringLiteral(R"({"any_item":["movers",{"eq":[{"field":"relation"},"head"]}]})")
                              << QStringLiteral("true");
    QTest::newRow("all items unknown when one undecided")
        << QStringLiteral(R"({"all_items":["movers",{"in":[{"field":"relation"},["head","child"]]}]})")
        << QStringLiteral("unknown");
    QTest::newRow("all items false when one is false")
        << QStringLiteral(R"({"all_items":["movers",{"eq":[{"field":"relation"},"head"]}]})")
        << QStringLiteral("false");
    QTest::newRow("count items") << QStringLiteral(R"({"count_items":["movers",{"eq":[{"field":"relation"},"head"]}]})")
                                 << QStringLiteral("1");
    QTest::newRow("in municipality") << QStringLiteral(R"({"in_municipality":{"field":"address"}})")
                                     << QStringLiteral("true");
    QTest::newRow("not in municipality") << QStringLiteral(R"({"in_municipality":"大阪府大阪市北区梅田1-2-3"})")
                                         << QStringLiteral("false");
    QTest::newRow("in municipality without prefecture")
        << QStringLiteral(R"({"in_municipality":"千代田区丸の内1"})") << QStringLiteral("true");
    QTest::newRow("same address") << QStringLiteral(
                                         R"({"same_address":[{"field":"address"},"東京都千代田区丸の内一丁目1番"]})")
                                  << QStringLiteral("true");
}

void TestExpression::evaluate()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    const Fields fields;
    const auto compiled = Expr::compile(json(expression.toUtf8().constData()), fields, QStringLiteral("test"));
    if (expected == QLatin1String("compile-error")) {
        QVERIFY(!compiled.ok());
        return;
    }
    QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.error().toLogString()));
    const Scope scope = world();
    const EvalValue v = (*compiled)->evaluate(scope);
    QString actual;
    switch (v.kind) {
    case EvalValue::Kind::Unknown:
        actual = QStringLiteral("unknown");
        break;
    case EvalValue::Kind::Bool:
        actual = v.boolean ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case EvalValue::Kind::Number:
        actual = QString::number(v.number);
        break;
    case EvalValue::Kind::Date:
        actual = v.date.toString(Qt::ISODate);
        break;
    default:
        actual = v.string;
    }
    QCOMPARE(actual, expected);
}

void TestExpression::compileErrors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("where");
    QTest::newRow("error: unknown operator") << QStringLiteral(R"({"equals":[1,1]})") << QStringLiteral("test");
    QTest::newRow("error: two operators") << QStringLiteral(R"({"eq":[1,1],"ne":[1,2]})") << QStringLiteral("test");
    QTest::newRow("error: unknown field") << QStringLiteral(R"({"field":"nope"})") << QStringLiteral("test.field");
    QTest::newRow("error: wrong arity") << QStringLiteral(R"({"eq":[1]})") << QStringLiteral("test.eq");
    QTest::newRow("error: nested unknown field")
        << QStringLiteral(R"({"all":[true,{"eq":[{"field":"zz"},1]}]})") << QStringLiteral("test.all[1].eq[0].field");
    QTest::newRow("error: fractional number") << QStringLiteral("1.5") << QStringLiteral("test");
    QTest::newRow("error: array is no expression") << QStringLiteral("[1,2]") << QStringLiteral("test");
    QTest::newRow("error: null") << QStringLiteral("null") << QStringLiteral("test");
    QTest::newRow("error: today needs true") << QStringLiteral(R"({"today":1})") << QStringLiteral("test.today");
    QTest::newRow("error: unknown context")
        << QStringLiteral(R"({"context":"secret"})") << QStringLiteral("test.context");
    QTest::newRow("error: any_item on a non-list")
        << QStringLiteral(R"({"any_item":["a",true]})") << QStringLiteral("test.any_item");
    QTest::newRow("error: item field outside its list")
        << QStringLiteral(R"({"present":"relation"})") << QStringLiteral("test.present");
    QTest::newRow("error: bad month") << QStringLiteral(R"({"date":[2025,13,1]})") << QStringLiteral("test.date");
    QTest::newRow("error: in without list") << QStringLiteral(R"({"in":[1,2]})") << QStringLiteral("test.in[1]");
    QTest::newRow("error: nested too deep")
        << QStringLiteral("{\"not\":").repeated(40) + QStringLiteral("true") + QStringLiteral("}").repeated(40)
        << QString();
}

void TestExpression::compileErrors()
{
    QFETCH(QString, expression);
    QFETCH(QString, where);
    const Fields fields;
    const auto compiled = Expr::compile(json(expression.toUtf8().constData()), fields, QStringLiteral("test"));
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error().code, FormsErrorCode::InvalidDefinition);
    if (!where.isNull()) {
        QCOMPARE(compiled.error().field, where);
    }
}

void TestExpression::age_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");
    QTest::newRow("day before 15th birthday") << QDate(2010, 4, 11) << QDate(2025, 4, 10) << 14;
    QTest::newRow("15th birthday") << QDate(2010, 4, 11) << QDate(2025, 4, 11) << 15;
    QTest::newRow("29 feb in a common year, 28 feb") << QDate(2008, 2, 29) << QDate(2023, 2, 28) << 14;
    QTest::newRow("29 feb in a common year, 1 mar") << QDate(2008, 2, 29) << QDate(2023, 3, 1) << 15;
    QTest::newRow("29 feb in a leap year") << QDate(2008, 2, 29) << QDate(2024, 2, 29) << 16;
    QTest::newRow("newborn") << QDate(2025, 4, 10) << QDate(2025, 4, 10) << 0;
}

void TestExpression::age()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, age);
    Scope scope;
    scope.values.insert(QStringLiteral("birth"), EvalValue::fromDate(birth));
    scope.day = on;
    const Fields fields;
    const auto e = Expr::compile(json(R"({"age":[{"field":"birth"},{"today":true}]})"), fields, QStringLiteral("t"));
    QVERIFY(e.ok());
    const EvalValue v = (*e)->evaluate(scope);
    QCOMPARE(v.kind, EvalValue::Kind::Number);
    QCOMPARE(int(v.number), age);
}

QTEST_GUILESS_MAIN(TestExpression)
#include "TestExpression.moc"
