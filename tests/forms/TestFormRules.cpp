// The legal rules of each form, as the back office would check them: one row per rule, with the example resident
// and answers of resources/examples/ changed just enough to trip (or just not trip) the rule.
#include "tests/forms/FormsTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kakanai::forms;
using namespace kakanai::forms::testing;

namespace {

// Applies overrides to the example answers: {"key": value} sets a resident answer, null removes it, and a key
// "staff:key" targets the staff section.
Answers withOverrides(const QString &formId, const QString &overridesJson)
{
    Answers answers = exampleAnswers(formId);
    const QJsonObject overrides = QJsonDocument::fromJson(overridesJson.toUtf8()).object();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        QJsonObject &section = it.key().startsWith(QLatin1String("staff:")) ? answers.staff : answers.resident;
        const QString key = it.key().startsWith(QLatin1String("staff:")) ? it.key().mid(6) : it.key();
        if (it.value().isNull()) {
            section.remove(key);
        } else {
            section.insert(key, it.value());
        }
    }
    return answers;
}

} // namespace

class TestFormRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void delivery_data();
    void delivery();
    void severityOfIssues();
};

void TestFormRules::rules_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("resident");
    QTest::addColumn<QString>("overrides");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("municipality");
    QTest::addColumn<QStringList>("expected"); // "field:code", errors and warnings, in any order

    const QString yamada = QStringLiteral("yamada_taro.json");
    const QString suzuki = QStringLiteral("suzuki_hanako.json");
    const QString counter = QStringLiteral("counter");
    const QString chiyoda = QStringLiteral("東京都千代田区");
    auto row = [&](const char *name, const char *form, const QString &resident, const char *overrides,
                   QStringList expected, const QString &mode = QStringLiteral("counter"),
                   const QString &municipality = QStringLiteral("東京都千代田区")) {
        QTest::newRow(name) << QString::fromLatin1(form) << resident << QString::fromUtf8(overrides) << mode
                            << municipality << expected;
    };

    // 住民票の写し (住民基本台帳法 第12条・第12条の3・第12条の4)
    row("juminhyo: example is valid", "juminhyo", yamada, "{}", {});
    row("error: juminhyo proxy without power of attorney", "juminhyo", yamada,
        R"({"relation":"proxy","requester.name":"山田　花子","requester.address":"東京都千代田区丸の内１－１－１","requester.birth_date":"1950-01-01"})",
        {QStringLiteral("power_of_attorney:required")});
    row("error: juminhyo proxy whose power of attorney is missing", "juminhyo", yamada,
        R"({"relation":"proxy","power_of_attorney":false,"requester.name":"山田　花子","requester.address":"東京都千代田区丸の内１－１－１","requester.birth_date":"1950-01-01"})",
        {QStringLiteral("power_of_attorney:power_of_attorney_required")});
    row("error: juminhyo proxy without the requester", "juminhyo", yamada,
        R"({"relation":"proxy","power_of_attorney":true})",
        {QStringLiteral("requester.name:required"), QStringLiteral("requester.address:required"),
         QStringLiteral("requester.birth_date:required")});
    row("error: juminhyo third party asking for the individual number", "juminhyo", yamada,
        R"({"relation":"third_party","third_party.reason":"貸金の回収","items":["kojin_bango"],"subject.same_as_requester":false,"subject.name":"佐藤　一","subject.address":"東京都千代田区神田１－１","subject.birth_date":"1970-01-01"})",
        {QStringLiteral("items:third_party_individual_number")});
    row("error: juminhyo third party without a reason", "juminhyo", yamada,
        R"({"relation":"third_party","subject.same_as_requester":false,"subject.name":"佐藤　一","subject.address":"東京都千代田区神田１－１","subject.birth_date":"1970-01-01"})",
        {QStringLiteral("third_party.reason:required")});
    // 広域交付 (第12条の4) is decided from the requester's address (the card's, unless a proxy asks): a 千代田区 card
    // at a 港区 kiosk is a 広域交付 request and its limits apply; at a 千代田区 kiosk the same answers are ordinary.
    const QString minato = QStringLiteral("東京都港区");
    row("error: juminhyo wide area with honseki and no photo id", "juminhyo", yamada,
        R"({"items":["honseki_hittousha"],"staff:id_document":"qualification_certificate"})",
        {QStringLiteral("id_document:wide_area_photo_id_required"), QStringLiteral("items:wide_area_honseki_omitted")},
        counter, minato);
    row("juminhyo the same answers at the card's own municipality", "juminhyo", yamada,
        R"({"items":["honseki_hittousha"],"staff:id_document":"qualification_certificate"})", {}, counter, chiyoda);
    row("error: juminhyo wide area by a proxy", "juminhyo", yamada,
        R"({"relation":"proxy","power_of_attorney":true,"requester.name":"山田　花子","requester.address":"東京都千代田区丸の内１－１－１","requester.birth_date":"1950-01-01"})",
        {QStringLiteral("relation:wide_area_self_or_household_only")}, counter, minato);
    row("juminhyo a proxy living in the kiosk's municipality", "juminhyo", yamada,
        R"({"relation":"proxy","power_of_attorney":true,"requester.name":"山田　花子","requester.address":"東京都港区芝公園１－１－１","requester.birth_date":"1950-01-01"})",
        {}, counter, minato);
    row("error: juminhyo a resident cannot answer 広域交付", "juminhyo", yamada,
        R"({"wide_area":false,"items":["honseki_hittousha"]})",
        {QStringLiteral("wide_area:not_editable"), QStringLiteral("items:wide_area_honseki_omitted")}, counter, minato);
    row("error: juminhyo wide area in self-service", "juminhyo", yamada,
        R"({"items":["honseki_hittousha"],"staff:id_document":null})",
        {QStringLiteral("items:wide_area_honseki_omitted")}, QStringLiteral("self_service"), minato);
    row("error: juminhyo without purpose", "juminhyo", yamada, R"({"purpose":null})",
        {QStringLiteral("purpose:required")});
    row("error: juminhyo copies out of range", "juminhyo", yamada, R"({"copies":11})",
        {QStringLiteral("copies:out_of_range")});
    row("error: juminhyo unknown option", "juminhyo", yamada, R"({"scope":"half"})",
        {QStringLiteral("scope:invalid_choice")});
    row("error: juminhyo some members without names", "juminhyo", yamada,
        R"({"scope":"some","persons":[{"birth_date":"2000-01-01"}]})", {QStringLiteral("persons[0].name:required")});
    row("error: juminhyo counter mode needs the id document", "juminhyo", yamada, R"({"staff:id_document":null})",
        {QStringLiteral("id_document:required")});
    row("juminhyo self-service needs no id document", "juminhyo", yamada, R"({"staff:id_document":null})", {},
        QStringLiteral("self_service"));
    row("error: juminhyo resident answers a counter-only field", "juminhyo", yamada,
        R"({"staff:id_document":null,"id_document":"passport"})", {QStringLiteral("id_document:not_in_mode")},
        QStringLiteral("self_service"));

    // 印鑑登録証明書
    row("inkan: example is valid", "inkan", yamada, "{}", {});
    row("error: inkan without the registration card", "inkan", yamada, R"({"registration_card_presented":false})",
        {QStringLiteral("registration_card_presented:registration_card_required")});
    row("error: inkan registrant under 15", "inkan", yamada,
        R"({"counter_person_is_registrant":false,"registrant.name":"山田　次郎","registrant.address":"東京都千代田区丸の内１－１－１","registrant.birth_date":"2010-04-11"})",
        {QStringLiteral("registrant.birth_date:registrant_under_15")});
    row("inkan registrant turning 15 today", "inkan", yamada,
        R"({"counter_person_is_registrant":false,"registrant.name":"山田　次郎","registrant.address":"東京都千代田区丸の内１－１－１","registrant.birth_date":"2010-04-10"})",
        {});
    row("error: inkan malformed registration number", "inkan", yamada, R"({"registration_number":"12 34"})",
        {QStringLiteral("registration_number:invalid_format")});
    row("inkan full-width registration number", "inkan", yamada, R"({"registration_number":"１２３４５"})", {});

    // 戸籍 (戸籍法 第10条・第10条の2・第120条の2)
    row("koseki: example is valid", "koseki", yamada, "{}", {});
    row("error: koseki wide area by a proxy", "koseki", yamada,
        R"({"wide_area":true,"requester.category":"proxy","power_of_attorney":true,"principal.name":"山田　一郎","principal.address":"東京都千代田区千代田１","principal.birth_date":"1950-01-01"})",
        {QStringLiteral("requester.category:wide_area_no_proxy")});
    row("error: koseki wide area for a right holder", "koseki", yamada,
        R"({"wide_area":true,"requester.category":"right","right.fact":"相続","right.purpose":"相続登記"})",
        {QStringLiteral("requester.category:wide_area_self_family_only")});
    row("error: koseki wide area without photo id", "koseki", yamada,
        R"({"wide_area":true,"staff:id_document":"qualification_certificate"})",
        {QStringLiteral("id_document:wide_area_photo_id_required")});
    row("error: koseki wide area individual extract", "koseki", yamada,
        R"({"wide_area":true,"kind":"kojin","persons":[{"name":"山田　太郎"}]})",
        {QStringLiteral("kind:wide_area_kind_unavailable")});
    row("error: koseki right holder without reasons", "koseki", yamada, R"({"requester.category":"right"})",
        {QStringLiteral("right.fact:required"), QStringLiteral("right.purpose:required")});
    row("error: koseki government body missing", "koseki", yamada, R"({"requester.category":"government"})",
        {QStringLiteral("government.body:required"), QStringLiteral("government.purpose:required")});
    row("error: koseki individual extract without persons", "koseki", yamada, R"({"kind":"kojin"})",
        {QStringLiteral("persons:required")});
    row("error: koseki self or family without relationship", "koseki", yamada, R"({"requester.relationship":null})",
        {QStringLiteral("requester.relationship:required")});

    // 税証明 (地方税法: 賦課期日 1月1日)
    row("zeishomei: example is valid", "zeishomei", yamada, "{}", {});
    row("error: zeishomei tax year in the future", "zeishomei", yamada, R"({"tax_year":2026})",
        {QStringLiteral("tax_year:tax_year_unavailable")});
    row("error: zeishomei tax year six years back", "zeishomei", yamada, R"({"tax_year":2020})",
        {QStringLiteral("tax_year:tax_year_unavailable")});
    row("zeishomei oldest available year", "zeishomei", yamada, R"({"tax_year":2021})", {});
    row("error: zeishomei not resident on 1 January", "zeishomei", yamada,
        R"({"jan1_same_as_current":false,"jan1_address":"大阪府大阪市北区梅田１－２－３"})",
        {QStringLiteral("jan1_address:not_resident_on_january_1")});
    row("zeishomei elsewhere in the same city on 1 January", "zeishomei", yamada,
        R"({"jan1_same_as_current":false,"jan1_address":"東京都千代田区神田神保町１－１"})", {});
    row("error: zeishomei 1 January address missing", "zeishomei", yamada, R"({"jan1_same_as_current":false})",
        {QStringLiteral("jan1_address:required")});
    row("error: zeishomei card holder moved in this year", "zeishomei", suzuki, "{}",
        {QStringLiteral("jan1_address:not_resident_on_january_1")});
    row("error: zeishomei proxy without power of attorney", "zeishomei", yamada,
        R"({"requester.relation":"proxy","subject.name":"山田　花子","subject.address":"東京都千代田区丸の内１－１－１","subject.birth_date":"1950-01-01"})",
        {QStringLiteral("power_of_attorney:required")});

    // 転入届 (住民基本台帳法 第22条, 特例転入 第24条の2)
    row("tennyu: example is valid", "tennyu", suzuki, "{}", {});
    row("tennyu late notification is a warning", "tennyu", suzuki, R"({"moved_on":"2025-03-20"})",
        {QStringLiteral("notified_on:late_notification")});
    row("error: tennyu without moving-out certificate", "tennyu", suzuki, R"({"moving_out_certificate":false})",
        {QStringLiteral("moving_out_certificate:moving_out_certificate_required")});
    row("tennyu special transfer within both windows", "tennyu", suzuki,
        R"({"path":"special","planned_move_out_on":"2025-03-25","moving_out_certificate":null})", {});
    row("tennyu special transfer on day 14 and day 30", "tennyu", suzuki,
        R"({"path":"special","moved_on":"2025-03-27","planned_move_out_on":"2025-03-11","moving_out_certificate":null})",
        {});
    row("error: tennyu special transfer after 14 days", "tennyu", suzuki,
        R"({"path":"special","moved_on":"2025-03-26","planned_move_out_on":"2025-03-25","moving_out_certificate":null})",
        {QStringLiteral("moved_on:special_transfer_14_days"), QStringLiteral("notified_on:late_notification")});
    row("error: tennyu special transfer 31 days after the planned move-out", "tennyu", suzuki,
        R"({"path":"special","planned_move_out_on":"2025-03-10","moving_out_certificate":null})",
        {QStringLiteral("planned_move_out_on:special_transfer_30_days")});
    row("error: tennyu special transfer without planned date", "tennyu", suzuki,
        R"({"path":"special","moving_out_certificate":null})", {QStringLiteral("planned_move_out_on:required")});
    row("error: tennyu from the same city", "tennyu", yamada, "{}",
        {QStringLiteral("previous_address:previous_address_in_municipality")});
    row("tennyu municipality rules skipped without a configured municipality", "tennyu", yamada, "{}", {},
        QStringLiteral("counter"), QString());
    row("error: tennyu new address elsewhere", "tennyu", suzuki,
        R"({"new_address.address":"神奈川県横浜市中区山下町１"})",
        {QStringLiteral("new_address.address:new_address_outside_municipality")});
    row("error: tennyu two heads of household", "tennyu", suzuki,
        R"({"movers":[{"relation":"head"},{"name":"鈴木　一郎","birth_date":"2018-06-15","sex":"1","relation":"head"}]})",
        {QStringLiteral("movers:several_heads")});
    row("error: tennyu no head among movers and none named", "tennyu", suzuki,
        R"({"movers":[{"relation":"wife"},{"name":"鈴木　一郎","birth_date":"2018-06-15","sex":"1","relation":"child"}]})",
        {QStringLiteral("head_of_household.name:head_of_household_required")});
    row("tennyu joining an existing household", "tennyu", suzuki,
        R"({"head_of_household.name":"鈴木　大輔","movers":[{"relation":"wife"},{"name":"鈴木　一郎","birth_date":"2018-06-15","sex":"1","relation":"child"}]})",
        {});
    row("error: tennyu mover born after the move", "tennyu", suzuki,
        R"({"movers":[{"relation":"head"},{"name":"鈴木　一郎","birth_date":"2025-04-05","sex":"1","relation":"child"}]})",
        {QStringLiteral("movers[1].birth_date:born_after_move")});
    row("error: tennyu mover without relation", "tennyu", suzuki,
        R"({"movers":[{"relation":"head"},{"name":"鈴木　一郎","birth_date":"2018-06-15","sex":"1"}]})",
        {QStringLiteral("movers[1].relation:required")});
    row("error: tennyu foreign resident without residence data", "tennyu", suzuki,
        R"({"movers":[{"relation":"head"},{"name":"NGUYEN VAN AN","birth_date":"1996-07-21","sex":"1","relation":"cohabitant","is_foreign":true}]})",
        {QStringLiteral("movers[1].nationality:required"), QStringLiteral("movers[1].residence_category:required")});
    row("error: tennyu mid- to long-term resident without card data", "tennyu", suzuki,
        R"({"movers":[{"relation":"head"},{"name":"NGUYEN VAN AN","birth_date":"1996-07-21","sex":"1","relation":"cohabitant","is_foreign":true,"nationality":"ベトナム","residence_category":"chuchoki"}]})",
        {QStringLiteral("movers[1].residence_status:required"), QStringLiteral("movers[1].stay_expires_on:required"),
         QStringLiteral("movers[1].residence_card_number:required")});
    row("tennyu foreign resident complete", "tennyu", suzuki,
        R"({"movers":[{"relation":"head"},{"name":"NGUYEN VAN AN","birth_date":"1996-07-21","sex":"1","relation":"cohabitant","is_foreign":true,"nationality":"ベトナム","residence_category":"chuchoki","residence_status":"技術・人文知識・国際業務","period_of_stay":"3年","stay_expires_on":"2027-03-31","residence_card_number":"AB12345678CD"}]})",
        {});
    row("error: tennyu residence card number malformed", "tennyu", suzuki,
        R"({"movers":[{"relation":"head"},{"name":"NGUYEN VAN AN","birth_date":"1996-07-21","sex":"1","relation":"cohabitant","is_foreign":true,"nationality":"ベトナム","residence_category":"chuchoki","residence_status":"留学","stay_expires_on":"2027-03-31","residence_card_number":"AB1234567"}]})",
        {QStringLiteral("movers[1].residence_card_number:invalid_format")});
    row("error: tennyu period of stay expired", "tennyu", suzuki,
        R"({"movers":[{"relation":"head"},{"name":"NGUYEN VAN AN","birth_date":"1996-07-21","sex":"1","relation":"cohabitant","is_foreign":true,"nationality":"ベトナム","residence_category":"chuchoki","residence_status":"留学","stay_expires_on":"2025-03-01","residence_card_number":"AB12345678CD"}]})",
        {QStringLiteral("movers[1].stay_expires_on:residence_period_expired")});
    row("error: tennyu moved after the notification date", "tennyu", suzuki, R"({"moved_on":"2025-04-11"})",
        {QStringLiteral("moved_on:moved_after_notification")});
    // 国外からの転入: no 転出証明書 carries the 戸籍の表示, so the notification states 本籍・筆頭者 (第7条第5号,
    // 第22条).
    row("tennyu from abroad", "tennyu", suzuki,
        R"({"path":"from_abroad","previous_address":"アメリカ合衆国","moving_out_certificate":null,"movers":[{"relation":"head","honseki":"東京都千代田区千代田１番","hittousha":"鈴木　花子"},{"name":"鈴木　一郎","birth_date":"2018-06-15","sex":"1","relation":"child","honseki":"東京都千代田区千代田１番","hittousha":"鈴木　花子"}]})",
        {});
    row("error: tennyu from abroad without 本籍・筆頭者", "tennyu", suzuki,
        R"({"path":"from_abroad","previous_address":"アメリカ合衆国","moving_out_certificate":null,"movers":[{"relation":"head","honseki":"東京都千代田区千代田１番"},{"name":"鈴木　一郎","birth_date":"2018-06-15","sex":"1","relation":"child"}]})",
        {QStringLiteral("movers[0].hittousha:required"), QStringLiteral("movers[1].honseki:required"),
         QStringLiteral("movers[1].hittousha:required")});
    row("tennyu from abroad: a foreign resident has no 本籍", "tennyu", suzuki,
        R"({"path":"from_abroad","previous_address":"アメリカ合衆国","moving_out_certificate":null,"movers":[{"relation":"head","honseki":"東京都千代田区千代田１番","hittousha":"鈴木　花子"},{"name":"NGUYEN VAN AN","birth_date":"1996-07-21","sex":"1","relation":"cohabitant","is_foreign":true,"nationality":"ベトナム","residence_category":"chuchoki","residence_status":"留学","period_of_stay":"2年","stay_expires_on":"2027-04-01","residence_card_number":"AB12345678CD"}]})",
        {});
    row("tennyu within Japan needs no 本籍・筆頭者", "tennyu", suzuki, R"({"path":"ordinary"})", {});
    row("error: tennyu 続柄 outside the 住民票 notation", "tennyu", suzuki,
        R"({"movers":[{"relation":"head"},{"name":"鈴木　一郎","birth_date":"2018-06-15","sex":"1","relation":"other"}]})",
        {QStringLiteral("movers[1].relation:invalid_choice")});
    row("tennyu 続柄 兄 as the 住民票 writes it", "tennyu", suzuki,
        R"({"movers":[{"relation":"head"},{"name":"鈴木　一郎","birth_date":"2018-06-15","sex":"1","relation":"younger_brother"}]})",
        {});
    row("error: tennyu 性別 適用不能 is not a 住民票 value", "tennyu", suzuki,
        R"({"movers":[{"relation":"head"},{"name":"鈴木　一郎","birth_date":"2018-06-15","sex":"9","relation":"child"}]})",
        {QStringLiteral("movers[1].sex:invalid_choice")});
    row("error: tennyu フリガナ in hiragana", "tennyu", suzuki,
        R"({"movers":[{"relation":"head","kana":"すずき　はなこ"}]})",
        {QStringLiteral("movers[0].kana:invalid_format")});
    row("error: tennyu proxy without power of attorney", "tennyu", suzuki,
        R"({"notifier.relation":"proxy","notifier.name":"代理　人"})", {QStringLiteral("power_of_attorney:required")});
    row("error: tennyu impossible date", "tennyu", suzuki, R"({"moved_on":"2025-02-30"})",
        {QStringLiteral("moved_on:invalid_date")});
    row("error: tennyu malformed postal code", "tennyu", suzuki, R"({"new_address.postal_code":"12-345"})",
        {QStringLiteral("new_address.postal_code:invalid_postal_code")});
    row("error: tennyu malformed juminhyo code", "tennyu", suzuki,
        R"({"movers":[{"relation":"head","juminhyo_code":"12345"}]})",
        {QStringLiteral("movers[0].juminhyo_code:invalid_format")});

    // 転居届 (第23条)
    row("tenkyo: example is valid", "tenkyo", yamada, "{}", {});
    row("error: tenkyo to the same address", "tenkyo", yamada,
        R"({"new_address.address":"東京都千代田区丸の内一丁目1番1号"})",
        {QStringLiteral("new_address.address:same_address")});
    row("error: tenkyo from another city", "tenkyo", suzuki, "{}",
        {QStringLiteral("previous_address:previous_address_outside_municipality")});
    row("tenkyo late notification is a warning", "tenkyo", yamada, R"({"moved_on":"2025-03-01"})",
        {QStringLiteral("notified_on:late_notification")});

    // 転出届 (第24条)
    row("tenshutsu: example is valid", "tenshutsu", yamada, "{}", {});
    row("error: tenshutsu destination in the same city", "tenshutsu", yamada,
        R"({"destination.address":"東京都千代田区神田１－１"})",
        {QStringLiteral("destination.address:destination_in_municipality")});
    row("error: tenshutsu abroad without a country", "tenshutsu", yamada,
        R"({"destination.abroad":true,"destination.address":null})", {QStringLiteral("destination.country:required")});
    row("tenshutsu late notification is a warning", "tenshutsu", yamada, R"({"planned_move_out_on":"2025-03-20"})",
        {QStringLiteral("notified_on:late_move_out_notification")});
    row("error: tenshutsu special move-out abroad", "tenshutsu", yamada,
        R"({"special_move_out":true,"destination.abroad":true,"destination.country":"フランス","destination.address":null})",
        {QStringLiteral("special_move_out:special_move_out_abroad")});
    row("error: tenshutsu without planned date", "tenshutsu", yamada, R"({"planned_move_out_on":null})",
        {QStringLiteral("planned_move_out_on:required")});

    // 世帯変更届 (第25条): the example is the new 世帯主 after the death of the previous one.
    row("setai_henko: example is valid", "setai_henko", yamada, "{}", {});
    row("setai_henko: a split needs no reason", "setai_henko", yamada, R"({"change":"separation","reason":null})", {});
    row("error: setai_henko head change without a reason", "setai_henko", yamada, R"({"reason":null})",
        {QStringLiteral("reason:required")});
    row("error: setai_henko change after the notification", "setai_henko", yamada, R"({"changed_on":"2025-04-11"})",
        {QStringLiteral("changed_on:change_after_notification")});
    row("setai_henko on the 14th day is on time", "setai_henko", yamada, R"({"changed_on":"2025-03-27"})", {});
    row("setai_henko late notification is a warning", "setai_henko", yamada, R"({"changed_on":"2025-03-26"})",
        {QStringLiteral("notified_on:late_household_change")});
    row("error: setai_henko the same head before and after", "setai_henko", yamada,
        R"({"previous_head.name":"山田　太郎"})", {QStringLiteral("new_head.name:same_head")});
    row("error: setai_henko without the previous head", "setai_henko", yamada, R"({"previous_head.name":null})",
        {QStringLiteral("previous_head.name:required")});
    row("error: setai_henko two heads", "setai_henko", yamada,
        R"({"members":[{"relation":"head"},{"name":"山田　花子","birth_date":"1987-06-01","sex":"2","relation":"head"}]})",
        {QStringLiteral("members:several_heads")});
    row("error: setai_henko proxy without power of attorney", "setai_henko", yamada,
        R"({"notifier.relation":"proxy","notifier.name":"佐藤　一","power_of_attorney":false})",
        {QStringLiteral("power_of_attorney:power_of_attorney_required")});
}

