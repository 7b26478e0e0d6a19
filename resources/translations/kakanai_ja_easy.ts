<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>FieldEditor</name>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Other answer (staff type it)</source>
        <translation>ほかの こたえ（{職員|しょくいん}が いれる）</translation>
    </message>
    <message>
        <source>Other answer, typed by staff: %1</source>
        <translation>ほかの こたえ（{職員|しょくいん}が いれる）: %1</translation>
    </message>
    <message>
        <source>The postal code list is not available. Please ask the staff.</source>
        <translation>{郵便番号|ゆうびんばんごう}の リストが つかえません。{職員|しょくいん}に きいて ください。</translation>
    </message>
    <message>
        <source>No address has this postal code. Please check the number.</source>
        <translation>この {郵便番号|ゆうびんばんごう}の {住所|じゅうしょ}は ありません。{番号|ばんごう}を たしかめて ください。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>かえる</translation>
    </message>
    <message>
        <source>Enters the address again</source>
        <translation>{住所|じゅうしょ}を もういちど いれます</translation>
    </message>
    <message>
        <source>This is the address</source>
        <translation>この {住所|じゅうしょ}に する</translation>
    </message>
    <message>
        <source>1. Enter the postal code (7 digits)</source>
        <translation>1. {郵便番号|ゆうびんばんごう}（7けた）を いれて ください</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>{郵便番号|ゆうびんばんごう}</translation>
    </message>
    <message>
        <source>2. Tap your town</source>
        <translation>2. まちの {名前|なまえ}を えらんで ください</translation>
    </message>
    <message>
        <source>3. Enter the block and house number (丁目・番地・号) with the hyphen key, e.g. 4-2-8</source>
        <translation>3. ちょうめ・ばんち・ごう を「-」で くぎって いれて ください（れい: 4-2-8）</translation>
    </message>
    <message>
        <source>%1 — %2 (the card holder)</source>
        <translation>%1 — %2（カードの ひと）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>けす</translation>
    </message>
    <message>
        <source>Removes this person</source>
        <translation>この ひとを けします</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>ふやす: %1</translation>
    </message>
    <message>
        <source>Not read (read it only if this procedure needs it)</source>
        <translation>まだ よんでいません（ひつよう な とき だけ よみます）</translation>
    </message>
    <message>
        <source>On the card: %1 (corrected by staff)</source>
        <translation>カードに かいて あること: %1（{職員|しょくいん}が なおしました）</translation>
    </message>
    <message>
        <source>Counter only</source>
        <translation>窓口のみ</translation>
    </message>
    <message>
        <source>Correct (staff)</source>
        <translation>しゅうせい（{職員|しょくいん}）</translation>
    </message>
    <message>
        <source>Staff correct a value read from the card</source>
        <translation>カードから よんだ ことを {職員|しょくいん}が なおします</translation>
    </message>
    <message>
        <source>Read from the card (PIN)</source>
        <translation>カードから よむ（{暗証番号|あんしょうばんごう}）</translation>
    </message>
    <message>
        <source>Reads the individual number; the resident enters the PIN again</source>
        <translation>マイナンバーを よみます。もういちど {暗証番号|あんしょうばんごう}を いれて もらいます</translation>
    </message>
    <message>
        <source>Correction by staff: %1</source>
        <translation>{職員|しょくいん}が なおす: %1</translation>
    </message>
