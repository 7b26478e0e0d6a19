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
        <translation>ほかの答え（職員が入力）</translation>
    </message>
    <message>
        <source>Other answer, typed by staff: %1</source>
        <translation>ほかの答え（職員が入力）: %1</translation>
    </message>
    <message>
        <source>The postal code list is not available. Please ask the staff.</source>
        <translation>ゆうびん ばんごう の リスト が つかえません。しょくいん に きいて ください。</translation>
    </message>
    <message>
        <source>No address has this postal code. Please check the number.</source>
        <translation>この ゆうびん ばんごう の じゅうしょ は ありません。ばんごう を たしかめて ください。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>かえる</translation>
    </message>
    <message>
        <source>Enters the address again</source>
        <translation>じゅうしょ を もういちど いれます</translation>
    </message>
    <message>
        <source>This is the address</source>
        <translation>この じゅうしょ に する</translation>
    </message>
    <message>
        <source>1. Enter the postal code (7 digits)</source>
        <translation>1. ゆうびん ばんごう（7けた）を いれて ください</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>ゆうびん ばんごう</translation>
    </message>
    <message>
        <source>2. Tap your town</source>
        <translation>2. まち の なまえ を えらんで ください</translation>
    </message>
    <message>
        <source>3. Enter the block and house number (丁目・番地・号) with the hyphen key, e.g. 4-2-8</source>
        <translation>3. ちょうめ・ばんち・ごう を「-」で くぎって いれて ください（れい: 4-2-8）</translation>
    </message>
    <message>
        <source>%1 — %2 (the card holder)</source>
        <translation>%1 — %2（カード の ひと）</translation>
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
        <translation>この ひと を けします</translation>
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
        <translation>カードの記載: %1（職員が修正）</translation>
    </message>
    <message>
        <source>Counter only</source>
        <translation>窓口のみ</translation>
    </message>
    <message>
        <source>Correct (staff)</source>
        <translation>しゅうせい（しょくいん）</translation>
    </message>
    <message>
        <source>Staff correct a value read from the card</source>
        <translation>カードから読み取った値を職員が修正します</translation>
    </message>
    <message>
        <source>Read from the card (PIN)</source>
        <translation>カード から よむ（あんしょうばんごう）</translation>
    </message>
    <message>
        <source>Reads the individual number; the resident enters the PIN again</source>
        <translation>マイナンバー を よみます。もういちど あんしょうばんごう を いれて もらいます</translation>
    </message>
    <message>
        <source>Correction by staff: %1</source>
        <translation>職員による修正: %1</translation>
    </message>