void TestFormRules::rules()
{
    QFETCH(QString, form);
    QFETCH(QString, resident);
    QFETCH(QString, overrides);
    QFETCH(QString, mode);
    QFETCH(QString, municipality);
    QFETCH(QStringList, expected);
    FormContext context = chiyodaContext();
    context.mode = mode == QLatin1String("self_service") ? Mode::SelfService : Mode::Counter;
    context.municipality = municipality;
    const ResidentInput r = exampleResident(resident);
    const FillOutcome outcome =
        fillForm(embeddedCatalog().shared(form), r.record, withOverrides(form, overrides), context);
    QStringList actual = issueKeys(outcome.issues);
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
    for (const ValidationIssue &issue : outcome.issues) {
        QVERIFY2(embeddedCatalog().messages().contains(issue.messageCode), qPrintable(issue.messageCode));
    }
}

void TestFormRules::delivery_data()
{
    QTest::addColumn<QString>("overrides");
    QTest::addColumn<QString>("delivery");
    const char *proxy =
        R"("relation":"proxy","power_of_attorney":true,"requester.name":"山田　花子","requester.address":"東京都千代田区丸の内１－１－１","requester.birth_date":"1950-01-01")";
    QTest::newRow("self with individual number: over the counter")
        << QStringLiteral(R"({"items":["kojin_bango"]})") << QStringLiteral("over_counter");
    QTest::newRow("proxy without individual number: over the counter")
        << QStringLiteral("{%1,\"items\":[\"setainushi_zokugara\"]}").arg(QString::fromUtf8(proxy))
        << QStringLiteral("over_counter");
    QTest::newRow("proxy with individual number: mailed to the resident")
        << QStringLiteral("{%1,\"items\":[\"kojin_bango\"]}").arg(QString::fromUtf8(proxy))
        << QStringLiteral("mail_to_resident");
    QTest::newRow("proxy with juminhyo code: mailed to the resident")
        << QStringLiteral("{%1,\"items\":[\"juminhyo_code\"]}").arg(QString::fromUtf8(proxy))
        << QStringLiteral("mail_to_resident");
    QTest::newRow("proxy without optional items: over the counter")
        << QStringLiteral("{%1,\"items\":null}").arg(QString::fromUtf8(proxy)) << QStringLiteral("over_counter");
}