</context>
<context>
    <name>FormData</name>
    <message>
        <source>印鑑登録証明書交付申請書</source>
        <extracomment>Application for a seal registration certificate</extracomment>
        <translation>{印鑑登録証明書|いんかんとうろくしょうめいしょ}を もらう かみ</translation>
    </message>
    <message>
        <source>登録者</source>
        <extracomment>Registrant</extracomment>
        <translation>はんこを とうろく した ひと</translation>
    </message>
    <message>
        <source>窓口に来た方</source>
        <extracomment>Person at the counter</extracomment>
        <translation>{窓口|まどぐち}に きた ひと</translation>
    </message>
    <message>
        <source>申請の内容</source>
        <extracomment>Application</extracomment>
        <translation>もうしこみの ないよう</translation>
    </message>
    <message>
        <source>窓口に来た方 氏名</source>
        <extracomment>person at the counter name</extracomment>
        <translation>{窓口|まどぐち}に きた ひとの {名前|なまえ}</translation>
    </message>
    <message>
        <source>窓口に来た方 住所</source>
        <extracomment>person at the counter address</extracomment>
        <translation>{窓口|まどぐち}に きた ひとの {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>窓口に来た方 生年月日</source>
        <extracomment>person at the counter date of birth</extracomment>
        <translation>{窓口|まどぐち}に きた ひとの うまれた ひ</translation>
    </message>
    <message>
        <source>窓口に来た方が登録者本人</source>
        <extracomment>the person at the counter is the registrant</extracomment>
        <translation>{窓口|まどぐち}に きた ひとが はんこを とうろく した ひと</translation>
    </message>
    <message>
        <source>登録者 氏名</source>
        <extracomment>registrant name</extracomment>
        <translation>はんこを とうろく した ひとの {名前|なまえ}</translation>
    </message>
    <message>
        <source>登録者 住所</source>
        <extracomment>registrant address</extracomment>
        <translation>はんこを とうろく した ひとの {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>登録者 生年月日</source>
        <extracomment>registrant date of birth</extracomment>
        <translation>はんこを とうろく した ひとの うまれた ひ</translation>
    </message>
    <message>
        <source>印鑑登録番号</source>
        <extracomment>seal registration number</extracomment>
        <translation>{印鑑登録|いんかんとうろく}の {番号|ばんごう}</translation>
    </message>
    <message>
        <source>印鑑登録証の提示</source>
        <extracomment>seal registration card presented</extracomment>
        <translation>{印鑑登録|いんかんとうろく}の カードを みせた</translation>
    </message>
    <message>
        <source>印鑑登録証がないと交付できません</source>
        <extracomment>no certificate without the registration card</extracomment>
        <translation>{印鑑登録|いんかんとうろく}の カードが ないと だせません</translation>
    </message>
    <message>
        <source>通数</source>
        <extracomment>copies</extracomment>
        <translation>なんまい</translation>
    </message>
    <message>
        <source>使いみち</source>
        <extracomment>purpose</extracomment>
        <translation>なにに つかいますか</translation>
    </message>
    <message>
        <source>住民票の写し等交付請求書</source>
        <extracomment>Request for a copy of the residence record</extracomment>
        <translation>{住民票|じゅうみんひょう}を もらう かみ</translation>
    </message>
    <message>
        <source>請求者・窓口に来た方</source>
        <extracomment>Requester and person at the counter</extracomment>
        <translation>たのむ ひとと {窓口|まどぐち}に きた ひと</translation>
    </message>
    <message>
        <source>請求の対象</source>
        <extracomment>Subject</extracomment>
        <translation>だれの {住民票|じゅうみんひょう}ですか</translation>
    </message>
    <message>
        <source>請求の内容</source>
        <extracomment>Request</extracomment>
        <translation>たのむ ないよう</translation>
    </message>
    <message>
        <source>職員記入欄</source>
        <extracomment>For staff</extracomment>
        <translation>{職員|しょくいん}が かく ところ</translation>
    </message>
    <message>
        <source>請求者と対象者の関係</source>
        <extracomment>requester&apos;s relation to the subject</extracomment>
        <translation>たのむ ひとと、{住民票|じゅうみんひょう}の ひとの かんけい</translation>
    </message>
    <message>
        <source>住民基本台帳法第12条・第12条の3</source>
        <extracomment>Basic Resident Registration Act art. 12 and 12-3</extracomment>
        <translation>{住民基本台帳法|じゅうみんきほんだいちょうほう} 12じょう・12じょうの 3</translation>
    </message>
    <message>
        <source>本人</source>
        <extracomment>the person themselves</extracomment>
        <translation>じぶん</translation>
    </message>
    <message>
        <source>同一世帯の方</source>
        <extracomment>member of the same household</extracomment>
        <translation>おなじ {世帯|せたい}の ひと</translation>
    </message>
    <message>
        <source>代理人（委任状）</source>
        <extracomment>proxy with a power of attorney</extracomment>
        <translation>{代理人|だいりにん}（{委任状|いにんじょう}が ある）</translation>
    </message>
    <message>
        <source>第三者（正当な理由）</source>
        <extracomment>third party with a legitimate reason</extracomment>
        <translation>ほかの ひと（ただしい りゆうが ある）</translation>
    </message>
    <message>
        <source>窓口に来た方 電話番号</source>
        <extracomment>person at the counter: phone</extracomment>
        <translation>{窓口|まどぐち}に きた ひとの でんわ {番号|ばんごう}</translation>
    </message>
    <message>
        <source>請求者 氏名</source>
        <extracomment>requester name</extracomment>
        <translation>たのむ ひとの {名前|なまえ}</translation>
    </message>
    <message>
        <source>請求者 住所</source>
        <extracomment>requester address</extracomment>
        <translation>たのむ ひとの {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>請求者 生年月日</source>
        <extracomment>requester date of birth</extracomment>
        <translation>たのむ ひとの うまれた ひ</translation>
    </message>
    <message>
        <source>対象者は請求者と同じ</source>
        <extracomment>the subject is the requester</extracomment>
        <translation>{住民票|じゅうみんひょう}の ひとは たのむ ひとと おなじ</translation>
    </message>
    <message>
        <source>請求の対象とする者 氏名</source>
        <extracomment>subject of the request name</extracomment>
        <translation>{住民票|じゅうみんひょう}の ひとの {名前|なまえ}</translation>
    </message>
    <message>
        <source>請求の対象とする者 住所</source>
        <extracomment>subject of the request address</extracomment>
        <translation>{住民票|じゅうみんひょう}の ひとの {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>請求の対象とする者 生年月日</source>
        <extracomment>subject of the request date of birth</extracomment>
        <translation>{住民票|じゅうみんひょう}の ひとの うまれた ひ</translation>
    </message>
    <message>
        <source>世帯全員・一部</source>
        <extracomment>whole household or some members</extracomment>
        <translation>{世帯|せたい}の みんなか、いちぶの ひとか</translation>
    </message>
    <message>
        <source>世帯全員（謄本）</source>
        <extracomment>whole household</extracomment>
        <translation>{世帯|せたい}の みんな</translation>
    </message>
    <message>
        <source>世帯の一部（抄本）</source>
        <extracomment>some members</extracomment>
        <translation>{世帯|せたい}の いちぶの ひと</translation>
    </message>
    <message>
        <source>必要な方</source>
        <extracomment>persons to include</extracomment>
        <translation>ひつよう な ひと</translation>
    </message>
    <message>
        <source>氏名</source>
        <extracomment>name</extracomment>
        <translation>{名前|なまえ}</translation>
    </message>
    <message>
        <source>生年月日</source>
        <extracomment>date of birth</extracomment>
        <translation>うまれた ひ</translation>
    </message>
    <message>
        <source>種類</source>
        <extracomment>kind</extracomment>
        <translation>しゅるい</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <extracomment>copy of the residence record</extracomment>
        <translation>{住民票|じゅうみんひょう}</translation>
    </message>
    <message>
        <source>住民票の除票の写し</source>
        <extracomment>copy of a removed residence record</extracomment>
        <translation>まえの {住民票|じゅうみんひょう}（じょひょう）</translation>
    </message>
    <message>
        <source>住民票記載事項証明書</source>
        <extracomment>certificate of recorded items</extracomment>
        <translation>{住民票|じゅうみんひょう}に かいてある ことの しょうめい</translation>
    </message>
    <message>
        <source>記載する項目</source>
        <extracomment>optional items</extracomment>
        <translation>のせる こと</translation>
    </message>
    <message>
        <source>載せない項目は省略されます</source>
        <extracomment>items not chosen are omitted</extracomment>
        <translation>えらばない ことは のりません</translation>
    </message>
    <message>
        <source>世帯主・続柄</source>
        <extracomment>head of household and relation</extracomment>
        <translation>{世帯主|せたいぬし}と かんけい</translation>
    </message>
    <message>
        <source>本籍・筆頭者</source>
        <extracomment>registered domicile and head of the family register</extracomment>
        <translation>{本籍|ほんせき}と {筆頭者|ひっとうしゃ}</translation>
    </message>
    <message>
        <source>個人番号</source>
        <extracomment>individual number</extracomment>
        <translation>マイナンバー（{個人番号|こじんばんごう}）</translation>
    </message>
    <message>
        <source>住民票コード</source>
        <extracomment>residence record code</extracomment>
        <translation>{住民票|じゅうみんひょう} コード</translation>
    </message>
    <message>
        <source>提出先</source>
        <extracomment>submitted to</extracomment>
        <translation>だす ところ</translation>
    </message>
    <message>
        <source>正当な理由</source>
        <extracomment>legitimate reason</extracomment>
        <translation>ただしい りゆう</translation>
    </message>
    <message>
        <source>委任状</source>
        <extracomment>power of attorney presented</extracomment>
        <translation>{委任状|いにんじょう}</translation>
    </message>
    <message>
        <source>広域交付（住所地以外の市区町村で請求）</source>
        <extracomment>wide-area issuance (at another municipality)</extracomment>
        <translation>ほかの まちで たのむ（{広域交付|こういきこうふ}）</translation>
    </message>
    <message>
        <source>交付方法</source>
        <extracomment>delivery</extracomment>
        <translation>うけとりかた</translation>
    </message>
    <message>
        <source>窓口で交付</source>
        <extracomment>handed over at the counter</extracomment>
        <translation>{窓口|まどぐち}で うけとる</translation>
    </message>
    <message>
        <source>住所地へ郵送</source>
        <extracomment>mailed to the resident&apos;s address</extracomment>
        <translation>いえに ゆうびんで おくる</translation>
    </message>
    <message>
        <source>戸籍証明書等請求書</source>
        <extracomment>Request for family register certificates</extracomment>
        <translation>{戸籍|こせき}の しょうめいを もらう かみ</translation>
    </message>
    <message>
        <source>請求する戸籍</source>
        <extracomment>Register requested</extracomment>
        <translation>たのむ {戸籍|こせき}</translation>
    </message>
    <message>
        <source>請求者</source>
        <extracomment>Requester</extracomment>
        <translation>たのむ ひと</translation>
    </message>
    <message>
        <source>代理人の場合</source>
        <extracomment>When a proxy requests</extracomment>
        <translation>{代理人|だいりにん}の とき</translation>
    </message>
    <message>
        <source>本籍</source>
        <extracomment>registered domicile</extracomment>
        <translation>{本籍|ほんせき}</translation>
    </message>
    <message>
        <source>筆頭者</source>
        <extracomment>head of the family register</extracomment>
        <translation>{筆頭者|ひっとうしゃ}</translation>
    </message>
    <message>
        <source>証明書の種類</source>
        <extracomment>kind of certificate</extracomment>
        <translation>{証明書|しょうめいしょ}の しゅるい</translation>
    </message>
    <message>
        <source>戸籍全部事項証明書（謄本）</source>
        <extracomment>full family register</extracomment>
        <translation>{戸籍|こせき} ぜんぶ じこう {証明書|しょうめいしょ}（{謄本|とうほん}）</translation>
    </message>
    <message>
        <source>戸籍個人事項証明書（抄本）</source>
        <extracomment>individual extract</extracomment>
        <translation>{戸籍|こせき} こじん じこう {証明書|しょうめいしょ}（{抄本|しょうほん}）</translation>
    </message>
    <message>
        <source>除籍全部事項証明書</source>
        <extracomment>full removed register</extracomment>
        <translation>じょせき ぜんぶ じこう {証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>除籍個人事項証明書</source>
        <extracomment>removed register extract</extracomment>
        <translation>じょせき こじん じこう {証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>改製原戸籍謄本</source>
        <extracomment>pre-revision register</extracomment>
        <translation>{改製原戸籍|かいせいげんこせき} {謄本|とうほん}</translation>
    </message>
    <message>
        <source>戸籍の附票の写し</source>
        <extracomment>family register annex (addresses)</extracomment>
        <translation>{戸籍|こせき}の ふひょう</translation>
    </message>
    <message>
        <source>身分証明書</source>
        <extracomment>certificate of legal capacity</extracomment>
        <translation>{身分証明書|みぶんしょうめいしょ}</translation>
    </message>
    <message>
        <source>独身証明書</source>
        <extracomment>certificate of single status</extracomment>
        <translation>どくしん {証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>受理証明書</source>
        <extracomment>certificate of acceptance</extracomment>
        <translation>じゅり {証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>請求者の区分</source>
        <extracomment>requester category</extracomment>
        <translation>たのむ ひとの しゅるい</translation>
    </message>
    <message>
        <source>戸籍法第10条・第10条の2</source>
        <extracomment>Family Register Act art. 10 and 10-2</extracomment>
        <translation>{戸籍|こせき} ほう 10じょう・10じょうの 2</translation>
    </message>
    <message>
        <source>本人・配偶者・直系の親族</source>
        <extracomment>the person, spouse or lineal relative</extracomment>
        <translation>じぶん・ふうふ・おやや こども など</translation>
    </message>
    <message>
        <source>自己の権利行使・義務履行</source>
        <extracomment>exercising a right or fulfilling a duty</extracomment>
        <translation>じぶんの けんりや ぎむの ため</translation>
    </message>
    <message>
        <source>国・地方公共団体への提出</source>
        <extracomment>submission to a government body</extracomment>
        <translation>くにや {市役所|しやくしょ}に だす</translation>
    </message>
    <message>
        <source>筆頭者・対象者との続柄</source>
        <extracomment>relationship to the person in the register</extracomment>
        <translation>{戸籍|こせき}の ひととの かんけい</translation>
    </message>
    <message>
        <source>配偶者</source>
        <extracomment>spouse</extracomment>
        <translation>ふうふ</translation>
    </message>
    <message>
        <source>直系尊属（父母・祖父母）</source>
        <extracomment>lineal ascendant</extracomment>
        <translation>おや・そふぼ</translation>
    </message>
    <message>
        <source>直系卑属（子・孫）</source>
        <extracomment>lineal descendant</extracomment>
        <translation>こども・まご</translation>
    </message>
    <message>
        <source>権利・義務の発生原因と内容</source>
        <extracomment>the right or duty and its cause</extracomment>
        <translation>けんりや ぎむの りゆうと ないよう</translation>
    </message>
    <message>
        <source>戸籍の記載事項の利用目的</source>
        <extracomment>why the register is needed</extracomment>
        <translation>{戸籍|こせき}を なにに つかいますか</translation>
    </message>
    <message>
        <source>提出先の機関</source>
        <extracomment>government body</extracomment>
        <translation>だす ところ</translation>
    </message>
    <message>
        <source>提出先での利用目的</source>
        <extracomment>purpose at that body</extracomment>
        <translation>だす ところで なにに つかいますか</translation>
    </message>
    <message>
        <source>委任者 氏名</source>
        <extracomment>principal name</extracomment>
        <translation>たのんだ ひとの {名前|なまえ}</translation>
    </message>
    <message>
        <source>委任者 住所</source>
        <extracomment>principal address</extracomment>
        <translation>たのんだ ひとの {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>委任者 生年月日</source>
        <extracomment>principal date of birth</extracomment>
        <translation>たのんだ ひとの うまれた ひ</translation>
    </message>
    <message>
        <source>広域交付（本籍地以外で請求）</source>
        <extracomment>wide-area issuance (outside the registered domicile)</extracomment>
        <translation>{本籍|ほんせき} いがいの まちで たのむ（{広域交付|こういきこうふ}）</translation>
    </message>
    <message>
        <source>住民異動届（転居届）</source>
        <extracomment>Notification of moving within the municipality</extracomment>
        <translation>ひっこしの とどけ（おなじ まちの なか）</translation>
    </message>
    <message>
        <source>届出</source>
        <extracomment>Notification</extracomment>
        <translation>とどけ</translation>
    </message>
    <message>
        <source>住所</source>
        <extracomment>Address</extracomment>
        <translation>{住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>世帯</source>
        <extracomment>Household</extracomment>
        <translation>{世帯|せたい}</translation>
    </message>
    <message>
        <source>届出人</source>
        <extracomment>Notifier</extracomment>
        <translation>とどけを だす ひと</translation>
    </message>
    <message>
        <source>届出年月日</source>
        <extracomment>date of notification</extracomment>
        <translation>とどけを だす ひ</translation>
    </message>
    <message>
        <source>転居をした年月日</source>
        <extracomment>date of moving</extracomment>
        <translation>ひっこした ひ</translation>
    </message>
    <message>
        <source>新しい住所 郵便番号</source>
        <extracomment>new address: postal code</extracomment>
        <translation>あたらしい {住所|じゅうしょ}の {郵便番号|ゆうびんばんごう}</translation>
    </message>
    <message>
        <source>新しい住所</source>
        <extracomment>new address</extracomment>
        <translation>あたらしい {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>新しい住所 方書</source>
        <extracomment>new address: building and room (katagaki)</extracomment>
        <translation>あたらしい {住所|じゅうしょ}の たてもの・へや</translation>
    </message>
    <message>
        <source>従前の住所</source>
        <extracomment>previous address</extracomment>
        <translation>まえの {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>世帯主 氏名</source>
        <extracomment>head of household</extracomment>
        <translation>{世帯主|せたいぬし}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>異動する方に世帯主がいない場合（既存の世帯に入る場合）</source>
        <extracomment>when none of the persons moving is the head</extracomment>
        <translation>ひっこす ひとの なかに {世帯主|せたいぬし}が いない とき</translation>
    </message>
    <message>
        <source>異動する方</source>
        <extracomment>persons moving</extracomment>
        <translation>ひっこす ひと</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <extracomment>name in katakana</extracomment>
        <translation>{名前|なまえ}の よみかた（カタカナ）</translation>
    </message>
    <message>
        <source>外国人住民は西暦で記入できます</source>
        <extracomment>foreign residents may use the Western calendar</extracomment>
        <translation>がいこくじんは せいれきで かけます</translation>
    </message>
    <message>
        <source>性別</source>
        <extracomment>sex</extracomment>
        <translation>せいべつ</translation>
    </message>
    <message>
        <source>男</source>
        <extracomment>male</extracomment>
        <translation>おとこ</translation>
    </message>
    <message>
        <source>女</source>
        <extracomment>female</extracomment>
        <translation>おんな</translation>
    </message>
    <message>
        <source>世帯主との続柄</source>
        <extracomment>relation to the head of household</extracomment>
        <translation>{世帯主|せたいぬし}との かんけい</translation>
    </message>
    <message>
        <source>住民票の書き方で、世帯主から見た続柄を選んでください（「その他」はありません。親族でない方は縁故者又は同居人）。</source>
        <extracomment>The relationship to the head of household as the residence record writes it (there is no &quot;other&quot;: someone not listed is 縁故者 or 同居人).</extracomment>
        <translation>{世帯主|せたいぬし}から みた かんけいを えらんで ください（「そのほか」は ありません。しんぞくで ない ひと は「えんこしゃ」か「どうきょにん」）。</translation>
    </message>
    <message>
        <source>世帯主</source>
        <extracomment>head of household</extracomment>
        <translation>{世帯主|せたいぬし}</translation>
    </message>
    <message>
        <source>妻</source>
        <extracomment>wife</extracomment>
        <translation>つま</translation>
    </message>
    <message>
        <source>夫</source>
        <extracomment>husband</extracomment>
        <translation>おっと</translation>
    </message>
    <message>
        <source>子</source>
        <extracomment>child</extracomment>
        <translation>こども</translation>
    </message>
    <message>
        <source>父</source>
        <extracomment>father</extracomment>
        <translation>ちち</translation>
    </message>
    <message>
        <source>母</source>
        <extracomment>mother</extracomment>
        <translation>はは</translation>
    </message>
    <message>
        <source>兄</source>
        <extracomment>elder brother</extracomment>
        <translation>あに</translation>
    </message>
    <message>
        <source>姉</source>
        <extracomment>elder sister</extracomment>
        <translation>あね</translation>
    </message>
    <message>
        <source>弟</source>
        <extracomment>younger brother</extracomment>
        <translation>おとうと</translation>
    </message>
    <message>
        <source>妹</source>
        <extracomment>younger sister</extracomment>
        <translation>いもうと</translation>
    </message>
    <message>
        <source>子の妻</source>
        <extracomment>child&apos;s wife</extracomment>
        <translation>こどもの つま</translation>
    </message>
    <message>
        <source>子の夫</source>
        <extracomment>child&apos;s husband</extracomment>
        <translation>こどもの おっと</translation>
    </message>
    <message>
        <source>孫</source>
        <extracomment>grandchild</extracomment>
        <translation>まご</translation>
    </message>
    <message>
        <source>祖父</source>
        <extracomment>grandfather</extracomment>
        <translation>そふ</translation>
    </message>
    <message>
        <source>祖母</source>
        <extracomment>grandmother</extracomment>
        <translation>そぼ</translation>
    </message>
    <message>
        <source>妻の父</source>
        <extracomment>wife&apos;s father</extracomment>
        <translation>つまの ちち</translation>
    </message>
    <message>
        <source>妻の母</source>
        <extracomment>wife&apos;s mother</extracomment>
        <translation>つまの はは</translation>
    </message>
    <message>
        <source>夫の父</source>
        <extracomment>husband&apos;s father</extracomment>
        <translation>おっとの ちち</translation>
    </message>
    <message>
        <source>夫の母</source>
        <extracomment>husband&apos;s mother</extracomment>
        <translation>おっとの はは</translation>
    </message>
    <message>
        <source>縁故者</source>
        <extracomment>other relative or connection (縁故者)</extracomment>
        <translation>えんこしゃ（しんせき など）</translation>
    </message>
    <message>
        <source>同居人</source>
        <extracomment>lodger (同居人)</extracomment>
        <translation>いっしょに すむ ひと</translation>
    </message>
    <message>
        <source>妻（未届）</source>
        <extracomment>wife (common-law, 未届)</extracomment>
        <translation>つま（とどけを だして いない）</translation>
    </message>
    <message>
        <source>夫（未届）</source>
        <extracomment>husband (common-law, 未届)</extracomment>
        <translation>おっと（とどけを だして いない）</translation>
    </message>
    <message>
        <source>外国人住民</source>
        <extracomment>foreign resident</extracomment>
        <translation>がいこくじん</translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <extracomment>nationality or region</extracomment>
        <translation>こくせき・ちいき</translation>
    </message>
    <message>
        <source>第30条の45に規定する区分</source>
        <extracomment>category under art. 30-45</extracomment>
        <translation>ほう 30じょうの 45の くぶん</translation>
    </message>
    <message>
        <source>中長期在留者</source>
        <extracomment>mid- to long-term resident</extracomment>
        <translation>ちゅうちょうき ざいりゅうしゃ</translation>
    </message>
    <message>
        <source>特別永住者</source>
        <extracomment>special permanent resident</extracomment>
        <translation>とくべつ えいじゅうしゃ</translation>
    </message>
    <message>
        <source>一時庇護許可者</source>
        <extracomment>temporary refuge</extracomment>
        <translation>いちじ ひご きょかしゃ</translation>
    </message>
    <message>
        <source>仮滞在許可者</source>
        <extracomment>provisional stay</extracomment>
        <translation>かりたいざい きょかしゃ</translation>
    </message>
    <message>
        <source>出生による経過滞在者</source>
        <extracomment>transitional stay by birth</extracomment>
        <translation>うまれた ための けいか たいざいしゃ</translation>
    </message>
    <message>
        <source>国籍喪失による経過滞在者</source>
        <extracomment>transitional stay by loss of nationality</extracomment>
        <translation>こくせきを なくした ための けいか たいざいしゃ</translation>
    </message>
    <message>
        <source>在留資格</source>
        <extracomment>status of residence</extracomment>
        <translation>ざいりゅう しかく</translation>
    </message>
    <message>
        <source>在留期間</source>
        <extracomment>period of stay</extracomment>
        <translation>ざいりゅう きかん</translation>
    </message>
    <message>
        <source>在留期間の満了の日</source>
        <extracomment>expiry of the period of stay</extracomment>
        <translation>ざいりゅう きかんが おわる ひ</translation>
    </message>
    <message>
        <source>在留カード等の番号</source>
        <extracomment>residence card number</extracomment>
        <translation>ざいりゅうカードの {番号|ばんごう}</translation>
    </message>
    <message>
        <source>異動する本人</source>
        <extracomment>a person moving</extracomment>
        <translation>ひっこす ひと じぶん</translation>
    </message>
    <message>
        <source>世帯員</source>
        <extracomment>household member</extracomment>
        <translation>{世帯|せたい}の ひと</translation>
    </message>
    <message>
        <source>届出人 氏名</source>
        <extracomment>notifier&apos;s name</extracomment>
        <translation>とどけを だす ひとの {名前|なまえ}</translation>
    </message>
    <message>
        <source>連絡先電話番号</source>
        <extracomment>phone</extracomment>
        <translation>れんらく する でんわ {番号|ばんごう}</translation>
    </message>
    <message>
        <source>住民異動届（転入届）</source>
        <extracomment>Notification of moving in</extracomment>
        <translation>ひっこしの とどけ（ほかの まちから きた）</translation>
    </message>
    <message>
        <source>転入の種類</source>
        <extracomment>kind of moving in</extracomment>
        <translation>どうやって ひっこして きましたか</translation>
    </message>
    <message>
        <source>転出証明書による転入</source>
        <extracomment>with a moving-out certificate</extracomment>
        <translation>{転出|てんしゅつ} {証明書|しょうめいしょ}で</translation>
    </message>
    <message>
        <source>マイナンバーカードによる転入（特例転入）</source>
        <extracomment>with the My Number card (special procedure)</extracomment>
        <translation>マイナンバーカード で（とくれい {転入|てんにゅう}）</translation>
    </message>
    <message>
        <source>国外からの転入</source>
        <extracomment>from abroad</extracomment>
        <translation>がいこくから</translation>
    </message>
    <message>
        <source>転入をした年月日</source>
        <extracomment>date of moving in</extracomment>
        <translation>ひっこして きた ひ</translation>
    </message>
    <message>
        <source>転出証明書の提出</source>
        <extracomment>moving-out certificate presented</extracomment>
        <translation>{転出|てんしゅつ} {証明書|しょうめいしょ}を だした</translation>
    </message>
    <message>
        <source>転出予定年月日（前住所地での届出）</source>
        <extracomment>planned moving-out date (notified at the previous municipality)</extracomment>
        <translation>まえの まちで とどけた ひっこす よていの ひ</translation>
    </message>
    <message>
        <source>国外からの転入では本籍・筆頭者が必要です（住民基本台帳法第7条第5号「戸籍の表示」・第22条第1項、国外からの転入は政令で定める事項。転出証明書がないため届出で記載します）。</source>
        <extracomment>Needed when moving in from abroad (住民基本台帳法 art. 7 no. 5 and art. 22(1)): without a moving-out certificate the notification gives the registered domicile.</extracomment>
        <translation>がいこくから ひっこして きた ひとは、{本籍|ほんせき}と {筆頭者|ひっとうしゃ}を かいて ください（{住民基本台帳法|じゅうみんきほんだいちょうほう} 7じょう・22じょう）。</translation>
    </message>
    <message>
        <source>住民基本台帳カードを提示した方は不要です</source>
        <extracomment>not needed when a Juki card is shown</extracomment>
        <translation>じゅうきカードを みせた ひとは いりません</translation>
    </message>
    <message>
        <source>住民異動届（転出届）</source>
        <extracomment>Notification of moving out</extracomment>
        <translation>ひっこしの とどけ（ほかの まちへ いく）</translation>
    </message>
    <message>
        <source>届出人・返却物</source>
        <extracomment>Notifier and returns</extracomment>
        <translation>とどけを だす ひと・かえす もの</translation>
    </message>
    <message>
        <source>転出の予定年月日</source>
        <extracomment>planned date of moving out</extracomment>
        <translation>ひっこす よていの ひ</translation>
    </message>
    <message>
        <source>現住所</source>
        <extracomment>current address</extracomment>
        <translation>いまの {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>国外へ転出</source>
        <extracomment>moving abroad</extracomment>
        <translation>がいこくへ ひっこす</translation>
    </message>
    <message>
        <source>転出先の住所 郵便番号</source>
        <extracomment>destination address: postal code</extracomment>
        <translation>ひっこす さきの {郵便番号|ゆうびんばんごう}</translation>
    </message>
    <message>
        <source>転出先の住所</source>
        <extracomment>destination address</extracomment>
        <translation>ひっこす さきの {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>転出先の住所 方書</source>
        <extracomment>destination address: building and room (katagaki)</extracomment>
        <translation>ひっこす さきの たてもの・へや</translation>
    </message>
    <message>
        <source>転出先の国・地域</source>
        <extracomment>destination country</extracomment>
        <translation>ひっこす さきの くに・ちいき</translation>
    </message>
    <message>
        <source>転出先の世帯主</source>
        <extracomment>head of household at the destination</extracomment>
        <translation>ひっこす さきの {世帯主|せたいぬし}</translation>
    </message>
    <message>
        <source>マイナンバーカードによる転出（転入届の特例を使う）</source>
        <extracomment>moving out with the My Number card (special procedure)</extracomment>
        <translation>マイナンバーカードで ひっこす（とくれい）</translation>
    </message>
    <message>
        <source>返却するもの</source>
        <extracomment>cards returned</extracomment>
        <translation>かえす もの</translation>
    </message>
    <message>
        <source>印鑑登録証</source>
        <extracomment>seal registration card</extracomment>
        <translation>{印鑑登録|いんかんとうろく}の カード</translation>
    </message>
    <message>
        <source>国民健康保険の資格確認書・被保険者証</source>
        <extracomment>National Health Insurance eligibility certificate or card</extracomment>
        <translation>{国民健康保険|こくみんけんこうほけん}の しかく かくにんしょか ほけんしょう</translation>
    </message>
    <message>
        <source>後期高齢者医療被保険者証</source>
        <extracomment>late-stage elderly medical card</extracomment>
        <translation>{後期高齢者医療|こうきこうれいしゃいりょう}の ほけんしょう</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <extracomment>long-term care insurance card</extracomment>
        <translation>{介護保険|かいごほけん}の ほけんしょう</translation>
    </message>
    <message>
        <source>子ども医療証</source>
        <extracomment>child medical care card</extracomment>
        <translation>こども いりょうの カード</translation>
    </message>
    <message>
        <source>税証明交付申請書</source>
        <extracomment>Application for tax certificates</extracomment>
        <translation>{税金|ぜいきん}の {証明書|しょうめいしょ}を もらう かみ</translation>
    </message>
    <message>
        <source>証明の内容</source>
        <extracomment>Certificate</extracomment>
        <translation>しょうめいの ないよう</translation>
    </message>
    <message>
        <source>証明を受ける方</source>
        <extracomment>Person concerned</extracomment>
        <translation>しょうめいを うける ひと</translation>
    </message>
    <message>
        <source>所得証明書</source>
        <extracomment>income certificate</extracomment>
        <translation>しょとく {証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>課税（非課税）証明書</source>
        <extracomment>tax assessment certificate</extracomment>
        <translation>かぜい（ひかぜい） {証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>所得課税証明書</source>
        <extracomment>income and tax certificate</extracomment>
        <translation>しょとく {課税証明書|かぜいしょうめいしょ}</translation>
    </message>
    <message>
        <source>納税証明書</source>
        <extracomment>tax payment certificate</extracomment>
        <translation>のうぜい {証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>年度（西暦）</source>
        <extracomment>tax year (fiscal year, Gregorian)</extracomment>
        <translation>ねんど（せいれき）</translation>
    </message>
    <message>
        <source>令和6年度は2024。令和6年度の証明書は令和5年（2023年）中の所得を示します</source>
        <extracomment>FY2024 shows the income of 2023</extracomment>
        <translation>れいわ 6ねんどは 2024。れいわ 6ねんどの {証明書|しょうめいしょ}は れいわ 5ねん（2023ねん）の しょとくです</translation>
    </message>
    <message>
        <source>所得の年</source>
        <extracomment>income year covered</extracomment>
        <translation>しょとくの とし</translation>
    </message>
    <message>
        <source>証明を受ける方との関係</source>
        <extracomment>relation to the person concerned</extracomment>
        <translation>しょうめいを うける ひととの かんけい</translation>
    </message>
    <message>
        <source>同居の親族</source>
        <extracomment>relative in the same household</extracomment>
        <translation>いっしょに すむ しんぞく</translation>
    </message>
    <message>
        <source>証明を受ける方 氏名</source>
        <extracomment>person concerned name</extracomment>
        <translation>しょうめいを うける ひとの {名前|なまえ}</translation>
    </message>
    <message>
        <source>証明を受ける方 住所</source>
        <extracomment>person concerned address</extracomment>
        <translation>しょうめいを うける ひとの {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>証明を受ける方 生年月日</source>
        <extracomment>person concerned date of birth</extracomment>
        <translation>しょうめいを うける ひとの うまれた ひ</translation>
    </message>
    <message>
        <source>その年度の1月1日も今の住所に住んでいた</source>
        <extracomment>lived at the current address on 1 January of that year</extracomment>
        <translation>その ねんどの 1がつ 1にちも いまの {住所|じゅうしょ}に すんでいた</translation>
    </message>
    <message>
        <source>1月1日現在の住所</source>
        <extracomment>address on 1 January of the tax year</extracomment>
        <translation>1がつ 1にちに すんでいた {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>住民税はその年度の1月1日に住んでいた市区町村が課税します</source>
        <extracomment>residence tax is levied where you lived on 1 January</extracomment>
        <translation>{住民税|じゅうみんぜい}は、その ねんどの 1がつ 1にちに すんでいた まちが かけます</translation>
    </message>
    <message>
        <source>入力してください。</source>
        <extracomment>This is required.</extracomment>
        <translation>いれて ください。</translation>
    </message>
    <message>
        <source>存在する日付を入力してください。</source>
        <extracomment>Enter a date that exists.</extracomment>
        <translation>ほんとうに ある ひを いれて ください。</translation>
    </message>
    <message>
        <source>選択肢から選んでください。</source>
        <extracomment>Choose one of the options.</extracomment>
        <translation>えらんで ください。</translation>
    </message>
    <message>
        <source>値の形式が正しくありません。</source>
        <extracomment>The value has the wrong form.</extracomment>
        <translation>かきかたが ちがいます。</translation>
    </message>
    <message>
        <source>書き方が正しくありません。</source>
        <extracomment>The format is not right.</extracomment>
        <translation>かきかたが ちがいます。</translation>
    </message>
    <message>
        <source>長すぎます。</source>
        <extracomment>Too long.</extracomment>
        <translation>ながすぎます。</translation>
    </message>
    <message>
        <source>範囲外の値です。</source>
        <extracomment>Out of range.</extracomment>
        <translation>いれられない かずです。</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字です。</source>
        <extracomment>A postal code has 7 digits.</extracomment>
        <translation>{郵便番号|ゆうびんばんごう}は 7けたの すうじです。</translation>
    </message>
    <message>
        <source>個人番号が正しくありません。</source>
        <extracomment>The individual number is not valid.</extracomment>
        <translation>マイナンバーが ちがいます。</translation>
    </message>
    <message>
        <source>人数が足りません。</source>
        <extracomment>Too few persons.</extracomment>
        <translation>ひとが たりません。</translation>
    </message>
    <message>
        <source>人数が多すぎます。</source>
        <extracomment>Too many persons.</extracomment>
        <translation>ひとが おおすぎます。</translation>
    </message>
    <message>
        <source>この様式にない項目です。</source>
        <extracomment>This form has no such item.</extracomment>
        <translation>この かみに ない ことです。</translation>
    </message>
    <message>
        <source>この項目は自動で決まります。</source>
        <extracomment>This item is set automatically.</extracomment>
        <translation>これは じどうで きまります。</translation>
    </message>
    <message>
        <source>この項目は窓口の職員が入力します。</source>
        <extracomment>Staff at the counter fill in this item.</extracomment>
        <translation>これは {窓口|まどぐち}の {職員|しょくいん}が いれます。</translation>
    </message>
    <message>
        <source>代理人の方は委任状が必要です。</source>
        <extracomment>A proxy needs a power of attorney.</extracomment>
        <translation>{代理人|だいりにん}は {委任状|いにんじょう}が いります。</translation>
    </message>
    <message>
        <source>第三者からの請求では個人番号・住民票コードは記載できません。</source>
        <extracomment>A third party cannot receive the individual number or the residence record code.</extracomment>
        <translation>ほかの ひとが たのむ ときは、マイナンバーと {住民票|じゅうみんひょう} コードは のせられません。</translation>
    </message>
    <message>
        <source>広域交付は本人または同一世帯の方のみ請求できます。</source>
        <extracomment>Wide-area issuance is only for the person or their household.</extracomment>
        <translation>ほかの まちで たのめるのは、じぶんか おなじ {世帯|せたい}の ひと だけです。</translation>
    </message>
    <message>
        <source>広域交付には顔写真付きの本人確認書類が必要です。</source>
        <extracomment>Wide-area issuance needs photo ID.</extracomment>
        <translation>ほかの まちで たのむ ときは、かお しゃしんの ある みぶんしょうが いります。</translation>
    </message>
    <message>
        <source>広域交付では本籍・筆頭者は記載できません。</source>
        <extracomment>Wide-area issuance omits the registered domicile.</extracomment>
        <translation>ほかの まちで たのむ ときは、{本籍|ほんせき}と {筆頭者|ひっとうしゃ}は のせられません。</translation>
    </message>
    <message>
        <source>未来の日付は入力できません。</source>
        <extracomment>The date cannot be in the future.</extracomment>
        <translation>これからの ひは いれられません。</translation>
    </message>
    <message>
        <source>印鑑登録証がないと証明書は交付できません。</source>
        <extracomment>No certificate without the seal registration card.</extracomment>
        <translation>{印鑑登録|いんかんとうろく}の カードが ないと、{証明書|しょうめいしょ}は だせません。</translation>
    </message>
    <message>
        <source>15歳未満の方は印鑑登録できません。</source>
        <extracomment>Persons under 15 cannot register a seal.</extracomment>
        <translation>15さいより したの ひとは はんこを とうろく できません。</translation>
    </message>
    <message>
        <source>広域交付は代理人による請求ができません。</source>
        <extracomment>Wide-area issuance cannot be requested by a proxy.</extracomment>
        <translation>ほかの まちで たのむ とき、{代理人|だいりにん}は たのめません。</translation>
    </message>
    <message>
        <source>広域交付は本人・配偶者・直系の親族のみ請求できます。</source>
        <extracomment>Wide-area issuance is for the person, spouse and lineal relatives only.</extracomment>
        <translation>ほかの まちで たのめるのは、じぶん・ふうふ・おやや こども だけです。</translation>
    </message>
    <message>
        <source>広域交付では全部事項証明書のみ請求できます。</source>
        <extracomment>Wide-area issuance covers full certificates only.</extracomment>
        <translation>ほかの まちで たのめるのは、ぜんぶ じこう {証明書|しょうめいしょ} だけです。</translation>
    </message>
    <message>
        <source>証明できるのは今年度から過去5年度分です。</source>
        <extracomment>Certificates cover this fiscal year and the four before.</extracomment>
        <translation>ことしの ねんどと、まえの 4ねんどの ぶんが だせます。</translation>
    </message>
    <message>
        <source>その年度の1月1日に住んでいた市区町村で請求してください。</source>
        <extracomment>Request it from the municipality where you lived on 1 January of that year.</extracomment>
        <translation>その ねんどの 1がつ 1にちに すんでいた まちで たのんで ください。</translation>
    </message>
    <message>
        <source>異動日が届出日より後になっています。</source>
        <extracomment>The moving date is after the notification date.</extracomment>
        <translation>ひっこした ひが、とどけを だす ひより あとです。</translation>
    </message>
    <message>
        <source>異動日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after moving (the notification is still accepted).</extracomment>
        <translation>ひっこしてから 14にちを すぎています（とどけは うけつけます）。</translation>
    </message>
    <message>
        <source>転出予定日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after the planned move-out (still accepted).</extracomment>
        <translation>ひっこす よていの ひから 14にちを すぎています（うけつけます）。</translation>
    </message>
    <message>
        <source>転出証明書が必要です。</source>
        <extracomment>A moving-out certificate is required.</extracomment>
        <translation>{転出|てんしゅつ} {証明書|しょうめいしょ}が いります。</translation>
    </message>
    <message>
        <source>転入した日から14日を過ぎたため、マイナンバーカードによる転入はできません。転出証明書が必要です。</source>
        <extracomment>More than 14 days after moving in: the card procedure has lapsed; a moving-out certificate is needed.</extracomment>
        <translation>ひっこしてから 14にちを すぎたので、マイナンバーカードでの {転入|てんにゅう}は できません。{転出|てんしゅつ} {証明書|しょうめいしょ}が いります。</translation>
    </message>
    <message>
        <source>転出予定日から30日を過ぎたため、マイナンバーカードによる転入はできません。転出証明書が必要です。</source>
        <extracomment>More than 30 days after the planned move-out: the card procedure has lapsed; a moving-out certificate is needed.</extracomment>
        <translation>ひっこす よていの ひから 30にちを すぎたので、マイナンバーカードでの {転入|てんにゅう}は できません。{転出|てんしゅつ} {証明書|しょうめいしょ}が いります。</translation>
    </message>
    <message>
        <source>新しい住所がこの市区町村ではありません。</source>
        <extracomment>The new address is not in this municipality.</extracomment>
        <translation>あたらしい {住所|じゅうしょ}が この まちでは ありません。</translation>
    </message>
    <message>
        <source>市区町村内での引越しは転居届です。</source>
        <extracomment>A move within the municipality is a 転居届.</extracomment>
        <translation>おなじ まちの なかの ひっこし は「{転居届|てんきょとどけ}」です。</translation>
    </message>
    <message>
        <source>前の住所がこの市区町村ではありません（転入届になります）。</source>
        <extracomment>The previous address is elsewhere (use a 転入届).</extracomment>
        <translation>まえの {住所|じゅうしょ}が この まちでは ありません（「{転入届|てんにゅうとどけ}」に なります）。</translation>
    </message>
    <message>
        <source>新しい住所が前の住所と同じです。</source>
        <extracomment>The new address is the same as the old one.</extracomment>
        <translation>あたらしい {住所|じゅうしょ}が まえと おなじです。</translation>
    </message>
    <message>
        <source>現住所がこの市区町村ではありません。</source>
        <extracomment>The current address is not in this municipality.</extracomment>
        <translation>いまの {住所|じゅうしょ}が この まちでは ありません。</translation>
    </message>
    <message>
        <source>転出先がこの市区町村内です（転居届になります）。</source>
        <extracomment>The destination is in this municipality (use a 転居届).</extracomment>
        <translation>ひっこす さきが この まちの なか です（「{転居届|てんきょとどけ}」に なります）。</translation>
    </message>
    <message>
        <source>国外への転出はマイナンバーカードによる転出の対象外です。</source>
        <extracomment>Moving abroad cannot use the card procedure.</extracomment>
        <translation>がいこくへ ひっこす ときは、マイナンバーカードでの {手続|てつづ}きは できません。</translation>
    </message>
    <message>
        <source>生年月日が異動日より後になっています。</source>
        <extracomment>The date of birth is after the moving date.</extracomment>
        <translation>うまれた ひが、ひっこした ひより あとです。</translation>
    </message>
    <message>
        <source>在留期間の満了日が過ぎています。</source>
        <extracomment>The period of stay has expired.</extracomment>
        <translation>ざいりゅう きかんが おわっています。</translation>
    </message>
    <message>
        <source>世帯主は1人だけです。</source>
        <extracomment>There can be only one head of household.</extracomment>
        <translation>{世帯主|せたいぬし}は ひとり だけです。</translation>
    </message>
    <message>
        <source>世帯主を入力してください。</source>
        <extracomment>Enter the head of household.</extracomment>
        <translation>{世帯主|せたいぬし}を いれて ください。</translation>
    </message>
    <message>
        <source>ファイルが見つかりません。</source>
        <extracomment>File not found.</extracomment>
        <translation>ファイルが ありません。</translation>
    </message>
    <message>
        <source>ファイルを読めません。</source>
        <extracomment>File unreadable.</extracomment>
        <translation>ファイルを よめません。</translation>
    </message>
    <message>
        <source>JSONとして読めません。</source>
        <extracomment>Not valid JSON.</extracomment>
        <translation>JSON として よめません。</translation>
    </message>
    <message>
        <source>様式定義に誤りがあります。</source>
        <extracomment>The form definition is broken.</extracomment>
        <translation>かみの せっていに まちがいが あります。</translation>
    </message>
    <message>
        <source>様式IDが重複しています。</source>
        <extracomment>Duplicate form id.</extracomment>
        <translation>かみの IDが おなじです。</translation>
    </message>
    <message>
        <source>その様式はありません。</source>
        <extracomment>No such form.</extracomment>
        <translation>その かみは ありません。</translation>
    </message>
    <message>
        <source>そのライフイベントはありません。</source>
        <extracomment>No such life event.</extracomment>
        <translation>その できごとは ありません。</translation>
    </message>
    <message>
        <source>入力データに誤りがあります。</source>
        <extracomment>The input data is invalid.</extracomment>
        <translation>いれた データに まちがいが あります。</translation>
    </message>
    <message>
        <source>日付が正しくありません。</source>
        <extracomment>Invalid date.</extracomment>
        <translation>ひが ちがいます。</translation>
    </message>
    <message>
        <source>元号の期間外の日付です。</source>
        <extracomment>The date is outside its era.</extracomment>
        <translation>げんごうの きかんに ない ひです。</translation>
    </message>
    <message>
        <source>明治より前の日付は扱えません。</source>
        <extracomment>Dates before Meiji are not supported.</extracomment>
        <translation>めいじより まえの ひは つかえません。</translation>
    </message>
    <message>
        <source>郵便番号が正しくありません。</source>
        <extracomment>Invalid postal code.</extracomment>
        <translation>{郵便番号|ゆうびんばんごう}が ちがいます。</translation>
    </message>
    <message>
        <source>データベースのエラーです。</source>
        <extracomment>Database error.</extracomment>
        <translation>データベースの エラーです。</translation>
    </message>
    <message>
        <source>郵便番号データベースの版が古いです。</source>
        <extracomment>The postal database is outdated.</extracomment>
        <translation>{郵便番号|ゆうびんばんごう}の データベースが ふるいです。</translation>
    </message>
    <message>
        <source>郵便番号データに誤りがあります。</source>
        <extracomment>The postal table is invalid.</extracomment>
        <translation>{郵便番号|ゆうびんばんごう}の データに まちがいが あります。</translation>
    </message>
    <message>
        <source>圧縮ファイルを展開できません。</source>
        <extracomment>Cannot decompress.</extracomment>
        <translation>ファイルを ひらけません。</translation>
    </message>
    <message>
        <source>文字コードを判別できません。</source>
        <extracomment>Unknown text encoding.</extracomment>
        <translation>もじの しゅるいが わかりません。</translation>
    </message>
    <message>
        <source>ほかの市区町村から引っ越してきた</source>
        <extracomment>Moved here from another municipality</extracomment>
        <translation>ほかの まちから ひっこして きた</translation>
    </message>
    <message>
        <source>市区町村内で引っ越した</source>
        <extracomment>Moved within the municipality</extracomment>
        <translation>おなじ まちの なかで ひっこした</translation>
    </message>
    <message>
        <source>ほかの市区町村へ引っ越す</source>
        <extracomment>Moving out to another municipality</extracomment>
        <translation>ほかの まちへ ひっこす</translation>
    </message>
    <message>
        <source>証明書がほしい</source>
        <extracomment>I need certificates</extracomment>
        <translation>{証明書|しょうめいしょ}が ほしい</translation>
    </message>
    <message>
        <source>高校生年代までのお子さん（18歳になった後の最初の3月31日まで）がいますか</source>
        <extracomment>Do you have children up to high-school age (until the first 31 March after their 18th birthday)?</extracomment>
        <translation>こうこうせいの ねんれいまでの こども（18さいの あとの さいしょの 3がつ31にちまで）が いますか</translation>
    </message>
    <message>
        <source>小・中学校に通うお子さんがいますか</source>
        <extracomment>Do you have children at elementary or junior high school?</extracomment>
        <translation>しょうがっこうか ちゅうがっこうに いく こどもが いますか</translation>
    </message>
    <message>
        <source>国民健康保険に加入していますか（会社の保険ではない）</source>
        <extracomment>Are you in the National Health Insurance (not an employer&apos;s insurance)?</extracomment>
        <translation>{国民健康保険|こくみんけんこうほけん}に はいって いますか（かいしゃの ほけんでは ない）</translation>
    </message>
    <message>
        <source>国民年金第1号被保険者ですか（自営業・学生など）</source>
        <extracomment>Are you a category 1 National Pension insured person (self-employed, student …)?</extracomment>
        <translation>{国民年金|こくみんねんきん}の だい1ごう ですか（じぶんで しごとを している ひと・がくせい など）</translation>
    </message>
    <message>
        <source>65歳以上の方がいますか</source>
        <extracomment>Is anyone 65 or older?</extracomment>
        <translation>65さい いじょうの ひとが いますか</translation>
    </message>
    <message>
        <source>75歳以上の方がいますか</source>
        <extracomment>Is anyone 75 or older?</extracomment>
        <translation>75さい いじょうの ひとが いますか</translation>
    </message>
    <message>
        <source>印鑑登録をしていますか</source>
        <extracomment>Do you have a registered seal?</extracomment>
        <translation>はんこを とうろく して いますか</translation>
    </message>
    <message>
        <source>マイナンバーカードをお持ちですか</source>
        <extracomment>Do you have a My Number card?</extracomment>
        <translation>マイナンバーカードを もって いますか</translation>
    </message>
    <message>
        <source>犬を飼っていますか</source>
        <extracomment>Do you keep a dog?</extracomment>
        <translation>いぬを かって いますか</translation>
    </message>
    <message>
        <source>国民健康保険の加入</source>
        <extracomment>Join the National Health Insurance</extracomment>
        <translation>{国民健康保険|こくみんけんこうほけん}に はいる</translation>
    </message>
    <message>
        <source>保険年金課</source>
        <extracomment>Health insurance and pension desk</extracomment>
        <translation>{保険年金課|ほけんねんきんか}</translation>
    </message>
    <message>
        <source>本人確認書類</source>
        <extracomment>ID</extracomment>
        <translation>みぶんしょう（じぶん だと わかる もの）</translation>
    </message>
    <message>
        <source>国民健康保険の住所変更</source>
        <extracomment>National Health Insurance: change of address</extracomment>
        <translation>{国民健康保険|こくみんけんこうほけん}の {住所|じゅうしょ}を かえる</translation>
    </message>
    <message>
        <source>国民健康保険の脱退（資格確認書等の返却）</source>
        <extracomment>Leave the National Health Insurance (return the card)</extracomment>
        <translation>{国民健康保険|こくみんけんこうほけん}を やめる（しかく かくにんしょ などを かえす）</translation>
    </message>
    <message>
        <source>国民年金の住所変更</source>
        <extracomment>National Pension: change of address</extracomment>
        <translation>{国民年金|こくみんねんきん}の {住所|じゅうしょ}を かえる</translation>
    </message>
    <message>
        <source>基礎年金番号がわかるもの</source>
        <extracomment>document with the basic pension number</extracomment>
        <translation>きそ ねんきん {番号|ばんごう}が わかる もの</translation>
    </message>
    <message>
        <source>児童手当の申請</source>
        <extracomment>Child allowance application</extracomment>
        <translation>{児童手当|じどうてあて}の もうしこみ</translation>
    </message>
    <message>
        <source>子育て支援課</source>
        <extracomment>Child support desk</extracomment>
        <translation>{子育て支援課|こそだてしえんか}</translation>
    </message>
    <message>
        <source>請求者の口座がわかるもの</source>
        <extracomment>bank account details</extracomment>
        <translation>たのむ ひとの ぎんこう こうざが わかる もの</translation>
    </message>
    <message>
        <source>児童手当の住所変更・消滅届</source>
        <extracomment>Child allowance: change of address or end</extracomment>
        <translation>{児童手当|じどうてあて}の {住所|じゅうしょ}を かえる・おわりの とどけ</translation>
    </message>
    <message>
        <source>子ども医療費助成の申請</source>
        <extracomment>Child medical expense subsidy</extracomment>
        <translation>こどもの いりょうひの たすけの もうしこみ</translation>
    </message>
    <message>
        <source>お子さんの資格確認書（マイナ保険証の方は個人番号カード）</source>
        <extracomment>the child&apos;s health insurance eligibility certificate (or My Number card)</extracomment>
        <translation>こどもの しかく かくにんしょ（マイナ ほけんしょうの ひとは マイナンバーカード）</translation>
    </message>
    <message>
        <source>転入学の手続き（転入学通知書）</source>
        <extracomment>School transfer</extracomment>
        <translation>がっこうを かわる {手続|てつづ}き</translation>
    </message>
    <message>
        <source>教育委員会 学務課</source>
        <extracomment>Board of education</extracomment>
        <translation>きょういく いいんかい がくむか</translation>
    </message>
    <message>
        <source>在学証明書・教科書給与証明書</source>
        <extracomment>certificate of enrolment</extracomment>
        <translation>ざいがく {証明書|しょうめいしょ}・きょうかしょの {証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>介護保険の手続き</source>
        <extracomment>Long-term care insurance</extracomment>
        <translation>{介護保険|かいごほけん}の {手続|てつづ}き</translation>
    </message>
    <message>
        <source>介護保険課</source>
        <extracomment>Long-term care desk</extracomment>
        <translation>{介護保険|かいごほけん}か</translation>
    </message>
    <message>
        <source>介護保険被保険者証・受給資格証明書</source>
        <extracomment>care insurance card</extracomment>
        <translation>{介護保険|かいごほけん}の ほけんしょう など</translation>
    </message>
    <message>
        <source>後期高齢者医療の手続き</source>
        <extracomment>Late-stage elderly medical care</extracomment>
        <translation>{後期高齢者医療|こうきこうれいしゃいりょう}の {手続|てつづ}き</translation>
    </message>
    <message>
        <source>負担区分等証明書</source>
        <extracomment>certificate from the previous municipality</extracomment>
        <translation>ふたん くぶんの {証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>印鑑登録の廃止（登録証の返却）</source>
        <extracomment>Cancel the seal registration (return the card)</extracomment>
        <translation>はんこの とうろくを やめる（カードを かえす）</translation>
    </message>
    <message>
        <source>市民課</source>
        <extracomment>Citizens&apos; desk</extracomment>
        <translation>{市民課|しみんか}</translation>
    </message>
    <message>
        <source>印鑑登録</source>
        <extracomment>Seal registration</extracomment>
        <translation>はんこの とうろく</translation>
    </message>
    <message>
        <source>登録する印鑑・顔写真付き本人確認書類</source>
        <extracomment>the seal and photo ID</extracomment>
        <translation>とうろく する はんこ・かお しゃしんの ある みぶんしょう</translation>
    </message>
    <message>
        <source>マイナンバーカードの住所変更（券面記載事項変更）</source>
        <extracomment>My Number card: change of address on the card</extracomment>
        <translation>マイナンバーカードの {住所|じゅうしょ}を かえる</translation>
    </message>
    <message>
        <source>マイナンバーカードと暗証番号（住基用4桁）</source>
        <extracomment>the card and its 4-digit PIN</extracomment>
        <translation>マイナンバーカードと {暗証番号|あんしょうばんごう}（4けた）</translation>
    </message>
    <message>
        <source>犬の登録事項変更</source>
        <extracomment>Dog registration: change of address</extracomment>
        <translation>いぬの とうろくの へんこう</translation>
    </message>
    <message>
        <source>環境衛生課</source>
        <extracomment>Environment desk</extracomment>
        <translation>かんきょう えいせいか</translation>
    </message>
    <message>
        <source>犬の鑑札</source>
        <extracomment>dog licence tag</extracomment>
        <translation>いぬの かんさつ（ふだ）</translation>
    </message>
    <message>
        <source>選挙人名簿の登録（転入後3か月で自動）</source>
        <extracomment>Electoral register (automatic after 3 months)</extracomment>
        <translation>せんきょの めいぼの とうろく（3かげつで じどう）</translation>
    </message>
    <message>
        <source>選挙管理委員会</source>
        <extracomment>Election board</extracomment>
        <translation>せんきょ かんり いいんかい</translation>
    </message>
    <message>
        <source>就職・転職</source>
        <translation>しごとを さがす・かえる</translation>
    </message>
    <message>
        <source>運転免許</source>
        <translation>うんてん めんきょ</translation>
    </message>
    <message>
        <source>年金・保険</source>
        <translation>ねんきん・ほけん</translation>
    </message>
    <message>
        <source>学校・奨学金</source>
        <translation>がっこう・しょうがくきん</translation>
    </message>
    <message>
        <source>不動産・登記</source>
        <translation>いえや とち</translation>
    </message>
    <message>
        <source>自動車の登録</source>
        <translation>くるまの とうろく</translation>
    </message>
    <message>
        <source>銀行・ローン</source>
        <translation>ぎんこう・ローン</translation>
    </message>
    <message>
        <source>パスポート</source>
        <translation>パスポート</translation>
    </message>
    <message>
        <source>相続</source>
        <translation>そうぞく</translation>
    </message>
    <message>
        <source>官公庁への提出</source>
        <translation>{役所|やくしょ}に だす</translation>
    </message>
    <message>
        <source>その他（窓口で確認）</source>
        <translation>そのほか（{窓口|まどぐち}で たしかめる）</translation>
    </message>
    <message>
        <source>勤務先</source>
        <translation>はたらいている ところ</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>がっこう</translation>
    </message>
    <message>
        <source>金融機関</source>
        <translation>ぎんこう など</translation>
    </message>
    <message>
        <source>警察署</source>
        <translation>けいさつしょ</translation>
    </message>
    <message>
        <source>年金事務所</source>
        <translation>ねんきん じむしょ</translation>
    </message>
    <message>
        <source>法務局</source>
        <translation>ほうむきょく</translation>
    </message>
    <message>
        <source>運輸支局</source>
        <translation>うんゆ しきょく</translation>
    </message>
    <message>
        <source>市区町村役場</source>
        <translation>{市役所|しやくしょ}・まちやくば</translation>
    </message>
    <message>
        <source>中国</source>
        <translation>ちゅうごく</translation>
    </message>
    <message>
        <source>ベトナム</source>
        <translation>ベトナム</translation>
    </message>
    <message>
        <source>韓国</source>
        <translation>かんこく</translation>
    </message>
    <message>
        <source>フィリピン</source>
        <translation>フィリピン</translation>
    </message>
    <message>
        <source>ブラジル</source>
        <translation>ブラジル</translation>
    </message>
    <message>
        <source>ネパール</source>
        <translation>ネパール</translation>
    </message>
    <message>
        <source>インドネシア</source>
        <translation>インドネシア</translation>
    </message>
    <message>
        <source>ミャンマー</source>
        <translation>ミャンマー</translation>
    </message>
    <message>
        <source>台湾</source>
        <translation>たいわん</translation>
    </message>
    <message>
        <source>アメリカ合衆国</source>
        <translation>アメリカ</translation>
    </message>
    <message>
        <source>タイ</source>
        <translation>タイ</translation>
    </message>
    <message>
        <source>インド</source>
        <translation>インド</translation>
    </message>
    <message>
        <source>スリランカ</source>
        <translation>スリランカ</translation>
    </message>
    <message>
        <source>ペルー</source>
        <translation>ペルー</translation>
    </message>
    <message>
        <source>バングラデシュ</source>
        <translation>バングラデシュ</translation>
    </message>
    <message>
        <source>永住者</source>
        <translation>えいじゅうしゃ</translation>
    </message>
    <message>
        <source>日本人の配偶者等</source>
        <translation>にほんじんの はいぐうしゃ など</translation>
    </message>
    <message>
        <source>永住者の配偶者等</source>
        <translation>えいじゅうしゃの はいぐうしゃ など</translation>
    </message>
    <message>
        <source>定住者</source>
        <translation>ていじゅうしゃ</translation>
    </message>
    <message>
        <source>技術・人文知識・国際業務</source>
        <translation>ぎじゅつ・じんぶん ちしき・こくさい ぎょうむ</translation>
    </message>
    <message>
        <source>技能実習</source>
        <translation>ぎのう じっしゅう</translation>
    </message>
    <message>
        <source>特定技能</source>
        <translation>とくてい ぎのう</translation>
    </message>
    <message>
        <source>留学</source>
        <translation>りゅうがく</translation>
    </message>
    <message>
        <source>家族滞在</source>
        <translation>かぞく たいざい</translation>
    </message>
    <message>
        <source>技能</source>
        <translation>ぎのう</translation>
    </message>
    <message>
        <source>経営・管理</source>
        <translation>けいえい・かんり</translation>
    </message>
    <message>
        <source>高度専門職</source>
        <translation>こうど せんもんしょく</translation>
    </message>
    <message>
        <source>特定活動</source>
        <translation>とくてい かつどう</translation>
    </message>
    <message>
        <source>企業内転勤</source>
        <translation>きぎょう ない てんきん</translation>
    </message>
    <message>
        <source>介護</source>
        <translation>かいご</translation>
    </message>
    <message>
        <source>教授</source>
        <translation>きょうじゅ</translation>
    </message>
    <message>
        <source>研究</source>
        <translation>けんきゅう</translation>
    </message>
    <message>
        <source>教育</source>
        <translation>きょういく</translation>
    </message>
    <message>
        <source>医療</source>
        <translation>いりょう</translation>
    </message>
    <message>
        <source>興行</source>
        <translation>こうぎょう</translation>
    </message>
    <message>
        <source>文化活動</source>
        <translation>ぶんか かつどう</translation>
    </message>
    <message>
        <source>請求する方の住所（マイナンバーカードの住所）が当市区町村の外にあるとき、広域交付（住民基本台帳法第12条の4）として自動で「はい」になります。</source>
        <extracomment>Set automatically: yes when the requester&apos;s address (the card&apos;s address) is outside this municipality (住民基本台帳法 第12条の4).</extracomment>
        <translation>たのむ ひとの {住所|じゅうしょ}（マイナンバーカードの {住所|じゅうしょ}）が この まちの そとの ときは、じどうで「はい」に なります（{広域交付|こういきこうふ}）。</translation>
    </message>
    <message>
        <source>住民異動届（世帯変更届）</source>
        <extracomment>Notification of a change of household</extracomment>
        <translation>住民異動届（世帯変更届）</translation>
    </message>
    <message>
        <source>変更があった年月日</source>
        <extracomment>date of the change</extracomment>
        <translation>変わった 日</translation>
    </message>
    <message>
        <source>世帯主が亡くなった場合は亡くなった日</source>
        <extracomment>when the head of household died: the date of death</extracomment>
        <translation>{世帯主|せたいぬし}が 亡くなった ときは、亡くなった 日</translation>
    </message>
    <message>
        <source>変更の内容</source>
        <extracomment>what changed</extracomment>
        <translation>何が 変わったか</translation>
    </message>
    <message>
        <source>世帯主が亡くなり、世帯に残る方が1人だけのときは、その方が世帯主になるため、この届出はいりません。</source>
        <extracomment>When the head of household died and only one person remains in the household, that person becomes the head and this notification is not needed.</extracomment>
        <translation>{世帯主|せたいぬし}が 亡くなって、世帯に 残る 人が 1人だけの ときは、その 人が {世帯主|せたいぬし}に なります。この 届出は いりません。</translation>
    </message>
    <message>
        <source>世帯主の変更</source>
        <extracomment>change of the head of household</extracomment>
        <translation>{世帯主|せたいぬし}が 変わる</translation>
    </message>
    <message>
        <source>世帯分離（同じ住所で世帯を分ける）</source>
        <extracomment>splitting the household (same address)</extracomment>
        <translation>世帯分離（同じ 住所で 世帯を 分ける）</translation>
    </message>
    <message>
        <source>世帯合併（同じ住所の世帯を一つにする）</source>
        <extracomment>merging households (same address)</extracomment>
        <translation>世帯合併（同じ 住所の 世帯を 一つに する）</translation>
    </message>
    <message>
        <source>世帯構成の変更（世帯員の続柄など）</source>
        <extracomment>change in the household (relations)</extracomment>
        <translation>世帯の 中の 変更（{続柄|つづきがら}など）</translation>
    </message>
    <message>
        <source>世帯主が変わる理由</source>
        <extracomment>why the head changes</extracomment>
        <translation>{世帯主|せたいぬし}が 変わる 理由</translation>
    </message>
    <message>
        <source>世帯主の死亡</source>
        <extracomment>the head of household died</extracomment>
        <translation>{世帯主|せたいぬし}が 亡くなった</translation>
    </message>
    <message>
        <source>世帯主の転出</source>
        <extracomment>the head of household moved out</extracomment>
        <translation>{世帯主|せたいぬし}が 引っ越して 出た</translation>
    </message>
    <message>
        <source>世帯員の話し合いによる変更</source>
        <extracomment>the household decided on a new head</extracomment>
        <translation>世帯の 人たちで 話し合って 決めた</translation>
    </message>
    <message>
        <source>世帯の住所（住民票の住所）</source>
        <extracomment>the household&apos;s address (as on the residence record)</extracomment>
        <translation>世帯の 住所（{住民票|じゅうみんひょう}の 住所）</translation>
    </message>
    <message>
        <source>方書</source>
        <extracomment>building and room (katagaki)</extracomment>
        <translation>方書（建物の 名前と 部屋の 番号）</translation>
    </message>
    <message>
        <source>変更前の世帯主 氏名</source>
        <extracomment>head of household before the change</extracomment>
        <translation>前の {世帯主|せたいぬし}の 名前</translation>
    </message>
    <message>
        <source>変更後の世帯主 氏名</source>
        <extracomment>head of household after the change</extracomment>
        <translation>新しい {世帯主|せたいぬし}の 名前</translation>
    </message>
    <message>
        <source>変更があった方</source>
        <extracomment>persons concerned</extracomment>
        <translation>変わる 人</translation>
    </message>
    <message>
        <source>世帯や続柄が変わる方（新しい世帯主を含む）。</source>
        <extracomment>everyone whose household or relation changes (the new head included)</extracomment>
        <translation>世帯や {続柄|つづきがら}が 変わる 人（新しい {世帯主|せたいぬし}も 入れます）。</translation>
    </message>
    <message>
        <source>変更後の世帯主との続柄</source>
        <extracomment>relation to the new head of household</extracomment>
        <translation>新しい {世帯主|せたいぬし}との {続柄|つづきがら}</translation>
    </message>
    <message>
        <source>変更後の世帯主</source>
        <extracomment>the new head of household</extracomment>
        <translation>新しい {世帯主|せたいぬし}</translation>
    </message>
    <message>
        <source>変更があった日が届出日より後になっています。</source>
        <extracomment>The date of the change is after the notification date.</extracomment>
        <translation>変わった 日が 届出の 日より 後に なって います。</translation>
    </message>
    <message>
        <source>変更があった日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after the change (the notification is still accepted).</extracomment>
        <translation>変わった 日から 14日を 過ぎて います（届出は 受け付けます）。</translation>
    </message>
    <message>
        <source>変更前と変更後の世帯主が同じです。</source>
        <extracomment>The head of household before and after the change is the same person.</extracomment>
        <translation>前と 後の {世帯主|せたいぬし}が 同じ 人です。</translation>
    </message>
    <message>
        <source>転入届をした日から14日以内</source>
        <extracomment>within 14 days of the notification of moving in</extracomment>
        <translation>{転入届|てんにゅうとどけ}を 出した 日から 14日以内</translation>
    </message>
    <message>
        <source>転入した日から14日以内</source>
        <extracomment>within 14 days of moving in</extracomment>
        <translation>引っ越して 来た 日から 14日以内</translation>
    </message>
    <message>
        <source>転入した日の翌日から15日以内に申請すると、翌月分から受けられます（15日特例）</source>
        <extracomment>apply within 15 days from the day after moving in to receive it from the next month (15-day rule)</extracomment>
        <translation>引っ越して 来た 次の 日から 15日以内に 申請すると、次の 月の 分から もらえます（15日特例）</translation>
    </message>
    <message>
        <source>転入した日から30日以内</source>
        <extracomment>within 30 days of moving in</extracomment>
        <translation>引っ越して 来た 日から 30日以内</translation>
    </message>
    <message>
        <source>転居届をした日から14日以内</source>
        <extracomment>within 14 days of the notification of moving</extracomment>
        <translation>{転居届|てんきょとどけ}を 出した 日から 14日以内</translation>
    </message>
    <message>
        <source>転居した日から14日以内</source>
        <extracomment>within 14 days of moving</extracomment>
        <translation>引っ越した 日から 14日以内</translation>
    </message>
    <message>
        <source>転居した日から30日以内</source>
        <extracomment>within 30 days of moving</extracomment>
        <translation>引っ越した 日から 30日以内</translation>
    </message>
    <message>
        <source>世帯主が亡くなった（おくやみの手続き）</source>
        <extracomment>The head of the household died (procedures after a death)</extracomment>
        <translation>{世帯主|せたいぬし}が 亡くなった（おくやみの 手続き）</translation>
    </message>
    <message>
        <source>死亡の事実を知った日から7日以内</source>
        <extracomment>within 7 days of learning of the death</extracomment>
        <translation>亡くなった ことを 知った 日から 7日以内</translation>
    </message>
    <message>
        <source>亡くなった日から14日以内</source>
        <extracomment>within 14 days of the death</extracomment>
        <translation>亡くなった 日から 14日以内</translation>
    </message>
    <message>
        <source>葬儀を行った日の翌日から2年以内</source>
        <extracomment>within 2 years from the day after the funeral</extracomment>
        <translation>お葬式の 次の 日から 2年以内</translation>
    </message>
    <message>
        <source>亡くなった方は国民健康保険に加入していましたか</source>
        <extracomment>Was the deceased in the National Health Insurance?</extracomment>
        <translation>亡くなった 人は {国民健康保険|こくみんけんこうほけん}に 入って いましたか</translation>
    </message>
    <message>
        <source>亡くなった方は後期高齢者医療に加入していましたか（75歳以上の方など）</source>
        <extracomment>Was the deceased in the late-stage elderly medical care system (75 or older, for example)?</extracomment>
        <translation>亡くなった 人は 後期高齢者医療に 入って いましたか（75歳以上の 人など）</translation>
    </message>
    <message>
        <source>亡くなった方は介護保険の被保険者証をお持ちでしたか（65歳以上の方、要介護認定を受けた方）</source>
        <extracomment>Did the deceased have a long-term care insurance card (65 or older, or certified as needing care)?</extracomment>
        <translation>亡くなった 人は 介護保険の 被保険者証を 持って いましたか（65歳以上の 人、要介護認定を 受けた 人）</translation>
    </message>
    <message>
        <source>亡くなった方は年金を受け取っていましたか</source>
        <extracomment>Did the deceased receive a pension?</extracomment>
        <translation>亡くなった 人は 年金を もらって いましたか</translation>
    </message>
    <message>
        <source>亡くなった方は印鑑登録をしていましたか</source>
        <extracomment>Did the deceased have a registered seal?</extracomment>
        <translation>亡くなった 人は {印鑑登録|いんかんとうろく}を して いましたか</translation>
    </message>
    <message>
        <source>亡くなった方は福祉医療証や障害者手帳などをお持ちでしたか</source>
        <extracomment>Did the deceased have a welfare medical card, a disability certificate or similar?</extracomment>
        <translation>亡くなった 人は 福祉医療証や 障害者手帳などを 持って いましたか</translation>
    </message>
    <message>
        <source>死亡届（この端末では受け付けません。多くの場合、葬儀社が提出します）</source>
        <extracomment>Notification of death (not filed at this kiosk; usually the funeral company files it)</extracomment>
        <translation>死亡届（この 機械では 出せません。多くは 葬儀社が 出します）</translation>
    </message>
    <message>
        <source>市民課（戸籍）</source>
        <extracomment>Citizens&apos; desk (family register)</extracomment>
        <translation>市民課（戸籍）</translation>
    </message>
    <message>
        <source>死亡診断書（死亡届と一枚の用紙）</source>
        <extracomment>the medical certificate of death (on the same sheet as the notification)</extracomment>
        <translation>死亡診断書（死亡届と 同じ 紙）</translation>
    </message>
    <message>
        <source>国民健康保険の資格喪失（資格確認書等の返却）</source>
        <extracomment>National Health Insurance: end of the deceased&apos;s coverage (return the card)</extracomment>
        <translation>{国民健康保険|こくみんけんこうほけん}を やめる 手続き（資格確認書などを 返す）</translation>
    </message>
    <message>
        <source>亡くなった方の資格確認書・被保険者証</source>
        <extracomment>the deceased&apos;s eligibility certificate or card</extracomment>
        <translation>亡くなった 人の 資格確認書・被保険者証</translation>
    </message>
    <message>
        <source>葬祭費の申請（国民健康保険）</source>
        <extracomment>Funeral expenses grant (National Health Insurance)</extracomment>
        <translation>葬祭費の 申請（{国民健康保険|こくみんけんこうほけん}）</translation>
    </message>
    <message>
        <source>葬儀の領収書又は会葬礼状・喪主の口座がわかるもの</source>
        <extracomment>the funeral receipt or notice and the chief mourner&apos;s bank account details</extracomment>
        <translation>お葬式の 領収書か 会葬礼状、喪主の 口座が わかる もの</translation>
    </message>
    <message>
        <source>後期高齢者医療の資格喪失（資格確認書等の返却）</source>
        <extracomment>Late-stage elderly medical care: end of coverage (return the card)</extracomment>
        <translation>後期高齢者医療を やめる 手続き（資格確認書などを 返す）</translation>
    </message>
    <message>
        <source>葬祭費の申請（後期高齢者医療）</source>
        <extracomment>Funeral expenses grant (late-stage elderly medical care)</extracomment>
        <translation>葬祭費の 申請（後期高齢者医療）</translation>
    </message>
    <message>
        <source>介護保険の資格喪失（被保険者証の返却）</source>
        <extracomment>Long-term care insurance: end of coverage (return the card)</extracomment>
        <translation>介護保険を やめる 手続き（被保険者証を 返す）</translation>
    </message>
    <message>
        <source>亡くなった方の介護保険被保険者証</source>
        <extracomment>the deceased&apos;s care insurance card</extracomment>
        <translation>亡くなった 人の 介護保険被保険者証</translation>
    </message>
    <message>
        <source>年金の手続き（未支給年金・遺族年金）</source>
        <extracomment>Pension: unpaid pension and survivors&apos; pension</extracomment>
        <translation>年金の 手続き（未支給年金・遺族年金）</translation>
    </message>
    <message>
        <source>保険年金課（国民年金）・年金事務所（厚生年金）</source>
        <extracomment>Pension desk (National Pension) or the pension office (employees&apos; pension)</extracomment>
        <translation>保険年金課（国民年金）・年金事務所（厚生年金）</translation>
    </message>
    <message>
        <source>年金証書・亡くなった方との関係がわかる戸籍謄本</source>
        <extracomment>the pension certificate and a family register showing the relationship</extracomment>
        <translation>年金証書と、亡くなった 人との 関係が わかる 戸籍謄本</translation>
    </message>
    <message>
        <source>印鑑登録証の返却（印鑑登録は死亡により廃止されます）</source>
        <extracomment>Return the seal registration card (the registration ends at death)</extracomment>
        <translation>{印鑑登録証|いんかんとうろくしょう}を 返す（{印鑑登録|いんかんとうろく}は 亡くなると なくなります）</translation>
    </message>
    <message>
        <source>亡くなった方の印鑑登録証</source>
        <extracomment>the deceased&apos;s seal registration card</extracomment>
        <translation>亡くなった 人の {印鑑登録証|いんかんとうろくしょう}</translation>
    </message>
    <message>
        <source>福祉医療証・障害者手帳などの返却</source>
        <extracomment>Return welfare medical cards, disability certificates and the like</extracomment>
        <translation>福祉医療証・障害者手帳などを 返す</translation>
    </message>
    <message>
        <source>福祉課</source>
        <extracomment>Welfare desk</extracomment>
        <translation>福祉課</translation>
    </message>
    <message>
        <source>亡くなった方の福祉医療証・手帳</source>
        <extracomment>the deceased&apos;s welfare cards and certificates</extracomment>
        <translation>亡くなった 人の 福祉医療証・手帳</translation>
    </message>
    <message>
        <source>マイナンバーカードの返納は不要です（死亡により失効。相続の手続きのため個人番号は控えておいてください）</source>
        <extracomment>The My Number card need not be returned (it lapses at death; keep the number for inheritance paperwork)</extracomment>
        <translation>マイナンバーカードは 返さなくて いいです（亡くなると 使えなく なります。相続の 手続きの ために 個人番号を メモして おいて ください）</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <source>Moved to %1 from another municipality</source>
        <translation>ほかの まちから %1に ひっこして きた</translation>
    </message>
    <message>
        <source>Moved within %1</source>
        <translation>%1の なかで ひっこした</translation>
    </message>
    <message>
        <source>Moving out of %1 to another municipality</source>
        <translation>%1から ほかの まちへ ひっこす</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Fee: %1 × %2 = %3</source>
        <translation>{手数料|てすうりょう}（おかね）：%1 × %2つう = %3</translation>
    </message>
    <message>
        <source>Fee to pay at the counter: %1</source>
        <translation>{窓口|まどぐち}で はらう おかね：%1</translation>
    </message>
    <message>
        <source>Read with the verification code B by staff.</source>
        <translation>{職員|しょくいん}が {照合番号|しょうごうばんごう} Bで よみました。</translation>
    </message>
    <message>
        <source>The card&apos;s data is genuine: its signature was checked.</source>
        <translation>カードの じょうほうは ただしい ことを たしかめました。</translation>
    </message>
    <message>
        <source>The card&apos;s signature was not checked on this kiosk (no key set up).</source>
        <translation>この きかいでは カードの {署名|しょめい}を たしかめて いません。</translation>
    </message>
    <message>
        <source>The card&apos;s data failed its check.</source>
        <translation>カードの じょうほうを たしかめる ことが できませんでした。</translation>
    </message>
</context>
<context>
    <name>StaffConfirmScreen</name>
    <message>
        <source>Pre-entry</source>
        <translation>じぜん にゅうりょく</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>自動</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::AdminScreen</name>
    <message>
        <source>Print %1 (%2)</source>
        <translation>%1 を印刷（%2）</translation>
    </message>
    <message>
        <source>Paper held (the resident left before printing): %1</source>
        <translation>印刷を保留した受付（印刷前に住民の方が離れました）: %1件</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>職員メニュー</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>サインイン中: %1</translation>
    </message>
    <message>
        <source>Kiosk: %1 (%2)</source>
        <translation>端末: %1（%2）</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>self-service</source>
        <translation>セルフ</translation>
    </message>
    <message>
        <source>Municipality: %1 %2</source>
        <translation>自治体: %1 %2</translation>
    </message>
    <message>
        <source>Requests go to: %1</source>
        <translation>申請の送り先: %1</translation>
    </message>
    <message>
        <source>Back-office queue: not configured</source>
        <translation>バックオフィスの送信待ち: 未設定</translation>
    </message>
    <message numerus="yes">
        <source>Back-office queue: %1, %n waiting</source>
        <translation>
            <numerusform>バックオフィスの送信待ち: %1、%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Card reader: %1</source>
        <translation>カードリーダー: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>バージョン: %1</translation>
    </message>
    <message>
        <source>Back to the first screen</source>
        <translation>最初の画面に戻る</translation>
    </message>
    <message>
        <source>Close the kiosk application</source>
        <translation>キオスクのアプリを終了する</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::BlockedScreen</name>
    <message>
        <source>The card&apos;s PIN is locked</source>
        <translation>{暗証番号|あんしょうばんごう}が ロック されました</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly 3 times, so the card locked itself to protect you.</source>
        <translation>{暗証番号|あんしょうばんごう}を 3かい つづけて まちがえたので、カードが ロック されました。あなたを まもる ためです。</translation>
    </message>
    <message>
        <source>the resident registration desk of the city hall where you live</source>
        <translation>すんでいる まちの {役所|やくしょ}の {窓口|まどぐち}</translation>
    </message>
    <message>
        <source>The PIN can be reset at %1. Please come in person with this card; the staff will check your identity.</source>
        <translation>%1で {暗証番号|あんしょうばんごう}を もういちど きめる ことが できます。この カードを もって、じぶんで きて ください。</translation>
    </message>
    <message>
        <source>Today, staff can still read the card without the PIN, with the verification code B printed on its front.</source>
        <translation>きょうは、{職員|しょくいん}が カードの おもての {番号|ばんごう}（{照合番号|しょうごうばんごう} B）で よむ ことが できます。</translation>
    </message>
    <message>
        <source>Please take your card and ask at the counter.</source>
        <translation>カードを とって、{窓口|まどぐち}で きいて ください。</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>{暗証番号|あんしょうばんごう} なしで よむ（{職員|しょくいん}）</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::BusyScreen</name>
    <message>
        <source>Checking your card</source>
        <translation>カードを たしかめて います</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>カードを うごかさないで ください。</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <translation>カードを よんで います</translation>
    </message>
    <message>
        <source>Please do not move the card. This takes a moment.</source>
        <translation>カードを うごかさないで ください。すこし まって ください。</translation>
    </message>
    <message>
        <source>Saving your request</source>
        <translation>もうしこみを ほぞん して います</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>すこし まって ください。</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardFaceDiagram</name>
    <message>
        <source>Diagram of the card&apos;s front: 1 date of birth, 2 expiry year, 3 security code under the photo</source>
        <translation>カードの おもての え: 1 うまれた ひ、2 きげんの とし、3 しゃしんの したの {番号|ばんごう}</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardProblemScreen</name>
    <message>
        <source>The card cannot be read</source>
        <translation>カードを よめません</translation>
    </message>
    <message>
        <source>Check that it is a My Number card, the right way up, and place it on the reader again.</source>
        <translation>マイナンバーカードか、むきが ただしいかを たしかめて、もういちど おいて ください。</translation>
    </message>
    <message>
        <source>This is not a My Number card</source>
        <translation>マイナンバーカードでは ありません</translation>
    </message>
    <message>
        <source>Please place your My Number card (個人番号カード). Other cards cannot be used here.</source>
        <translation>マイナンバーカードを おいて ください。ほかの カードは つかえません。</translation>
    </message>
    <message>
        <source>The card&apos;s data could not be confirmed</source>
        <translation>カードの じょうほうを たしかめられませんでした</translation>
    </message>
    <message>
        <source>The data on the card did not pass its security check, so it is not used. Please ask the staff.</source>
        <translation>カードの じょうほうが あんぜんの チェックを とおらなかったので、つかいません。{職員|しょくいん}に きいて ください。</translation>
    </message>
    <message>
        <source>A different card was placed</source>
        <translation>ちがう カードが おかれました</translation>
    </message>
    <message>
        <source>This is not the card read first. For your safety everything entered was cleared. Please start again.</source>
        <translation>はじめに よんだ カードでは ありません。あんぜんの ため、いれた ことは ぜんぶ けしました。もういちど はじめて ください。</translation>
    </message>
    <message>
        <source>The card is in use by another program</source>
        <translation>カードが ほかの プログラムで つかわれて います</translation>
    </message>
    <message>
        <source>Please wait a moment and try again, or ask the staff.</source>
        <translation>すこし まってから もういちど ためすか、{職員|しょくいん}に きいて ください。</translation>
    </message>
    <message>
        <source>Reading the card did not work</source>
        <translation>カードを よめませんでした</translation>
    </message>
    <message>
        <source>Please try again. If it fails again, please ask the staff.</source>
        <translation>もういちど ためして ください。だめ な ときは、{職員|しょくいん}に きいて ください。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もういちど</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CodeBScreen</name>
    <message>
        <source>Verification code B (staff only)</source>
        <translation>{照合番号|しょうごうばんごう}B（職員専用）</translation>
    </message>
    <message>
        <source>Reads the card without the PIN. Enter the three items printed on the card&apos;s front, as numbered in the picture.</source>
        <translation>{暗証番号|あんしょうばんごう}を使わずにカードを読み取ります。カードの表面に書かれた3つの項目を、図の番号のとおりに入れてください。</translation>
    </message>
    <message>
        <source>1. Date of birth, as printed on the card (Japanese era or Western year)</source>
        <translation>1. 生年月日（カードの表記どおり、和暦か西暦で）</translation>
    </message>
    <message>
        <source>2. Year of the expiry date (…年…月…日まで有効)</source>
        <translation>2. 有効期限の年（…年…月…日まで有効）</translation>
    </message>
    <message>
        <source>3. Security code (4 digits, under the photo)</source>
        <translation>3. セキュリティコード（4けた、写真の下）</translation>
    </message>
    <message numerus="yes">
        <source>Security code: %n of 4 digits entered</source>
        <translation>
            <numerusform>セキュリティコード: 4けたのうち%nけた入力済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation>カードを読み取る</translation>
    </message>
    <message>
        <source>Only one try is left for code B. I checked all three items: use it.</source>
        <translation>{照合番号|しょうごうばんごう}Bの残りは1回です。3つの項目を確かめたので、使います。</translation>
    </message>
    <message numerus="yes">
        <source>The code does not match this card. %n tries left; enter the security code again.</source>
        <translation>
            <numerusform>{照合番号|しょうごうばんごう}Bがこのカードと合いません。残り%n回です。セキュリティコードを入れ直してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one try is left for code B. Check all three items before reading.</source>
        <translation>{照合番号|しょうごうばんごう}Bの残りは1回です。読み取る前に3つの項目を確かめてください。</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::DatePicker</name>
    <message>
        <source>Era</source>
        <translation>げんごう（れいわ など）</translation>
    </message>
    <message>
        <source>Era of the date</source>
        <translation>げんごう</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>とし</translation>
    </message>
    <message>
        <source>Year of the date</source>
        <translation>とし</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>つき</translation>
    </message>
    <message>
        <source>Month of the date</source>
        <translation>つき</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>ひ</translation>
    </message>
    <message>
        <source>Day of the date</source>
        <translation>ひ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>きょう</translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation>せいれき</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>われき</translation>
    </message>
    <message>
        <source>Switches between the Japanese era and the Western calendar</source>
        <translation>われきと せいれきを きりかえます</translation>
    </message>
    <message>
        <source>1st year</source>
        <comment>date picker: 元年</comment>
        <translation>がんねん</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>date picker: year</comment>
        <translation>%1ねん</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>date picker: month</comment>
        <translation>%1がつ</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>date picker: day</comment>
        <translation>%1にち</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::DoneScreen</name>
    <message numerus="yes">
        <source>This screen closes by itself in %n second(s).</source>
        <translation>
            <numerusform>この がめんは %n びょうで おわります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>もうしこみを うけつけました</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>{受付番号|うけつけばんごう}</translation>
    </message>
    <message>
        <source>Receipt number %1</source>
        <translation>{受付番号|うけつけばんごう} %1</translation>
    </message>
    <message>
        <source>Take the printed receipt to the counter. You will be called by this number.</source>
        <translation>うけつけの かみを もって、{窓口|まどぐち}に きて ください。この {番号|ばんごう}で よびます。</translation>
    </message>
    <message>
        <source>Please wait near the counter. You will be called by this number.</source>
        <translation>{窓口|まどぐち}の ちかくで まって ください。この {番号|ばんごう}で よびます。</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>カードを わすれないで ください。</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>もっていく もの: %1</translation>
    </message>
    <message>
        <source>You may also need these procedures:</source>
        <translation>この {手続|てつづ}きも ひつよう かもしれません:</translation>
    </message>
    <message>
        <source>For staff: printing failed (%1). The request is saved and queued; print it again from the back office.</source>
        <translation>職員の方へ: 印刷に失敗しました（%1）。申請は保存され、送信待ちです。バックオフィスから再印刷してください。</translation>
    </message>
    <message>
        <source>For staff: nothing was printed (%1). The request is saved.</source>
        <translation>職員の方へ: 印刷していません（%1）。申請は保存されています。</translation>
    </message>
    <message>
        <source>For staff: check the printed forms: %1</source>
        <translation>職員の方へ: 印刷した書類を確認してください（印字できない文字があります。手書きで補ってください）: %1</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>おわる</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <comment>the rule: within 14 days of moving in</comment>
        <translation>期限（いつまで）：%1</translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <comment>a date, then the rule it comes from</comment>
        <translation>期限（いつまで）：%1まで（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a department, then where it is: building, floor, counter</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::IdleScreen</name>
    <message>
        <source>The card reader service is not running. Please ask the staff.</source>
        <translation>カードリーダーが うごいて いません。{職員|しょくいん}に きいて ください。</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff.</source>
        <translation>カードリーダーが つながって いません。{職員|しょくいん}に きいて ください。</translation>
    </message>
    <message>
        <source>The card reader is ready.</source>
        <translation>カードリーダーの じゅんびが できました。</translation>
    </message>
    <message>
        <source>A card is on the reader. Tap “Start”, or take the card and place it again.</source>
        <translation>カードが あります。「はじめる」を おすか、カードを とって もういちど おいて ください。</translation>
    </message>
    <message>
        <source>The card cannot be read. Check that it is the right way up and place it again.</source>
        <translation>カードを よめません。むきを たしかめて、もういちど おいて ください。</translation>
    </message>
    <message>
        <source>Please place your My Number card on the reader</source>
        <translation>マイナンバーカードを リーダーに おいて ください</translation>
    </message>
    <message>
        <source>Nothing to write by hand: your forms are filled in from the card.</source>
        <translation>てがきは いりません。カードから もうしこみの かみを つくります。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>For staff: no request storage is configured, so requests cannot be accepted (submit/sink).</source>
        <translation>職員の方へ: 申請の保存先が設定されていないため、受付できません（submit/sink）。</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Keypad</name>
    <message>
        <source>Clear</source>
        <translation>ぜんぶ けす</translation>
    </message>
    <message>
        <source>Clears everything entered</source>
        <translation>いれた ものを ぜんぶ けします</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>1じ けす</translation>
    </message>
    <message>
        <source>Deletes the last character</source>
        <translation>さいごの 1じを けします</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>ハイフン</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::KioskWindow</name>
    <message>
        <source>End here and clear everything?</source>
        <translation>ここで やめて、ぜんぶ 消しますか？</translation>
    </message>
    <message>
        <source>What you have entered so far will be deleted, and the first screen comes back.</source>
        <translation>ここまでに 入れた ことは 消えて、さいしょの 画面に もどります。</translation>
    </message>
    <message>
        <source>No, continue</source>
        <translation>いいえ、つづける</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>はい、やめて 消す</translation>
    </message>
    <message>
        <source>Your pre-entry code was read. Place your My Number card on the reader; you will enter your PIN as usual.</source>
        <translation>じゅんびの QRコードを よみました。マイナンバーカードを よみとりきに おいて ください。{暗証番号|あんしょうばんごう}を いれます。</translation>
    </message>
    <message>
        <source>This QR code is not a pre-entry code of this city.</source>
        <translation>この QRコードは この しの じゅんびの コードでは ありません。</translation>
    </message>
    <message>
        <source>The QR code could not be read completely. Show it again, or answer the questions here.</source>
        <translation>QRコードを ぜんぶ よめませんでした。もう いちど みせるか、ここで しつもんに こたえて ください。</translation>
    </message>
    <message>
        <source>This pre-entry code is older than 30 days. Please answer the questions here.</source>
        <translation>この じゅんびの コードは 30にちより まえの ものです。ここで しつもんに こたえて ください。</translation>
    </message>
    <message>
        <source>This pre-entry code was made for newer forms than this kiosk has. Please answer the questions here.</source>
        <translation>この じゅんびの コードは この きかいより あたらしい ようしきの ものです。ここで しつもんに こたえて ください。</translation>
    </message>
    <message>
        <source>This QR code cannot be used. Please answer the questions here.</source>
        <translation>この QRコードは つかえません。ここで しつもんに こたえて ください。</translation>
    </message>
    <message>
        <source>No-writing counter</source>
        <translation>かかない {窓口|まどぐち}</translation>
    </message>
    <message>
        <source>Choose the language</source>
        <translation>ことばを えらぶ</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>じを おおきく</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>みやすい いろ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>つづける</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>とじる</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>{暗証番号|あんしょうばんごう}</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ようじ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>にゅうりょく</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>かくにん</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>おわり</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>いまの じゅんばん</translation>
    </message>
    <message>
        <source>Reader: service not running</source>
        <translation>リーダー: とまって います</translation>
    </message>
    <message>
        <source>Reader: not connected</source>
        <translation>リーダー: つながって いません</translation>
    </message>
    <message>
        <source>Reader: ready</source>
        <translation>リーダー: じゅんび OK</translation>
    </message>
    <message>
        <source>Reader: card in place</source>
        <translation>リーダー: カード あり</translation>
    </message>
    <message>
        <source>Reader: card unreadable</source>
        <translation>リーダー: カードを よめません</translation>
    </message>
    <message>
        <source>Counter mode</source>
        <translation>窓口モード</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>セルフモード</translation>
    </message>
    <message>
        <source>Back office: not connected (no queue set up)</source>
        <translation>バックオフィス: 未接続（送信待ちなし）</translation>
    </message>
    <message numerus="yes">
        <source>Back office: online, %n waiting</source>
        <translation>
            <numerusform>バックオフィス: オンライン、送信待ち%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OFFLINE: %n waiting since %1</source>
        <translation>
            <numerusform>オフライン: %1から%n件が送信待ち</numerusform>
        </translation>
    </message>
    <message>
        <source>OFFLINE: nothing waiting</source>
        <translation>オフライン: 送信待ちなし</translation>
    </message>
    <message numerus="yes">
        <source>, %n set aside (call IT)</source>
        <translation>
            <numerusform>、%nけんは とまっています（{職員|しょくいん}に しらせてください）</numerusform>
        </translation>
    </message>
    <message>
        <source>DEVELOPMENT: requests saved to a folder, unencrypted</source>
        <translation>開発用: 申請を暗号化せずにフォルダに保存中</translation>
    </message>
    <message>
        <source>Requests cannot be saved: no storage set up</source>
        <translation>申請を保存できません: 保存先が未設定</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>職員: %1</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there?
Without a touch, everything is cleared in %n second(s).</source>
        <translation>
            <numerusform>まだ つかって いますか？
さわらないと、%n びょうで ぜんぶ きえます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>職員メニュー</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::LastTryScreen</name>
    <message>
        <source>Only one try left</source>
        <translation>のこりは 1かいです</translation>
    </message>
    <message>
        <source>If the next PIN is wrong, the card locks. It can then only be unlocked at the counter of the city hall, in person.</source>
        <translation>つぎに まちがえると、カードが ロック されます。ロック されると、{役所|やくしょ}の {窓口|まどぐち}に じぶんで いかないと なおせません。</translation>
    </message>
    <message>
        <source>If you are not sure of your PIN, do not enter it. Please ask the staff instead.</source>
        <translation>{暗証番号|あんしょうばんごう}が わからない ときは、いれないで ください。{職員|しょくいん}に きいて ください。</translation>
    </message>
    <message>
        <source>I am sure: enter the PIN</source>
        <translation>わかります: {暗証番号|あんしょうばんごう}を いれる</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>{暗証番号|あんしょうばんごう} なしで よむ（{職員|しょくいん}）</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinDots</name>
    <message numerus="yes">
        <source>%n of %1 digits entered</source>
        <translation>
            <numerusform>%1けたの うち %n けた いれました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinScreen</name>
    <message>
        <source>Enter your PIN again to read your individual number</source>
        <translation>マイナンバーを よむ ため、もういちど {暗証番号|あんしょうばんごう}を いれて ください</translation>
    </message>
    <message>
        <source>Enter your 4-digit PIN</source>
        <translation>4けたの {暗証番号|あんしょうばんごう}を いれて ください</translation>
    </message>
    <message>
        <source>The PIN for filling in forms from the card (券面事項入力補助用暗証番号), 4 digits.</source>
        <translation>カードで もうしこみを つくる ための {暗証番号|あんしょうばんごう} です（4けた）。</translation>
    </message>
    <message numerus="yes">
        <source>You can enter it %n more time(s). After 3 wrong PINs in a row the card locks.</source>
        <translation>
            <numerusform>あと %n かい いれる ことが できます。3かい つづけて まちがえると、カードが ロック されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>After 3 wrong PINs in a row the card locks.</source>
        <translation>3かい つづけて まちがえると、カードが ロック されます。</translation>
    </message>
    <message>
        <source>That PIN was wrong. Please check it and enter it again.</source>
        <translation>{暗証番号|あんしょうばんごう}が ちがいます。たしかめて、もういちど いれて ください。</translation>
    </message>
    <message>
        <source>Staff never ask for your PIN. Only dots are shown while you type.</source>
        <translation>{職員|しょくいん}が {暗証番号|あんしょうばんごう}を きく ことは ありません。いれて いる ときは ● だけ みえます。</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>{暗証番号|あんしょうばんごう} なしで よむ（{職員|しょくいん}）</translation>
    </message>
    <message>
        <source>Staff read the card with the verification code B printed on its front</source>
        <translation>{職員|しょくいん}が カードの おもての {番号|ばんごう}で よみます</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ProcedureScreen</name>
    <message>
        <source>A copy of my residence record</source>
        <translation>{住民票|じゅうみんひょう}の {写|うつ}しが ほしい</translation>
    </message>
    <message>
        <source>My seal registration certificate</source>
        <translation>{印鑑登録証明書|いんかんとうろくしょうめいしょ}が ほしい</translation>
    </message>
    <message>
        <source>A family register certificate</source>
        <translation>{戸籍|こせき}の {証明書|しょうめいしょ}が ほしい</translation>
    </message>
    <message>
        <source>A tax or income certificate</source>
        <translation>{税金|ぜいきん}の {証明書|しょうめいしょ}が ほしい</translation>
    </message>
    <message>
        <source>What would you like to do today?</source>
        <translation>きょうは なにを しに きましたか？</translation>
    </message>
    <message>
        <source>Card read: %1</source>
        <translation>カードの ひと: %1</translation>
    </message>
    <message>
        <source>Card data checked</source>
        <translation>カードを たしかめました</translation>
    </message>
    <message>
        <source>Card data read</source>
        <translation>カードを よみました</translation>
    </message>
    <message>
        <source>Something happened in your life</source>
        <translation>くらしの できごとから えらぶ</translation>
    </message>
    <message>
        <source>Certificates and notifications (choose one or more)</source>
        <translation>{証明書|しょうめいしょ}・とどけから えらぶ（いくつでも）</translation>
    </message>
    <message>
        <source>Fills in: %1</source>
        <translation>つくる かみ: %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>つぎへ</translation>
    </message>
    <message>
        <source>A change in my household</source>
        <translation>{世帯主|せたいぬし}や 世帯が 変わった</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::QuestionsScreen</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>A few questions about your move</source>
        <translation>ひっこしに ついての しつもん</translation>
    </message>
    <message>
        <source>Your answers only decide which other procedures we list for you. Skip a question if it does not apply.</source>
        <translation>こたえは、ほかに ひつよう な {手続|てつづ}きを おしえる ため だけに つかいます。わからない しつもんは とばして だいじょうぶです。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>つぎへ</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ReaderIllustration</name>
    <message>
        <source>Picture: a card placed flat on the card reader</source>
        <translation>え: カードを リーダーの うえに おく ところ</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ResidentConfirmScreen</name>
    <message>
        <source>Please check your request</source>
        <translation>もうしこみの ないようを たしかめて ください</translation>
    </message>
    <message>
        <source>This is what will be submitted. If it is right, tap “Yes, submit”.</source>
        <translation>この ないようで もうしこみ ます。よければ「はい、もうしこみます」を おして ください。</translation>
    </message>
    <message>
        <source>Yes, submit</source>
        <translation>はい、もうしこみます</translation>
    </message>
    <message>
        <source>Fix something</source>
        <translation>なおす</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ReviewScreen</name>
    <message>
        <source>The address on your card is already in %1. A move within %1 is notified with a 転居届.</source>
        <translation>カードの {住所|じゅうしょ}は もう %1の なかです。%1の なかでの ひっこしは {転居届|てんきょとどけ}です。</translation>
    </message>
    <message>
        <source>The address on your card is not in %1. Moving here from another municipality is notified with a 転入届.</source>
        <translation>カードの {住所|じゅうしょ}は %1の そとです。ほかの まちから きた ときは {転入届|てんにゅうとどけ}です。</translation>
    </message>
    <message>
        <source>The address on your card does not fit this procedure.</source>
        <translation>カードの {住所|じゅうしょ}が この {手続|てつづ}きと あいません。</translation>
    </message>
    <message>
        <source>Switch to: %1</source>
        <translation>「%1」に かえる</translation>
    </message>
    <message>
        <source>Your answers that fit are kept</source>
        <translation>合う こたえは そのまま のこります</translation>
    </message>
    <message>
        <source>Please check the items marked in red.</source>
        <translation>あかい しるしの ところを たしかめて ください。</translation>
    </message>
    <message>
        <source>Form %1 of %2 · Check what came from your card, then answer the questions below.</source>
        <translation>かみ %1 / %2 · カードから よんだ ことを たしかめて、したの しつもんに こたえて ください。</translation>
    </message>
    <message>
        <source>From your card</source>
        <translation>カードから よんだ こと</translation>
    </message>
    <message>
        <source>This form needs details that are entered at the counter. Please take your card to the counter; the staff will help you.</source>
        <translation>この かみには、{窓口|まどぐち}で いれる ところが あります。カードを もって {窓口|まどぐち}に きて ください。{職員|しょくいん}が てつだいます。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>かならず</translation>
    </message>
    <message>
        <source>Check the summary</source>
        <translation>かくにんの がめんへ</translation>
    </message>
    <message>
        <source>Next form</source>
        <translation>つぎの かみへ</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Screen</name>
    <message>
        <source>Quit</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>Asks first, then ends and clears everything</source>
        <translation>たしかめてから、ぜんぶ 消して さいしょに もどります</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>もどる</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Spinner</name>
    <message>
        <source>Working</source>
        <translation>しょりちゅう</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::StaffConfirmScreen</name>
    <message>
        <source> (copied)</source>
        <translation>（コピー）</translation>
    </message>
    <message>
        <source>Warnings (accepted, passed on to the back office):</source>
        <translation>注意（受け付けて、バックオフィスへ伝えます）:</translation>
    </message>
    <message>
        <source>Staff confirmation</source>
        <translation>職員の確認</translation>
    </message>
    <message>
        <source>Signed in: %1. Check every field and where it came from, then confirm or send it back to the resident.</source>
        <translation>サインイン中: %1。すべての項目と、その出どころを確かめて、受け付けるか、本人に差し戻してください。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出どころ</translation>
    </message>
    <message>
        <source>Card&apos;s value</source>
        <translation>カードの記載</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>差し戻す</translation>
    </message>
    <message>
        <source>Confirm and accept</source>
        <translation>確認して受け付ける</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::StaffSignInScreen</name>
    <message>
        <source>Correcting a value read from the card is for staff only. Please call the staff.</source>
        <translation>カードの ないようを なおすのは {職員|しょくいん}です。{職員|しょくいん}を よんで ください。</translation>
    </message>
    <message>
        <source>Enter a staff ID and a PIN of %1 to %2 digits.</source>
        <translation>職員番号と、%1〜%2桁の{暗証番号|あんしょうばんごう}を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Staff sign-in at this kiosk is locked for %n minute(s) after too many wrong PINs.</source>
        <translation>
            <numerusform>{暗証番号|あんしょうばんごう}の誤りが続いたため、この端末の職員サインインは%n分間ロックされています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The staff ID or PIN is wrong. %n more wrong PIN(s) lock this ID.</source>
        <translation>
            <numerusform>職員番号か{暗証番号|あんしょうばんごう}がちがいます。あと%n回まちがえると、この職員番号はロックされます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This staff ID is locked for %n minute(s) after too many wrong PINs.</source>
        <translation>
            <numerusform>{暗証番号|あんしょうばんごう}の誤りが多いため、この職員番号は%n分間ロックされています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>{職員|しょくいん}の サインイン</translation>
    </message>
    <message>
        <source>Reading the card with the verification code B is for staff only.</source>
        <translation>{照合番号|しょうごうばんごう}Bでの読み取りは職員専用です。</translation>
    </message>
    <message>
        <source>A staff member confirms the request before it is accepted. Please call the staff.</source>
        <translation>{職員|しょくいん}が たしかめてから うけつけます。{職員|しょくいん}を よんで ください。</translation>
    </message>
    <message>
        <source>The staff menu is for staff only.</source>
        <translation>職員メニューは職員専用です。</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>職員番号</translation>
    </message>
    <message>
        <source>Staff PIN (type it or use the keypad)</source>
        <translation>職員の{暗証番号|あんしょうばんごう}（キーボードかテンキーで）</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>The keypad enters:</source>
        <translation>テンキーで入れる項目:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>{暗証番号|あんしょうばんごう}</translation>
    </message>
    <message numerus="yes">
        <source>The staff ID, PIN or code is wrong. %n more wrong sign-in(s) lock this ID.</source>
        <translation>
            <numerusform>職員番号、{暗証番号|あんしょうばんごう}または確認コードがちがいます。あと%n回まちがえると、この職員番号はロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a staff ID, a PIN of %1 to %2 digits and the 6-digit code.</source>
        <translation>職員番号と、%1〜%2桁の{暗証番号|あんしょうばんごう}と、6桁の確認コードを入力してください。</translation>
    </message>
    <message>
        <source>Code from the authenticator app (6 digits)</source>
        <translation>にんしょうアプリの かくにんコード（6けた）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>かくにんコード</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Stepper</name>
    <message>
        <source>Fewer: %1</source>
        <translation>へらす: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>ふやす: %1</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::SubmitFailedScreen</name>
    <message>
        <source>The request could not be saved</source>
        <translation>もうしこみを ほぞん できませんでした</translation>
    </message>
    <message>
        <source>Nothing was accepted yet. Please ask the staff; you can also try again.</source>
        <translation>まだ うけつけて いません。{職員|しょくいん}に きいて ください。もういちど ためす ことも できます。</translation>
    </message>
    <message>
        <source>For staff: no request storage is configured on this kiosk (submit/sink).</source>
        <translation>職員の方へ: この端末には申請の保存先が設定されていません（submit/sink）。</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>職員の方へ: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もういちど</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::TouchKeyboard</name>
    <message>
        <source>Next</source>
        <translation>つぎの かんじ</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>かんじに する</translation>
    </message>
    <message>
        <source>Shows the next kanji for the highlighted part</source>
        <translation>いろが ついた ところの つぎの かんじを だします</translation>
    </message>
    <message>
        <source>Converts the kana to kanji</source>
        <translation>ひらがなを かんじに します</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小さく</translation>
    </message>
    <message>
        <source>Makes the last kana small (っ, ゃ)</source>
        <translation>さいごの じを 小さく します（っ、ゃ）</translation>
    </message>
    <message>
        <source>Voiced mark</source>
        <translation>てんてん（゛）</translation>
    </message>
    <message>
        <source>Semi-voiced mark</source>
        <translation>まる（゜）</translation>
    </message>
    <message>
        <source>a / A</source>
        <translation>a / A</translation>
    </message>
    <message>
        <source>Switches between capital and small letters</source>
        <translation>大きい じと 小さい じを かえます</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>1じ けす</translation>
    </message>
    <message>
        <source>Deletes the last character</source>
        <translation>さいごの 1じを けします</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>きめる</translation>
    </message>
    <message>
        <source>Puts the text into the field</source>
        <translation>いれた じを らんに いれます</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>とじる</translation>
    </message>
    <message>
        <source>Closes the keyboard</source>
        <translation>キーボードを とじます</translation>
    </message>
    <message>
        <source>More</source>
        <translation>ほかの かんじ</translation>
    </message>
    <message>
        <source>Shows more kanji</source>
        <translation>ほかの かんじを だします</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>まえの ところ</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>つぎの ところ</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>ひらがな</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>カタカナ</translation>
    </message>
    <message>
        <source>Letters and digits</source>
        <translation>ABCと すうじ</translation>
    </message>
</context>
</TS>