</context>
<context>
    <name>FormData</name>
    <message>
        <source>印鑑登録証明書交付申請書</source>
        <extracomment>Application for a seal registration certificate</extracomment>
        <translation>いんかん とうろく しょうめいしょ を もらう かみ</translation>
    </message>
    <message>
        <source>登録者</source>
        <extracomment>Registrant</extracomment>
        <translation>はんこ を とうろく した ひと</translation>
    </message>
    <message>
        <source>窓口に来た方</source>
        <extracomment>Person at the counter</extracomment>
        <translation>まどぐち に きた ひと</translation>
    </message>
    <message>
        <source>申請の内容</source>
        <extracomment>Application</extracomment>
        <translation>もうしこみ の ないよう</translation>
    </message>
    <message>
        <source>窓口に来た方 氏名</source>
        <extracomment>person at the counter name</extracomment>
        <translation>まどぐち に きた ひと の なまえ</translation>
    </message>
    <message>
        <source>窓口に来た方 住所</source>
        <extracomment>person at the counter address</extracomment>
        <translation>まどぐち に きた ひと の じゅうしょ</translation>
    </message>
    <message>
        <source>窓口に来た方 生年月日</source>
        <extracomment>person at the counter date of birth</extracomment>
        <translation>まどぐち に きた ひと の うまれた ひ</translation>
    </message>
    <message>
        <source>窓口に来た方が登録者本人</source>
        <extracomment>the person at the counter is the registrant</extracomment>
        <translation>まどぐち に きた ひと が はんこ を とうろく した ひと</translation>
    </message>
    <message>
        <source>登録者 氏名</source>
        <extracomment>registrant name</extracomment>
        <translation>はんこ を とうろく した ひと の なまえ</translation>
    </message>
    <message>
        <source>登録者 住所</source>
        <extracomment>registrant address</extracomment>
        <translation>はんこ を とうろく した ひと の じゅうしょ</translation>
    </message>
    <message>
        <source>登録者 生年月日</source>
        <extracomment>registrant date of birth</extracomment>
        <translation>はんこ を とうろく した ひと の うまれた ひ</translation>
    </message>
    <message>
        <source>印鑑登録番号</source>
        <extracomment>seal registration number</extracomment>
        <translation>いんかん とうろく の ばんごう</translation>
    </message>
    <message>
        <source>印鑑登録証の提示</source>
        <extracomment>seal registration card presented</extracomment>
        <translation>いんかん とうろく の カード を みせた</translation>
    </message>
    <message>
        <source>印鑑登録証がないと交付できません</source>
        <extracomment>no certificate without the registration card</extracomment>
        <translation>いんかん とうろく の カード が ないと だせません</translation>
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
        <translation>じゅうみんひょう を もらう かみ</translation>
    </message>
    <message>
        <source>請求者・窓口に来た方</source>
        <extracomment>Requester and person at the counter</extracomment>
        <translation>たのむ ひと と まどぐち に きた ひと</translation>
    </message>
    <message>
        <source>請求の対象</source>
        <extracomment>Subject</extracomment>
        <translation>だれ の じゅうみんひょう ですか</translation>
    </message>
    <message>
        <source>請求の内容</source>
        <extracomment>Request</extracomment>
        <translation>たのむ ないよう</translation>
    </message>
    <message>
        <source>職員記入欄</source>
        <extracomment>For staff</extracomment>
        <translation>しょくいん が かく ところ</translation>
    </message>
    <message>
        <source>請求者と対象者の関係</source>
        <extracomment>requester&apos;s relation to the subject</extracomment>
        <translation>たのむ ひと と、 じゅうみんひょう の ひと の かんけい</translation>
    </message>
    <message>
        <source>住民基本台帳法第12条・第12条の3</source>
        <extracomment>Basic Resident Registration Act art. 12 and 12-3</extracomment>
        <translation>じゅうみん きほん だいちょう ほう 12じょう・12じょう の 3</translation>
    </message>
    <message>
        <source>本人</source>
        <extracomment>the person themselves</extracomment>
        <translation>じぶん</translation>
    </message>
    <message>
        <source>同一世帯の方</source>
        <extracomment>member of the same household</extracomment>
        <translation>おなじ せたい の ひと</translation>
    </message>
    <message>
        <source>代理人（委任状）</source>
        <extracomment>proxy with a power of attorney</extracomment>
        <translation>だいりにん（いにんじょう が ある）</translation>
    </message>
    <message>
        <source>第三者（正当な理由）</source>
        <extracomment>third party with a legitimate reason</extracomment>
        <translation>ほか の ひと（ただしい りゆう が ある）</translation>
    </message>
    <message>
        <source>窓口に来た方 電話番号</source>
        <extracomment>person at the counter: phone</extracomment>
        <translation>まどぐち に きた ひと の でんわ ばんごう</translation>
    </message>
    <message>
        <source>請求者 氏名</source>
        <extracomment>requester name</extracomment>
        <translation>たのむ ひと の なまえ</translation>
    </message>
    <message>
        <source>請求者 住所</source>
        <extracomment>requester address</extracomment>
        <translation>たのむ ひと の じゅうしょ</translation>
    </message>
    <message>
        <source>請求者 生年月日</source>
        <extracomment>requester date of birth</extracomment>
        <translation>たのむ ひと の うまれた ひ</translation>
    </message>
    <message>
        <source>対象者は請求者と同じ</source>
        <extracomment>the subject is the requester</extracomment>
        <translation>じゅうみんひょう の ひと は たのむ ひと と おなじ</translation>
    </message>
    <message>
        <source>請求の対象とする者 氏名</source>
        <extracomment>subject of the request name</extracomment>
        <translation>じゅうみんひょう の ひと の なまえ</translation>
    </message>
    <message>
        <source>請求の対象とする者 住所</source>
        <extracomment>subject of the request address</extracomment>
        <translation>じゅうみんひょう の ひと の じゅうしょ</translation>
    </message>
    <message>
        <source>請求の対象とする者 生年月日</source>
        <extracomment>subject of the request date of birth</extracomment>
        <translation>じゅうみんひょう の ひと の うまれた ひ</translation>
    </message>
    <message>
        <source>世帯全員・一部</source>
        <extracomment>whole household or some members</extracomment>
        <translation>せたい の みんな か、 いちぶ の ひと か</translation>
    </message>
    <message>
        <source>世帯全員（謄本）</source>
        <extracomment>whole household</extracomment>
        <translation>せたい の みんな</translation>
    </message>
    <message>
        <source>世帯の一部（抄本）</source>
        <extracomment>some members</extracomment>
        <translation>せたい の いちぶ の ひと</translation>
    </message>
    <message>
        <source>必要な方</source>
        <extracomment>persons to include</extracomment>
        <translation>ひつよう な ひと</translation>
    </message>
    <message>
        <source>氏名</source>
        <extracomment>name</extracomment>
        <translation>なまえ</translation>
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
        <translation>じゅうみんひょう</translation>
    </message>
    <message>
        <source>住民票の除票の写し</source>
        <extracomment>copy of a removed residence record</extracomment>
        <translation>まえ の じゅうみんひょう（じょひょう）</translation>
    </message>
    <message>
        <source>住民票記載事項証明書</source>
        <extracomment>certificate of recorded items</extracomment>
        <translation>じゅうみんひょう に かいてある こと の しょうめい</translation>
    </message>
    <message>
        <source>記載する項目</source>
        <extracomment>optional items</extracomment>
        <translation>のせる こと</translation>
    </message>
    <message>
        <source>載せない項目は省略されます</source>
        <extracomment>items not chosen are omitted</extracomment>
        <translation>えらばない こと は のりません</translation>
    </message>
    <message>
        <source>世帯主・続柄</source>
        <extracomment>head of household and relation</extracomment>
        <translation>せたいぬし と かんけい</translation>
    </message>
    <message>
        <source>本籍・筆頭者</source>
        <extracomment>registered domicile and head of the family register</extracomment>
        <translation>ほんせき と ひっとうしゃ</translation>
    </message>
    <message>
        <source>個人番号</source>
        <extracomment>individual number</extracomment>
        <translation>マイナンバー（こじん ばんごう）</translation>
    </message>
    <message>
        <source>住民票コード</source>
        <extracomment>residence record code</extracomment>
        <translation>じゅうみんひょう コード</translation>
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
        <translation>いにんじょう</translation>
    </message>
    <message>
        <source>広域交付（住所地以外の市区町村で請求）</source>
        <extracomment>wide-area issuance (at another municipality)</extracomment>
        <translation>ほか の まち で たのむ（こういき こうふ）</translation>
    </message>
    <message>
        <source>交付方法</source>
        <extracomment>delivery</extracomment>
        <translation>うけとりかた</translation>
    </message>
    <message>
        <source>窓口で交付</source>
        <extracomment>handed over at the counter</extracomment>
        <translation>まどぐち で うけとる</translation>
    </message>
    <message>
        <source>住所地へ郵送</source>
        <extracomment>mailed to the resident&apos;s address</extracomment>
        <translation>いえ に ゆうびん で おくる</translation>
    </message>
    <message>
        <source>戸籍証明書等請求書</source>
        <extracomment>Request for family register certificates</extracomment>
        <translation>こせき の しょうめい を もらう かみ</translation>
    </message>
    <message>
        <source>請求する戸籍</source>
        <extracomment>Register requested</extracomment>
        <translation>たのむ こせき</translation>
    </message>
    <message>
        <source>請求者</source>
        <extracomment>Requester</extracomment>
        <translation>たのむ ひと</translation>
    </message>
    <message>
        <source>代理人の場合</source>
        <extracomment>When a proxy requests</extracomment>
        <translation>だいりにん の とき</translation>
    </message>
    <message>
        <source>本籍</source>
        <extracomment>registered domicile</extracomment>
        <translation>ほんせき</translation>
    </message>
    <message>
        <source>筆頭者</source>
        <extracomment>head of the family register</extracomment>
        <translation>ひっとうしゃ</translation>
    </message>
    <message>
        <source>証明書の種類</source>
        <extracomment>kind of certificate</extracomment>
        <translation>しょうめいしょ の しゅるい</translation>
    </message>
    <message>
        <source>戸籍全部事項証明書（謄本）</source>
        <extracomment>full family register</extracomment>
        <translation>こせき ぜんぶ じこう しょうめいしょ（とうほん）</translation>
    </message>
    <message>
        <source>戸籍個人事項証明書（抄本）</source>
        <extracomment>individual extract</extracomment>
        <translation>こせき こじん じこう しょうめいしょ（しょうほん）</translation>
    </message>
    <message>
        <source>除籍全部事項証明書</source>
        <extracomment>full removed register</extracomment>
        <translation>じょせき ぜんぶ じこう しょうめいしょ</translation>
    </message>
    <message>
        <source>除籍個人事項証明書</source>
        <extracomment>removed register extract</extracomment>
        <translation>じょせき こじん じこう しょうめいしょ</translation>
    </message>
    <message>
        <source>改製原戸籍謄本</source>
        <extracomment>pre-revision register</extracomment>
        <translation>かいせい げんこせき とうほん</translation>
    </message>
    <message>
        <source>戸籍の附票の写し</source>
        <extracomment>family register annex (addresses)</extracomment>
        <translation>こせき の ふひょう</translation>
    </message>
    <message>
        <source>身分証明書</source>
        <extracomment>certificate of legal capacity</extracomment>
        <translation>みぶん しょうめいしょ</translation>
    </message>
    <message>
        <source>独身証明書</source>
        <extracomment>certificate of single status</extracomment>
        <translation>どくしん しょうめいしょ</translation>
    </message>
    <message>
        <source>受理証明書</source>
        <extracomment>certificate of acceptance</extracomment>
        <translation>じゅり しょうめいしょ</translation>
    </message>
    <message>
        <source>請求者の区分</source>
        <extracomment>requester category</extracomment>
        <translation>たのむ ひと の しゅるい</translation>
    </message>
    <message>
        <source>戸籍法第10条・第10条の2</source>
        <extracomment>Family Register Act art. 10 and 10-2</extracomment>
        <translation>こせき ほう 10じょう・10じょう の 2</translation>
    </message>
    <message>
        <source>本人・配偶者・直系の親族</source>
        <extracomment>the person, spouse or lineal relative</extracomment>
        <translation>じぶん・ふうふ・おや や こども など</translation>
    </message>
    <message>
        <source>自己の権利行使・義務履行</source>
        <extracomment>exercising a right or fulfilling a duty</extracomment>
        <translation>じぶん の けんり や ぎむ の ため</translation>
    </message>
    <message>
        <source>国・地方公共団体への提出</source>
        <extracomment>submission to a government body</extracomment>
        <translation>くに や しやくしょ に だす</translation>
    </message>
    <message>
        <source>筆頭者・対象者との続柄</source>
        <extracomment>relationship to the person in the register</extracomment>
        <translation>こせき の ひと と の かんけい</translation>
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
        <translation>けんり や ぎむ の りゆう と ないよう</translation>
    </message>
    <message>
        <source>戸籍の記載事項の利用目的</source>
        <extracomment>why the register is needed</extracomment>
        <translation>こせき を なにに つかいますか</translation>
    </message>
    <message>
        <source>提出先の機関</source>
        <extracomment>government body</extracomment>
        <translation>だす ところ</translation>
    </message>
    <message>
        <source>提出先での利用目的</source>
        <extracomment>purpose at that body</extracomment>
        <translation>だす ところ で なにに つかいますか</translation>
    </message>
    <message>
        <source>委任者 氏名</source>
        <extracomment>principal name</extracomment>
        <translation>たのんだ ひと の なまえ</translation>
    </message>
    <message>
        <source>委任者 住所</source>
        <extracomment>principal address</extracomment>
        <translation>たのんだ ひと の じゅうしょ</translation>
    </message>
    <message>
        <source>委任者 生年月日</source>
        <extracomment>principal date of birth</extracomment>
        <translation>たのんだ ひと の うまれた ひ</translation>
    </message>
    <message>
        <source>広域交付（本籍地以外で請求）</source>
        <extracomment>wide-area issuance (outside the registered domicile)</extracomment>
        <translation>ほんせき いがい の まち で たのむ（こういき こうふ）</translation>
    </message>
    <message>
        <source>住民異動届（転居届）</source>
        <extracomment>Notification of moving within the municipality</extracomment>
        <translation>ひっこし の とどけ（おなじ まち の なか）</translation>
    </message>
    <message>
        <source>届出</source>
        <extracomment>Notification</extracomment>
        <translation>とどけ</translation>
    </message>
    <message>
        <source>住所</source>
        <extracomment>Addresses</extracomment>
        <translation>じゅうしょ</translation>
    </message>
    <message>
        <source>世帯</source>
        <extracomment>Household</extracomment>
        <translation>せたい</translation>
    </message>
    <message>
        <source>届出人</source>
        <extracomment>Notifier</extracomment>
        <translation>とどけ を だす ひと</translation>
    </message>
    <message>
        <source>届出年月日</source>
        <extracomment>date of notification</extracomment>
        <translation>とどけ を だす ひ</translation>
    </message>
    <message>
        <source>転居をした年月日</source>
        <extracomment>date of moving</extracomment>
        <translation>ひっこした ひ</translation>
    </message>
    <message>
        <source>新しい住所 郵便番号</source>
        <extracomment>new address: postal code</extracomment>
        <translation>あたらしい じゅうしょ の ゆうびん ばんごう</translation>
    </message>
    <message>
        <source>新しい住所</source>
        <extracomment>new address</extracomment>
        <translation>あたらしい じゅうしょ</translation>
    </message>
    <message>
        <source>新しい住所 方書</source>
        <extracomment>new address: building and room (katagaki)</extracomment>
        <translation>あたらしい じゅうしょ の たてもの・へや</translation>
    </message>
    <message>
        <source>従前の住所</source>
        <extracomment>previous address</extracomment>
        <translation>まえ の じゅうしょ</translation>
    </message>
    <message>
        <source>世帯主 氏名</source>
        <extracomment>head of household</extracomment>
        <translation>せたいぬし の なまえ</translation>
    </message>
    <message>
        <source>異動する方に世帯主がいない場合（既存の世帯に入る場合）</source>
        <extracomment>when none of the persons moving is the head</extracomment>
        <translation>ひっこす ひと の なか に せたいぬし が いない とき</translation>
    </message>
    <message>
        <source>異動する方</source>
        <extracomment>persons moving</extracomment>
        <translation>ひっこす ひと</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <extracomment>name in katakana</extracomment>
        <translation>なまえ の よみかた（カタカナ）</translation>
    </message>
    <message>
        <source>外国人住民は西暦で記入できます</source>
        <extracomment>foreign residents may use the Western calendar</extracomment>
        <translation>がいこくじん は せいれき で かけます</translation>
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
        <translation>せたいぬし と の かんけい</translation>
    </message>
    <message>
        <source>住民票の書き方で、世帯主から見た続柄を選んでください（「その他」はありません。親族でない方は縁故者又は同居人）。</source>
        <extracomment>The relationship to the head of household as the residence record writes it (there is no &quot;other&quot;: someone not listed is 縁故者 or 同居人).</extracomment>
        <translation>せたいぬし から みた かんけい を えらんで ください（「そのほか」は ありません。しんぞく で ない ひと は「えんこしゃ」か「どうきょにん」）。</translation>
    </message>
    <message>
        <source>世帯主</source>
        <extracomment>head of household</extracomment>
        <translation>せたいぬし</translation>
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
        <translation>こども の つま</translation>
    </message>
    <message>
        <source>子の夫</source>
        <extracomment>child&apos;s husband</extracomment>
        <translation>こども の おっと</translation>
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
        <translation>つま の ちち</translation>
    </message>
    <message>
        <source>妻の母</source>
        <extracomment>wife&apos;s mother</extracomment>
        <translation>つま の はは</translation>
    </message>
    <message>
        <source>夫の父</source>
        <extracomment>husband&apos;s father</extracomment>
        <translation>おっと の ちち</translation>
    </message>
    <message>
        <source>夫の母</source>
        <extracomment>husband&apos;s mother</extracomment>
        <translation>おっと の はは</translation>
    </message>
    <message>
        <source>縁故者</source>
        <extracomment>other relative or connection (縁故者)</extracomment>
        <translation>えんこしゃ（しんせき など）</translation>
    </message>
    <message>
        <source>同居人</source>
        <extracomment>lodger (同居人)</extracomment>
        <translation>いっしょ に すむ ひと</translation>
    </message>
    <message>
        <source>妻（未届）</source>
        <extracomment>wife (common-law, 未届)</extracomment>
        <translation>つま（とどけ を だして いない）</translation>
    </message>
    <message>
        <source>夫（未届）</source>
        <extracomment>husband (common-law, 未届)</extracomment>
        <translation>おっと（とどけ を だして いない）</translation>
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
        <translation>ほう 30じょう の 45 の くぶん</translation>
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
        <translation>うまれた ため の けいか たいざいしゃ</translation>
    </message>
    <message>
        <source>国籍喪失による経過滞在者</source>
        <extracomment>transitional stay by loss of nationality</extracomment>
        <translation>こくせき を なくした ため の けいか たいざいしゃ</translation>
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
        <translation>ざいりゅう きかん が おわる ひ</translation>
    </message>
    <message>
        <source>在留カード等の番号</source>
        <extracomment>residence card number</extracomment>
        <translation>ざいりゅうカード の ばんごう</translation>
    </message>
    <message>
        <source>異動する本人</source>
        <extracomment>a person moving</extracomment>
        <translation>ひっこす ひと じぶん</translation>
    </message>
    <message>
        <source>世帯員</source>
        <extracomment>household member</extracomment>
        <translation>せたい の ひと</translation>
    </message>
    <message>
        <source>届出人 氏名</source>
        <extracomment>notifier&apos;s name</extracomment>
        <translation>とどけ を だす ひと の なまえ</translation>
    </message>
    <message>
        <source>連絡先電話番号</source>
        <extracomment>phone</extracomment>
        <translation>れんらく する でんわ ばんごう</translation>
    </message>
    <message>
        <source>住民異動届（転入届）</source>
        <extracomment>Notification of moving in</extracomment>
        <translation>ひっこし の とどけ（ほか の まち から きた）</translation>
    </message>
    <message>
        <source>転入の種類</source>
        <extracomment>kind of moving in</extracomment>
        <translation>どうやって ひっこして きましたか</translation>
    </message>
    <message>
        <source>転出証明書による転入</source>
        <extracomment>with a moving-out certificate</extracomment>
        <translation>てんしゅつ しょうめいしょ で</translation>
    </message>
    <message>
        <source>マイナンバーカードによる転入（特例転入）</source>
        <extracomment>with the My Number card (special procedure)</extracomment>
        <translation>マイナンバーカード で（とくれい てんにゅう）</translation>
    </message>
    <message>
        <source>国外からの転入</source>
        <extracomment>from abroad</extracomment>
        <translation>がいこく から</translation>
    </message>
    <message>
        <source>転入をした年月日</source>
        <extracomment>date of moving in</extracomment>
        <translation>ひっこして きた ひ</translation>
    </message>
    <message>
        <source>転出証明書の提出</source>
        <extracomment>moving-out certificate presented</extracomment>
        <translation>てんしゅつ しょうめいしょ を だした</translation>
    </message>
    <message>
        <source>転出予定年月日（前住所地での届出）</source>
        <extracomment>planned moving-out date (notified at the previous municipality)</extracomment>
        <translation>まえ の まち で とどけた ひっこす よてい の ひ</translation>
    </message>
    <message>
        <source>国外からの転入では本籍・筆頭者が必要です（住民基本台帳法第7条第5号「戸籍の表示」・第22条第1項、国外からの転入は政令で定める事項。転出証明書がないため届出で記載します）。</source>
        <extracomment>Needed when moving in from abroad (住民基本台帳法 art. 7 no. 5 and art. 22(1)): without a moving-out certificate the notification gives the registered domicile.</extracomment>
        <translation>がいこく から ひっこして きた ひと は、ほんせき と ひっとうしゃ を かいて ください（じゅうみん きほん だいちょう ほう 7じょう・22じょう）。</translation>
    </message>
    <message>
        <source>住民基本台帳カードを提示した方は不要です</source>
        <extracomment>not needed when a Juki card is shown</extracomment>
        <translation>じゅうきカード を みせた ひと は いりません</translation>
    </message>
    <message>
        <source>住民異動届（転出届）</source>
        <extracomment>Notification of moving out</extracomment>
        <translation>ひっこし の とどけ（ほか の まち へ いく）</translation>
    </message>
    <message>
        <source>届出人・返却物</source>
        <extracomment>Notifier and returns</extracomment>
        <translation>とどけ を だす ひと・かえす もの</translation>
    </message>
    <message>
        <source>転出の予定年月日</source>
        <extracomment>planned date of moving out</extracomment>
        <translation>ひっこす よてい の ひ</translation>
    </message>
    <message>
        <source>現住所</source>
        <extracomment>current address</extracomment>
        <translation>いま の じゅうしょ</translation>
    </message>
    <message>
        <source>国外へ転出</source>
        <extracomment>moving abroad</extracomment>
        <translation>がいこく へ ひっこす</translation>
    </message>
    <message>
        <source>転出先の住所 郵便番号</source>
        <extracomment>destination address: postal code</extracomment>
        <translation>ひっこす さき の ゆうびん ばんごう</translation>
    </message>
    <message>
        <source>転出先の住所</source>
        <extracomment>destination address</extracomment>
        <translation>ひっこす さき の じゅうしょ</translation>
    </message>
    <message>
        <source>転出先の住所 方書</source>
        <extracomment>destination address: building and room (katagaki)</extracomment>
        <translation>ひっこす さき の たてもの・へや</translation>
    </message>
    <message>
        <source>転出先の国・地域</source>
        <extracomment>destination country</extracomment>
        <translation>ひっこす さき の くに・ちいき</translation>
    </message>
    <message>
        <source>転出先の世帯主</source>
        <extracomment>head of household at the destination</extracomment>
        <translation>ひっこす さき の せたいぬし</translation>
    </message>
    <message>
        <source>マイナンバーカードによる転出（転入届の特例を使う）</source>
        <extracomment>moving out with the My Number card (special procedure)</extracomment>
        <translation>マイナンバーカード で ひっこす（とくれい）</translation>
    </message>
    <message>
        <source>返却するもの</source>
        <extracomment>cards returned</extracomment>
        <translation>かえす もの</translation>
    </message>
    <message>
        <source>印鑑登録証</source>
        <extracomment>seal registration card</extracomment>
        <translation>いんかん とうろく の カード</translation>
    </message>
    <message>
        <source>国民健康保険の資格確認書・被保険者証</source>
        <extracomment>National Health Insurance eligibility certificate or card</extracomment>
        <translation>こくみん けんこう ほけん の しかく かくにんしょ か ほけんしょう</translation>
    </message>
    <message>
        <source>後期高齢者医療被保険者証</source>
        <extracomment>late-stage elderly medical card</extracomment>
        <translation>こうき こうれいしゃ いりょう の ほけんしょう</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <extracomment>long-term care insurance card</extracomment>
        <translation>かいご ほけん の ほけんしょう</translation>
    </message>
    <message>
        <source>子ども医療証</source>
        <extracomment>child medical care card</extracomment>
        <translation>こども いりょう の カード</translation>
    </message>
    <message>
        <source>税証明交付申請書</source>
        <extracomment>Application for tax certificates</extracomment>
        <translation>ぜいきん の しょうめいしょ を もらう かみ</translation>
    </message>
    <message>
        <source>証明の内容</source>
        <extracomment>Certificate</extracomment>
        <translation>しょうめい の ないよう</translation>
    </message>
    <message>
        <source>証明を受ける方</source>
        <extracomment>Person concerned</extracomment>
        <translation>しょうめい を うける ひと</translation>
    </message>
    <message>
        <source>所得証明書</source>
        <extracomment>income certificate</extracomment>
        <translation>しょとく しょうめいしょ</translation>
    </message>
    <message>
        <source>課税（非課税）証明書</source>
        <extracomment>tax assessment certificate</extracomment>
        <translation>かぜい（ひかぜい） しょうめいしょ</translation>
    </message>
    <message>
        <source>所得課税証明書</source>
        <extracomment>income and tax certificate</extracomment>
        <translation>しょとく かぜい しょうめいしょ</translation>
    </message>
    <message>
        <source>納税証明書</source>
        <extracomment>tax payment certificate</extracomment>
        <translation>のうぜい しょうめいしょ</translation>
    </message>
    <message>
        <source>年度（西暦）</source>
        <extracomment>tax year (fiscal year, Gregorian)</extracomment>
        <translation>ねんど（せいれき）</translation>
    </message>
    <message>
        <source>令和6年度は2024。令和6年度の証明書は令和5年（2023年）中の所得を示します</source>
        <extracomment>FY2024 shows the income of 2023</extracomment>
        <translation>れいわ 6ねんど は 2024。 れいわ 6ねんど の しょうめいしょ は れいわ 5ねん（2023ねん） の しょとく です</translation>
    </message>
    <message>
        <source>所得の年</source>
        <extracomment>income year covered</extracomment>
        <translation>しょとく の とし</translation>
    </message>
    <message>
        <source>証明を受ける方との関係</source>
        <extracomment>relation to the person concerned</extracomment>
        <translation>しょうめい を うける ひと と の かんけい</translation>
    </message>
    <message>
        <source>同居の親族</source>
        <extracomment>relative in the same household</extracomment>
        <translation>いっしょ に すむ しんぞく</translation>
    </message>
    <message>
        <source>証明を受ける方 氏名</source>
        <extracomment>person concerned name</extracomment>
        <translation>しょうめい を うける ひと の なまえ</translation>
    </message>
    <message>
        <source>証明を受ける方 住所</source>
        <extracomment>person concerned address</extracomment>
        <translation>しょうめい を うける ひと の じゅうしょ</translation>
    </message>
    <message>
        <source>証明を受ける方 生年月日</source>
        <extracomment>person concerned date of birth</extracomment>
        <translation>しょうめい を うける ひと の うまれた ひ</translation>
    </message>
    <message>
        <source>その年度の1月1日も今の住所に住んでいた</source>
        <extracomment>lived at the current address on 1 January of that year</extracomment>
        <translation>その ねんど の 1がつ 1にち も いま の じゅうしょ に すんでいた</translation>
    </message>
    <message>
        <source>1月1日現在の住所</source>
        <extracomment>address on 1 January of the tax year</extracomment>
        <translation>1がつ 1にち に すんでいた じゅうしょ</translation>
    </message>
    <message>
        <source>住民税はその年度の1月1日に住んでいた市区町村が課税します</source>
        <extracomment>residence tax is levied where you lived on 1 January</extracomment>
        <translation>じゅうみんぜい は、 その ねんど の 1がつ 1にち に すんでいた まち が かけます</translation>
    </message>
    <message>
        <source>入力してください。</source>
        <extracomment>This is required.</extracomment>
        <translation>いれて ください。</translation>
    </message>
    <message>
        <source>存在する日付を入力してください。</source>
        <extracomment>Enter a date that exists.</extracomment>
        <translation>ほんとう に ある ひ を いれて ください。</translation>
    </message>
    <message>
        <source>選択肢から選んでください。</source>
        <extracomment>Choose one of the options.</extracomment>
        <translation>えらんで ください。</translation>
    </message>
    <message>
        <source>値の形式が正しくありません。</source>
        <extracomment>The value has the wrong form.</extracomment>
        <translation>かきかた が ちがいます。</translation>
    </message>
    <message>
        <source>書き方が正しくありません。</source>
        <extracomment>The format is not right.</extracomment>
        <translation>かきかた が ちがいます。</translation>
    </message>
    <message>
        <source>長すぎます。</source>
        <extracomment>Too long.</extracomment>
        <translation>ながすぎます。</translation>
    </message>
    <message>
        <source>範囲外の値です。</source>
        <extracomment>Out of range.</extracomment>
        <translation>いれられない かず です。</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字です。</source>
        <extracomment>A postal code has 7 digits.</extracomment>
        <translation>ゆうびん ばんごう は 7けた の すうじ です。</translation>
    </message>
    <message>
        <source>個人番号が正しくありません。</source>
        <extracomment>The individual number is not valid.</extracomment>
        <translation>マイナンバー が ちがいます。</translation>
    </message>
    <message>
        <source>人数が足りません。</source>
        <extracomment>Too few persons.</extracomment>
        <translation>ひと が たりません。</translation>
    </message>
    <message>
        <source>人数が多すぎます。</source>
        <extracomment>Too many persons.</extracomment>
        <translation>ひと が おおすぎます。</translation>
    </message>
    <message>
        <source>この様式にない項目です。</source>
        <extracomment>This form has no such item.</extracomment>
        <translation>この かみ に ない こと です。</translation>
    </message>
    <message>
        <source>この項目は自動で決まります。</source>
        <extracomment>This item is set automatically.</extracomment>
        <translation>これ は じどう で きまります。</translation>
    </message>
    <message>
        <source>この項目は窓口の職員が入力します。</source>
        <extracomment>Staff at the counter fill in this item.</extracomment>
        <translation>これ は まどぐち の しょくいん が いれます。</translation>
    </message>
    <message>
        <source>代理人の方は委任状が必要です。</source>
        <extracomment>A proxy needs a power of attorney.</extracomment>
        <translation>だいりにん は いにんじょう が いります。</translation>
    </message>
    <message>
        <source>第三者からの請求では個人番号・住民票コードは記載できません。</source>
        <extracomment>A third party cannot receive the individual number or the residence record code.</extracomment>
        <translation>ほか の ひと が たのむ とき は、 マイナンバー と じゅうみんひょう コード は のせられません。</translation>
    </message>
    <message>
        <source>広域交付は本人または同一世帯の方のみ請求できます。</source>
        <extracomment>Wide-area issuance is only for the person or their household.</extracomment>
        <translation>ほか の まち で たのめる の は、 じぶん か おなじ せたい の ひと だけ です。</translation>
    </message>
    <message>
        <source>広域交付には顔写真付きの本人確認書類が必要です。</source>
        <extracomment>Wide-area issuance needs photo ID.</extracomment>
        <translation>ほか の まち で たのむ とき は、 かお しゃしん の ある みぶんしょう が いります。</translation>
    </message>
    <message>
        <source>広域交付では本籍・筆頭者は記載できません。</source>
        <extracomment>Wide-area issuance omits the registered domicile.</extracomment>
        <translation>ほか の まち で たのむ とき は、 ほんせき と ひっとうしゃ は のせられません。</translation>
    </message>
    <message>
        <source>未来の日付は入力できません。</source>
        <extracomment>The date cannot be in the future.</extracomment>
        <translation>これから の ひ は いれられません。</translation>
    </message>
    <message>
        <source>印鑑登録証がないと証明書は交付できません。</source>
        <extracomment>No certificate without the seal registration card.</extracomment>
        <translation>いんかん とうろく の カード が ないと、 しょうめいしょ は だせません。</translation>
    </message>
    <message>
        <source>15歳未満の方は印鑑登録できません。</source>
        <extracomment>Persons under 15 cannot register a seal.</extracomment>
        <translation>15さい より したの ひと は はんこ を とうろく できません。</translation>
    </message>
    <message>
        <source>広域交付は代理人による請求ができません。</source>
        <extracomment>Wide-area issuance cannot be requested by a proxy.</extracomment>
        <translation>ほか の まち で たのむ とき、 だいりにん は たのめません。</translation>
    </message>
    <message>
        <source>広域交付は本人・配偶者・直系の親族のみ請求できます。</source>
        <extracomment>Wide-area issuance is for the person, spouse and lineal relatives only.</extracomment>
        <translation>ほか の まち で たのめる の は、 じぶん・ふうふ・おや や こども だけ です。</translation>
    </message>
    <message>
        <source>広域交付では全部事項証明書のみ請求できます。</source>
        <extracomment>Wide-area issuance covers full certificates only.</extracomment>
        <translation>ほか の まち で たのめる の は、 ぜんぶ じこう しょうめいしょ だけ です。</translation>
    </message>
    <message>
        <source>証明できるのは今年度から過去5年度分です。</source>
        <extracomment>Certificates cover this fiscal year and the four before.</extracomment>
        <translation>ことし の ねんど と、 まえ の 4ねんど の ぶん が だせます。</translation>
    </message>
    <message>
        <source>その年度の1月1日に住んでいた市区町村で請求してください。</source>
        <extracomment>Request it from the municipality where you lived on 1 January of that year.</extracomment>
        <translation>その ねんど の 1がつ 1にち に すんでいた まち で たのんで ください。</translation>
    </message>
    <message>
        <source>異動日が届出日より後になっています。</source>
        <extracomment>The moving date is after the notification date.</extracomment>
        <translation>ひっこした ひ が、 とどけ を だす ひ より あと です。</translation>
    </message>
    <message>
        <source>異動日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after moving (the notification is still accepted).</extracomment>
        <translation>ひっこして から 14にち を すぎています（とどけ は うけつけます）。</translation>
    </message>
    <message>
        <source>転出予定日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after the planned move-out (still accepted).</extracomment>
        <translation>ひっこす よてい の ひ から 14にち を すぎています（うけつけます）。</translation>
    </message>
    <message>
        <source>転出証明書が必要です。</source>
        <extracomment>A moving-out certificate is required.</extracomment>
        <translation>てんしゅつ しょうめいしょ が いります。</translation>
    </message>
    <message>
        <source>転入した日から14日を過ぎたため、マイナンバーカードによる転入はできません。転出証明書が必要です。</source>
        <extracomment>More than 14 days after moving in: the card procedure has lapsed; a moving-out certificate is needed.</extracomment>
        <translation>ひっこして から 14にち を すぎたので、 マイナンバーカード で の てんにゅう は できません。 てんしゅつ しょうめいしょ が いります。</translation>
    </message>
    <message>
        <source>転出予定日から30日を過ぎたため、マイナンバーカードによる転入はできません。転出証明書が必要です。</source>
        <extracomment>More than 30 days after the planned move-out: the card procedure has lapsed; a moving-out certificate is needed.</extracomment>
        <translation>ひっこす よてい の ひ から 30にち を すぎたので、 マイナンバーカード で の てんにゅう は できません。 てんしゅつ しょうめいしょ が いります。</translation>
    </message>
    <message>
        <source>新しい住所がこの市区町村ではありません。</source>
        <extracomment>The new address is not in this municipality.</extracomment>
        <translation>あたらしい じゅうしょ が この まち では ありません。</translation>
    </message>
    <message>
        <source>市区町村内での引越しは転居届です。</source>
        <extracomment>A move within the municipality is a 転居届.</extracomment>
        <translation>おなじ まち の なか の ひっこし は「てんきょ とどけ」です。</translation>
    </message>
    <message>
        <source>前の住所がこの市区町村ではありません（転入届になります）。</source>
        <extracomment>The previous address is elsewhere (use a 転入届).</extracomment>
        <translation>まえ の じゅうしょ が この まち では ありません（「てんにゅう とどけ」に なります）。</translation>
    </message>
    <message>
        <source>新しい住所が前の住所と同じです。</source>
        <extracomment>The new address is the same as the old one.</extracomment>
        <translation>あたらしい じゅうしょ が まえ と おなじ です。</translation>
    </message>
    <message>
        <source>現住所がこの市区町村ではありません。</source>
        <extracomment>The current address is not in this municipality.</extracomment>
        <translation>いま の じゅうしょ が この まち では ありません。</translation>
    </message>
    <message>
        <source>転出先がこの市区町村内です（転居届になります）。</source>
        <extracomment>The destination is in this municipality (use a 転居届).</extracomment>
        <translation>ひっこす さき が この まち の なか です（「てんきょ とどけ」に なります）。</translation>
    </message>
    <message>
        <source>国外への転出はマイナンバーカードによる転出の対象外です。</source>
        <extracomment>Moving abroad cannot use the card procedure.</extracomment>
        <translation>がいこく へ ひっこす とき は、 マイナンバーカード で の てつづき は できません。</translation>
    </message>
    <message>
        <source>生年月日が異動日より後になっています。</source>
        <extracomment>The date of birth is after the moving date.</extracomment>
        <translation>うまれた ひ が、 ひっこした ひ より あと です。</translation>
    </message>
    <message>
        <source>在留期間の満了日が過ぎています。</source>
        <extracomment>The period of stay has expired.</extracomment>
        <translation>ざいりゅう きかん が おわっています。</translation>
    </message>
    <message>
        <source>世帯主は1人だけです。</source>
        <extracomment>There can be only one head of household.</extracomment>
        <translation>せたいぬし は ひとり だけ です。</translation>
    </message>
    <message>
        <source>世帯主を入力してください。</source>
        <extracomment>Enter the head of household.</extracomment>
        <translation>せたいぬし を いれて ください。</translation>
    </message>
    <message>
        <source>ファイルが見つかりません。</source>
        <extracomment>File not found.</extracomment>
        <translation>ファイル が ありません。</translation>
    </message>
    <message>
        <source>ファイルを読めません。</source>
        <extracomment>File unreadable.</extracomment>
        <translation>ファイル を よめません。</translation>
    </message>
    <message>
        <source>JSONとして読めません。</source>
        <extracomment>Not valid JSON.</extracomment>
        <translation>JSON として よめません。</translation>
    </message>
    <message>
        <source>様式定義に誤りがあります。</source>
        <extracomment>The form definition is broken.</extracomment>
        <translation>かみ の せってい に まちがい が あります。</translation>
    </message>
    <message>
        <source>様式IDが重複しています。</source>
        <extracomment>Duplicate form id.</extracomment>
        <translation>かみ の ID が おなじ です。</translation>
    </message>
    <message>
        <source>その様式はありません。</source>
        <extracomment>No such form.</extracomment>
        <translation>その かみ は ありません。</translation>
    </message>
    <message>
        <source>そのライフイベントはありません。</source>
        <extracomment>No such life event.</extracomment>
        <translation>その できごと は ありません。</translation>
    </message>
    <message>
        <source>入力データに誤りがあります。</source>
        <extracomment>The input data is invalid.</extracomment>
        <translation>いれた データ に まちがい が あります。</translation>
    </message>
    <message>
        <source>日付が正しくありません。</source>
        <extracomment>Invalid date.</extracomment>
        <translation>ひ が ちがいます。</translation>
    </message>
    <message>
        <source>元号の期間外の日付です。</source>
        <extracomment>The date is outside its era.</extracomment>
        <translation>げんごう の きかん に ない ひ です。</translation>
    </message>
    <message>
        <source>明治より前の日付は扱えません。</source>
        <extracomment>Dates before Meiji are not supported.</extracomment>
        <translation>めいじ より まえ の ひ は つかえません。</translation>
    </message>
    <message>
        <source>郵便番号が正しくありません。</source>
        <extracomment>Invalid postal code.</extracomment>
        <translation>ゆうびん ばんごう が ちがいます。</translation>
    </message>
    <message>
        <source>データベースのエラーです。</source>
        <extracomment>Database error.</extracomment>
        <translation>データベース の エラー です。</translation>
    </message>
    <message>
        <source>郵便番号データベースの版が古いです。</source>
        <extracomment>The postal database is outdated.</extracomment>
        <translation>ゆうびん ばんごう の データベース が ふるい です。</translation>
    </message>
    <message>
        <source>郵便番号データに誤りがあります。</source>
        <extracomment>The postal table is invalid.</extracomment>
        <translation>ゆうびん ばんごう の データ に まちがい が あります。</translation>
    </message>
    <message>
        <source>圧縮ファイルを展開できません。</source>
        <extracomment>Cannot decompress.</extracomment>
        <translation>ファイル を ひらけません。</translation>
    </message>
    <message>
        <source>文字コードを判別できません。</source>
        <extracomment>Unknown text encoding.</extracomment>
        <translation>もじ の しゅるい が わかりません。</translation>
    </message>
    <message>
        <source>ほかの市区町村から引っ越してきた</source>
        <extracomment>Moved here from another municipality</extracomment>
        <translation>ほか の まち から ひっこして きた</translation>
    </message>
    <message>
        <source>市区町村内で引っ越した</source>
        <extracomment>Moved within the municipality</extracomment>
        <translation>おなじ まち の なか で ひっこした</translation>
    </message>
    <message>
        <source>ほかの市区町村へ引っ越す</source>
        <extracomment>Moving out to another municipality</extracomment>
        <translation>ほか の まち へ ひっこす</translation>
    </message>
    <message>
        <source>証明書がほしい</source>
        <extracomment>I need certificates</extracomment>
        <translation>しょうめいしょ が ほしい</translation>
    </message>
    <message>
        <source>高校生年代までのお子さん（18歳になった後の最初の3月31日まで）がいますか</source>
        <extracomment>Do you have children up to high-school age (until the first 31 March after their 18th birthday)?</extracomment>
        <translation>こうこうせい の ねんれい まで の こども（18さい の あと の さいしょ の 3がつ31にち まで）が いますか</translation>
    </message>
    <message>
        <source>小・中学校に通うお子さんがいますか</source>
        <extracomment>Do you have children at elementary or junior high school?</extracomment>
        <translation>しょうがっこう か ちゅうがっこう に いく こども が いますか</translation>
    </message>
    <message>
        <source>国民健康保険に加入していますか（会社の保険ではない）</source>
        <extracomment>Are you in the National Health Insurance (not an employer&apos;s insurance)?</extracomment>
        <translation>こくみん けんこう ほけん に はいって いますか（かいしゃ の ほけん では ない）</translation>
    </message>
    <message>
        <source>国民年金第1号被保険者ですか（自営業・学生など）</source>
        <extracomment>Are you a category 1 National Pension insured person (self-employed, student …)?</extracomment>
        <translation>こくみん ねんきん の だい1ごう ですか（じぶん で しごと を している ひと・がくせい など）</translation>
    </message>
    <message>
        <source>65歳以上の方がいますか</source>
        <extracomment>Is anyone 65 or older?</extracomment>
        <translation>65さい いじょう の ひと が いますか</translation>
    </message>
    <message>
        <source>75歳以上の方がいますか</source>
        <extracomment>Is anyone 75 or older?</extracomment>
        <translation>75さい いじょう の ひと が いますか</translation>
    </message>
    <message>
        <source>印鑑登録をしていますか</source>
        <extracomment>Do you have a registered seal?</extracomment>
        <translation>はんこ を とうろく して いますか</translation>
    </message>
    <message>
        <source>マイナンバーカードをお持ちですか</source>
        <extracomment>Do you have a My Number card?</extracomment>
        <translation>マイナンバーカード を もって いますか</translation>
    </message>
    <message>
        <source>犬を飼っていますか</source>
        <extracomment>Do you keep a dog?</extracomment>
        <translation>いぬ を かって いますか</translation>
    </message>
    <message>
        <source>国民健康保険の加入</source>
        <extracomment>Join the National Health Insurance</extracomment>
        <translation>こくみん けんこう ほけん に はいる</translation>
    </message>
    <message>
        <source>保険年金課</source>
        <extracomment>Health insurance and pension desk</extracomment>
        <translation>ほけん ねんきん か</translation>
    </message>
    <message>
        <source>本人確認書類</source>
        <extracomment>ID</extracomment>
        <translation>みぶんしょう（じぶん だと わかる もの）</translation>
    </message>
    <message>
        <source>国民健康保険の住所変更</source>
        <extracomment>National Health Insurance: change of address</extracomment>
        <translation>こくみん けんこう ほけん の じゅうしょ を かえる</translation>
    </message>
    <message>
        <source>国民健康保険の脱退（資格確認書等の返却）</source>
        <extracomment>Leave the National Health Insurance (return the card)</extracomment>
        <translation>こくみん けんこう ほけん を やめる（しかく かくにんしょ など を かえす）</translation>
    </message>
    <message>
        <source>国民年金の住所変更</source>
        <extracomment>National Pension: change of address</extracomment>
        <translation>こくみん ねんきん の じゅうしょ を かえる</translation>
    </message>
    <message>
        <source>基礎年金番号がわかるもの</source>
        <extracomment>document with the basic pension number</extracomment>
        <translation>きそ ねんきん ばんごう が わかる もの</translation>
    </message>
    <message>
        <source>児童手当の申請</source>
        <extracomment>Child allowance application</extracomment>
        <translation>じどう てあて の もうしこみ</translation>
    </message>
    <message>
        <source>子育て支援課</source>
        <extracomment>Child support desk</extracomment>
        <translation>こそだて しえん か</translation>
    </message>
    <message>
        <source>請求者の口座がわかるもの</source>
        <extracomment>bank account details</extracomment>
        <translation>たのむ ひと の ぎんこう こうざ が わかる もの</translation>
    </message>
    <message>
        <source>児童手当の住所変更・消滅届</source>
        <extracomment>Child allowance: change of address or end</extracomment>
        <translation>じどう てあて の じゅうしょ を かえる・おわり の とどけ</translation>
    </message>
    <message>
        <source>子ども医療費助成の申請</source>
        <extracomment>Child medical expense subsidy</extracomment>
        <translation>こども の いりょうひ の たすけ の もうしこみ</translation>
    </message>
    <message>
        <source>お子さんの資格確認書（マイナ保険証の方は個人番号カード）</source>
        <extracomment>the child&apos;s health insurance eligibility certificate (or My Number card)</extracomment>
        <translation>こども の しかく かくにんしょ（マイナ ほけんしょう の ひと は マイナンバーカード）</translation>
    </message>
    <message>
        <source>転入学の手続き（転入学通知書）</source>
        <extracomment>School transfer</extracomment>
        <translation>がっこう を かわる てつづき</translation>
    </message>
    <message>
        <source>教育委員会 学務課</source>
        <extracomment>Board of education</extracomment>
        <translation>きょういく いいんかい がくむ か</translation>
    </message>
    <message>
        <source>在学証明書・教科書給与証明書</source>
        <extracomment>certificate of enrolment</extracomment>
        <translation>ざいがく しょうめいしょ・きょうかしょ の しょうめいしょ</translation>
    </message>
    <message>
        <source>介護保険の手続き</source>
        <extracomment>Long-term care insurance</extracomment>
        <translation>かいご ほけん の てつづき</translation>
    </message>
    <message>
        <source>介護保険課</source>
        <extracomment>Long-term care desk</extracomment>
        <translation>かいご ほけん か</translation>
    </message>
    <message>
        <source>介護保険被保険者証・受給資格証明書</source>
        <extracomment>care insurance card</extracomment>
        <translation>かいご ほけん の ほけんしょう など</translation>
    </message>
    <message>
        <source>後期高齢者医療の手続き</source>
        <extracomment>Late-stage elderly medical care</extracomment>
        <translation>こうき こうれいしゃ いりょう の てつづき</translation>
    </message>
    <message>
        <source>負担区分等証明書</source>
        <extracomment>certificate from the previous municipality</extracomment>
        <translation>ふたん くぶん の しょうめいしょ</translation>
    </message>
    <message>
        <source>印鑑登録の廃止（登録証の返却）</source>
        <extracomment>Cancel the seal registration (return the card)</extracomment>
        <translation>はんこ の とうろく を やめる（カード を かえす）</translation>
    </message>
    <message>
        <source>市民課</source>
        <extracomment>Citizens&apos; desk</extracomment>
        <translation>しみん か</translation>
    </message>
    <message>
        <source>印鑑登録</source>
        <extracomment>Seal registration</extracomment>
        <translation>はんこ の とうろく</translation>
    </message>
    <message>
        <source>登録する印鑑・顔写真付き本人確認書類</source>
        <extracomment>the seal and photo ID</extracomment>
        <translation>とうろく する はんこ・かお しゃしん の ある みぶんしょう</translation>
    </message>
    <message>
        <source>マイナンバーカードの住所変更（券面記載事項変更）</source>
        <extracomment>My Number card: change of address on the card</extracomment>
        <translation>マイナンバーカード の じゅうしょ を かえる</translation>
    </message>
    <message>
        <source>マイナンバーカードと暗証番号（住基用4桁）</source>
        <extracomment>the card and its 4-digit PIN</extracomment>
        <translation>マイナンバーカード と あんしょうばんごう（4けた）</translation>
    </message>
    <message>
        <source>犬の登録事項変更</source>
        <extracomment>Dog registration: change of address</extracomment>
        <translation>いぬ の とうろく の へんこう</translation>
    </message>
    <message>
        <source>環境衛生課</source>
        <extracomment>Environment desk</extracomment>
        <translation>かんきょう えいせい か</translation>
    </message>
    <message>
        <source>犬の鑑札</source>
        <extracomment>dog licence tag</extracomment>
        <translation>いぬ の かんさつ（ふだ）</translation>
    </message>
    <message>
        <source>選挙人名簿の登録（転入後3か月で自動）</source>
        <extracomment>Electoral register (automatic after 3 months)</extracomment>
        <translation>せんきょ の めいぼ の とうろく（3かげつ で じどう）</translation>
    </message>
    <message>
        <source>選挙管理委員会</source>
        <extracomment>Election board</extracomment>
        <translation>せんきょ かんり いいんかい</translation>
    </message>
    <message>
        <source>就職・転職</source>
        <translation>しごと を さがす・かえる</translation>
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
        <translation>いえ や とち</translation>
    </message>
    <message>
        <source>自動車の登録</source>
        <translation>くるま の とうろく</translation>
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
        <translation>やくしょ に だす</translation>
    </message>
    <message>
        <source>その他（窓口で確認）</source>
        <translation>そのほか（まどぐち で たしかめる）</translation>
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
        <translation>しやくしょ・まちやくば</translation>
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
        <translation>にほんじん の はいぐうしゃ など</translation>
    </message>
    <message>
        <source>永住者の配偶者等</source>
        <translation>えいじゅうしゃ の はいぐうしゃ など</translation>
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
        <translation>たのむ 人の 住所（マイナンバーカードの 住所）が この まちの 外の ときは、自動で「はい」に なります（こういき こうふ）。</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <source>Moved to %1 from another municipality</source>
        <translation>ほかの 市区町村から %1に 引っ越して きた</translation>
    </message>
    <message>
        <source>Moved within %1</source>
        <translation>%1の 中で 引っ越した</translation>
    </message>
    <message>
        <source>Moving out of %1 to another municipality</source>
        <translation>%1から ほかの 市区町村へ 引っ越す</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Fee: %1 × %2 = %3</source>
        <translation>てすうりょう（おかね）：%1 × %2つう = %3</translation>
    </message>
    <message>
        <source>Fee to pay at the counter: %1</source>
        <translation>まどぐち で はらう おかね：%1</translation>
    </message>
    <message>
        <source>Read with the verification code B by staff.</source>
        <translation>しょくいん が しょうごう ばんごう B で よみました。</translation>
    </message>
    <message>
        <source>The card&apos;s data is genuine: its signature was checked.</source>
        <translation>カード の じょうほう は ただしい ことを たしかめました。</translation>
    </message>
    <message>
        <source>The card&apos;s signature was not checked on this kiosk (no key set up).</source>
        <translation>この きかい では カード の しょめい を たしかめて いません。</translation>
    </message>
    <message>
        <source>The card&apos;s data failed its check.</source>
        <translation>カード の じょうほう を たしかめる ことが できませんでした。</translation>
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
        <translation>あんしょうばんごう が ロック されました</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly 3 times, so the card locked itself to protect you.</source>
        <translation>あんしょうばんごう を 3かい つづけて まちがえた ので、カード が ロック されました。あなた を まもる ため です。</translation>
    </message>
    <message>
        <source>the resident registration desk of the city hall where you live</source>
        <translation>すんでいる まち の やくしょ の まどぐち</translation>
    </message>
    <message>
        <source>The PIN can be reset at %1. Please come in person with this card; the staff will check your identity.</source>
        <translation>%1 で あんしょうばんごう を もういちど きめる ことが できます。この カード を もって、じぶん で きて ください。</translation>
    </message>
    <message>
        <source>Today, staff can still read the card without the PIN, with the verification code B printed on its front.</source>
        <translation>きょう は、しょくいん が カード の おもて の ばんごう（しょうごう ばんごう B）で よむ ことが できます。</translation>
    </message>
    <message>
        <source>Please take your card and ask at the counter.</source>
        <translation>カード を とって、まどぐち で きいて ください。</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>あんしょうばんごう なし で よむ（しょくいん）</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::BusyScreen</name>
    <message>
        <source>Checking your card</source>
        <translation>カード を たしかめて います</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>カード を うごかさないで ください。</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <translation>カード を よんで います</translation>
    </message>
    <message>
        <source>Please do not move the card. This takes a moment.</source>
        <translation>カード を うごかさないで ください。すこし まって ください。</translation>
    </message>
    <message>
        <source>Saving your request</source>
        <translation>もうしこみ を ほぞん して います</translation>
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
        <translation>カード の おもて の え: 1 うまれた ひ、2 きげん の とし、3 しゃしん の した の ばんごう</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardProblemScreen</name>
    <message>
        <source>The card cannot be read</source>
        <translation>カード を よめません</translation>
    </message>
    <message>
        <source>Check that it is a My Number card, the right way up, and place it on the reader again.</source>
        <translation>マイナンバーカード か、むき が ただしい か を たしかめて、もういちど おいて ください。</translation>
    </message>
    <message>
        <source>This is not a My Number card</source>
        <translation>マイナンバーカード では ありません</translation>
    </message>
    <message>
        <source>Please place your My Number card (個人番号カード). Other cards cannot be used here.</source>
        <translation>マイナンバーカード を おいて ください。ほか の カード は つかえません。</translation>
    </message>
    <message>
        <source>The card&apos;s data could not be confirmed</source>
        <translation>カード の じょうほう を たしかめられませんでした</translation>
    </message>
    <message>
        <source>The data on the card did not pass its security check, so it is not used. Please ask the staff.</source>
        <translation>カード の じょうほう が あんぜん の チェック を とおらなかった ので、つかいません。しょくいん に きいて ください。</translation>
    </message>
    <message>
        <source>A different card was placed</source>
        <translation>ちがう カード が おかれました</translation>
    </message>
    <message>
        <source>This is not the card read first. For your safety everything entered was cleared. Please start again.</source>
        <translation>はじめ に よんだ カード では ありません。あんぜん の ため、いれた こと は ぜんぶ けしました。もういちど はじめて ください。</translation>
    </message>
    <message>
        <source>The card is in use by another program</source>
        <translation>カード が ほか の プログラム で つかわれて います</translation>
    </message>
    <message>
        <source>Please wait a moment and try again, or ask the staff.</source>
        <translation>すこし まって から もういちど ためす か、しょくいん に きいて ください。</translation>
    </message>
    <message>
        <source>Reading the card did not work</source>
        <translation>カード を よめませんでした</translation>
    </message>
    <message>
        <source>Please try again. If it fails again, please ask the staff.</source>
        <translation>もういちど ためして ください。だめ な とき は、しょくいん に きいて ください。</translation>
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
        <translation>照合番号B（職員専用）</translation>
    </message>
    <message>
        <source>Reads the card without the PIN. Enter the three items printed on the card&apos;s front, as numbered in the picture.</source>
        <translation>暗証番号を使わずにカードを読み取ります。カードの表面に書かれた3つの項目を、図の番号のとおりに入れてください。</translation>
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
        <translation>照合番号Bの残りは1回です。3つの項目を確かめたので、使います。</translation>
    </message>
    <message numerus="yes">
        <source>The code does not match this card. %n tries left; enter the security code again.</source>
        <translation>
            <numerusform>照合番号Bがこのカードと合いません。残り%n回です。セキュリティコードを入れ直してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one try is left for code B. Check all three items before reading.</source>
        <translation>照合番号Bの残りは1回です。読み取る前に3つの項目を確かめてください。</translation>
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
        <translation>われき と せいれき を きりかえます</translation>
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
            <numerusform>この がめん は %n びょう で おわります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>もうしこみ を うけつけました</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>うけつけ ばんごう</translation>
    </message>
    <message>
        <source>Receipt number %1</source>
        <translation>うけつけ ばんごう %1</translation>
    </message>
    <message>
        <source>Take the printed receipt to the counter. You will be called by this number.</source>
        <translation>うけつけ の かみ を もって、まどぐち に きて ください。この ばんごう で よびます。</translation>
    </message>
    <message>
        <source>Please wait near the counter. You will be called by this number.</source>
        <translation>まどぐち の ちかく で まって ください。この ばんごう で よびます。</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>カード を わすれないで ください。</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>もっていく もの: %1</translation>
    </message>
    <message>
        <source>You may also need these procedures:</source>
        <translation>この てつづき も ひつよう かもしれません:</translation>
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
</context>
<context>
    <name>kakanai::kiosk::IdleScreen</name>
    <message>
        <source>The card reader service is not running. Please ask the staff.</source>
        <translation>カードリーダー が うごいて いません。しょくいん に きいて ください。</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff.</source>
        <translation>カードリーダー が つながって いません。しょくいん に きいて ください。</translation>
    </message>
    <message>
        <source>The card reader is ready.</source>
        <translation>カードリーダー の じゅんび が できました。</translation>
    </message>
    <message>
        <source>A card is on the reader. Tap “Start”, or take the card and place it again.</source>
        <translation>カード が あります。「はじめる」を おす か、カード を とって もういちど おいて ください。</translation>
    </message>
    <message>
        <source>The card cannot be read. Check that it is the right way up and place it again.</source>
        <translation>カード を よめません。むき を たしかめて、もういちど おいて ください。</translation>
    </message>
    <message>
        <source>Please place your My Number card on the reader</source>
        <translation>マイナンバーカード を リーダー に おいて ください</translation>
    </message>
    <message>
        <source>Nothing to write by hand: your forms are filled in from the card.</source>
        <translation>てがき は いりません。カード から もうしこみ の かみ を つくります。</translation>
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
        <translation>いれた もの を ぜんぶ けします</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>1じ けす</translation>
    </message>
    <message>
        <source>Deletes the last character</source>
        <translation>さいご の 1じ を けします</translation>
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
        <translation>じゅんびの QRコードを よみました。マイナンバーカードを よみとりきに おいて ください。あんしょうばんごうを いれます。</translation>
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
        <translation>かかない まどぐち</translation>
    </message>
    <message>
        <source>Choose the language</source>
        <translation>ことば を えらぶ</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>じ を おおきく</translation>
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
        <translation>あんしょうばんごう</translation>
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
        <translation>いま の じゅんばん</translation>
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
        <translation>リーダー: カード を よめません</translation>
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
            <numerusform>、%nけんは とまっています（しょくいんに しらせてください）</numerusform>
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
さわらないと、%n びょう で ぜんぶ きえます。</numerusform>
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
        <translation>のこり は 1かい です</translation>
    </message>
    <message>
        <source>If the next PIN is wrong, the card locks. It can then only be unlocked at the counter of the city hall, in person.</source>
        <translation>つぎ に まちがえると、カード が ロック されます。ロック されると、やくしょ の まどぐち に じぶん で いかないと なおせません。</translation>
    </message>
    <message>
        <source>If you are not sure of your PIN, do not enter it. Please ask the staff instead.</source>
        <translation>あんしょうばんごう が わからない とき は、いれないで ください。しょくいん に きいて ください。</translation>
    </message>
    <message>
        <source>I am sure: enter the PIN</source>
        <translation>わかります: あんしょうばんごう を いれる</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>あんしょうばんごう なし で よむ（しょくいん）</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinDots</name>
    <message numerus="yes">
        <source>%n of %1 digits entered</source>
        <translation>
            <numerusform>%1けた の うち %n けた いれました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinScreen</name>
    <message>
        <source>Enter your PIN again to read your individual number</source>
        <translation>マイナンバー を よむ ため、もういちど あんしょうばんごう を いれて ください</translation>
    </message>
    <message>
        <source>Enter your 4-digit PIN</source>
        <translation>4けた の あんしょうばんごう を いれて ください</translation>
    </message>
    <message>
        <source>The PIN for filling in forms from the card (券面事項入力補助用暗証番号), 4 digits.</source>
        <translation>カード で もうしこみ を つくる ため の あんしょうばんごう です（4けた）。</translation>
    </message>
    <message numerus="yes">
        <source>You can enter it %n more time(s). After 3 wrong PINs in a row the card locks.</source>
        <translation>
            <numerusform>あと %n かい いれる ことが できます。3かい つづけて まちがえると、カード が ロック されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>After 3 wrong PINs in a row the card locks.</source>
        <translation>3かい つづけて まちがえると、カード が ロック されます。</translation>
    </message>
    <message>
        <source>That PIN was wrong. Please check it and enter it again.</source>
        <translation>あんしょうばんごう が ちがいます。たしかめて、もういちど いれて ください。</translation>
    </message>
    <message>
        <source>Staff never ask for your PIN. Only dots are shown while you type.</source>
        <translation>しょくいん が あんしょうばんごう を きく ことは ありません。いれて いる とき は ● だけ みえます。</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>あんしょうばんごう なし で よむ（しょくいん）</translation>
    </message>
    <message>
        <source>Staff read the card with the verification code B printed on its front</source>
        <translation>しょくいん が カード の おもて の ばんごう で よみます</translation>
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
        <translation>住民票の 写しが ほしい</translation>
    </message>
    <message>
        <source>My seal registration certificate</source>
        <translation>印鑑登録証明書が ほしい</translation>
    </message>
    <message>
        <source>A family register certificate</source>
        <translation>戸籍の 証明書が ほしい</translation>
    </message>
    <message>
        <source>A tax or income certificate</source>
        <translation>税金の 証明書が ほしい</translation>
    </message>
    <message>
        <source>What would you like to do today?</source>
        <translation>きょう は なに を しに きましたか？</translation>
    </message>
    <message>
        <source>Card read: %1</source>
        <translation>カード の ひと: %1</translation>
    </message>
    <message>
        <source>Card data checked</source>
        <translation>カード を たしかめました</translation>
    </message>
    <message>
        <source>Card data read</source>
        <translation>カード を よみました</translation>
    </message>
    <message>
        <source>Something happened in your life</source>
        <translation>くらし の できごと から えらぶ</translation>
    </message>
    <message>
        <source>Certificates and notifications (choose one or more)</source>
        <translation>しょうめいしょ・とどけ から えらぶ（いくつでも）</translation>
    </message>
    <message>
        <source>Fills in: %1</source>
        <translation>つくる かみ: %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>つぎへ</translation>
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
        <translation>ひっこし に ついて の しつもん</translation>
    </message>
    <message>
        <source>Your answers only decide which other procedures we list for you. Skip a question if it does not apply.</source>
        <translation>こたえ は、ほか に ひつよう な てつづき を おしえる ため だけ に つかいます。わからない しつもん は とばして だいじょうぶ です。</translation>
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
        <translation>え: カード を リーダー の うえ に おく ところ</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ResidentConfirmScreen</name>
    <message>
        <source>Please check your request</source>
        <translation>もうしこみ の ないよう を たしかめて ください</translation>
    </message>
    <message>
        <source>This is what will be submitted. If it is right, tap “Yes, submit”.</source>
        <translation>この ないよう で もうしこみ ます。よければ「はい、もうしこみます」を おして ください。</translation>
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
        <translation>カードの 住所は もう %1の 中です。%1の 中での 引っ越しは 転居届です。</translation>
    </message>
    <message>
        <source>The address on your card is not in %1. Moving here from another municipality is notified with a 転入届.</source>
        <translation>カードの 住所は %1の 外です。ほかの 市区町村から 来た ときは 転入届です。</translation>
    </message>
    <message>
        <source>The address on your card does not fit this procedure.</source>
        <translation>カードの 住所が この 手続きと 合いません。</translation>
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
        <translation>あかい しるし の ところ を たしかめて ください。</translation>
    </message>
    <message>
        <source>Form %1 of %2 · Check what came from your card, then answer the questions below.</source>
        <translation>かみ %1 / %2 · カード から よんだ こと を たしかめて、した の しつもん に こたえて ください。</translation>
    </message>
    <message>
        <source>From your card</source>
        <translation>カード から よんだ こと</translation>
    </message>
    <message>
        <source>This form needs details that are entered at the counter. Please take your card to the counter; the staff will help you.</source>
        <translation>この かみ には、まどぐち で いれる ところ が あります。カード を もって まどぐち に きて ください。しょくいん が てつだいます。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>かならず</translation>
    </message>
    <message>
        <source>Check the summary</source>
        <translation>かくにん の がめん へ</translation>
    </message>
    <message>
        <source>Next form</source>
        <translation>つぎ の かみ へ</translation>
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
        <translation>カード の ないよう を なおす のは しょくいん です。しょくいん を よんで ください。</translation>
    </message>
    <message>
        <source>Enter a staff ID and a PIN of %1 to %2 digits.</source>
        <translation>職員番号と、%1〜%2桁の暗証番号を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Staff sign-in at this kiosk is locked for %n minute(s) after too many wrong PINs.</source>
        <translation>
            <numerusform>暗証番号の誤りが続いたため、この端末の職員サインインは%n分間ロックされています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The staff ID or PIN is wrong. %n more wrong PIN(s) lock this ID.</source>
        <translation>
            <numerusform>職員番号か暗証番号がちがいます。あと%n回まちがえると、この職員番号はロックされます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This staff ID is locked for %n minute(s) after too many wrong PINs.</source>
        <translation>
            <numerusform>暗証番号の誤りが多いため、この職員番号は%n分間ロックされています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>しょくいん の サインイン</translation>
    </message>
    <message>
        <source>Reading the card with the verification code B is for staff only.</source>
        <translation>照合番号Bでの読み取りは職員専用です。</translation>
    </message>
    <message>
        <source>A staff member confirms the request before it is accepted. Please call the staff.</source>
        <translation>しょくいん が たしかめて から うけつけます。しょくいん を よんで ください。</translation>
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
        <translation>職員の暗証番号（キーボードかテンキーで）</translation>
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
        <translation>暗証番号</translation>
    </message>
    <message numerus="yes">
        <source>The staff ID, PIN or code is wrong. %n more wrong sign-in(s) lock this ID.</source>
        <translation>
            <numerusform>職員番号、暗証番号または確認コードがちがいます。あと%n回まちがえると、この職員番号はロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a staff ID, a PIN of %1 to %2 digits and the 6-digit code.</source>
        <translation>職員番号と、%1〜%2桁の暗証番号と、6桁の確認コードを入力してください。</translation>
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
        <translation>もうしこみ を ほぞん できませんでした</translation>
    </message>
    <message>
        <source>Nothing was accepted yet. Please ask the staff; you can also try again.</source>
        <translation>まだ うけつけて いません。しょくいん に きいて ください。もういちど ためす こと も できます。</translation>
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
</TS>