void TestFormRules::delivery()
{
    QFETCH(QString, overrides);
    QFETCH(QString, delivery);
    const ResidentInput r = exampleResident(QStringLiteral("yamada_taro.json"));
    const FillOutcome outcome = fillForm(embeddedCatalog().shared(QStringLiteral("juminhyo")), r.record,
                                         withOverrides(QStringLiteral("juminhyo"), overrides), chiyodaContext());
    QVERIFY2(!outcome.hasErrors(), qPrintable(issueKeys(outcome.issues).join(QLatin1Char(' '))));
    const FieldValue *v = outcome.instance.value(QStringLiteral("delivery"));
    QVERIFY(v);
    QCOMPARE(v->value.toString(), delivery);
    QCOMPARE(v->provenance, Provenance::Derived);
}

void TestFormRules::severityOfIssues()
{
    const ResidentInput r = exampleResident(QStringLiteral("suzuki_hanako.json"));
    const FillOutcome outcome = fillForm(
        embeddedCatalog().shared(QStringLiteral("tennyu")), r.record,
        withOverrides(QStringLiteral("tennyu"), QStringLiteral(R"({"moved_on":"2025-03-20"})")), chiyodaContext());
    QVERIFY(!outcome.hasErrors());
    QCOMPARE(outcome.warnings().size(), 1);
    const ValidationIssue &w = outcome.warnings().first();
    QCOMPARE(w.severity, Severity::Warning);
    QCOMPARE(w.rule, QStringLiteral("within_14_days"));
    QVERIFY(w.law.contains(QStringLiteral("第22条")));
}

QTEST_GUILESS_MAIN(TestFormRules)
#include "TestFormRules.moc"
