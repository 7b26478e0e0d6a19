<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FieldEditor</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Other answer (staff type it)</source>
        <translation>Other answer (staff type it)</translation>
    </message>
    <message>
        <source>Other answer, typed by staff: %1</source>
        <translation>Other answer, typed by staff: %1</translation>
    </message>
    <message>
        <source>The postal code list is not available. Please ask the staff.</source>
        <translation>The postal code list is not available. Please ask the staff.</translation>
    </message>
    <message>
        <source>No address has this postal code. Please check the number.</source>
        <translation>No address has this postal code. Please check the number.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Enters the address again</source>
        <translation>Enters the address again</translation>
    </message>
    <message>
        <source>This is the address</source>
        <translation>This is the address</translation>
    </message>
    <message>
        <source>1. Enter the postal code (7 digits)</source>
        <translation>1. Enter the postal code (7 digits)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>2. Tap your town</source>
        <translation>2. Tap your town</translation>
    </message>
    <message>
        <source>3. Enter the block and house number (丁目・番地・号) with the hyphen key, e.g. 4-2-8</source>
        <translation>3. Enter the block and house number (丁目・番地・号) with the hyphen key, e.g. 4-2-8</translation>
    </message>
    <message>
        <source>%1 — %2 (the card holder)</source>
        <translation>%1 — %2 (the card holder)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removes this person</source>
        <translation>Removes this person</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <source>Not read (read it only if this procedure needs it)</source>
        <translation>Not read (read it only if this procedure needs it)</translation>
    </message>
    <message>
        <source>On the card: %1 (corrected by staff)</source>
        <translation>On the card: %1 (corrected by staff)</translation>
    </message>
    <message>
        <source>Counter only</source>
        <translation>Counter only</translation>
    </message>
    <message>
        <source>Correct (staff)</source>
        <translation>Correct (staff)</translation>
    </message>
    <message>
        <source>Staff correct a value read from the card</source>
        <translation>Staff correct a value read from the card</translation>
    </message>
    <message>
        <source>Read from the card (PIN)</source>
        <translation>Read from the card (PIN)</translation>
    </message>
    <message>
        <source>Reads the individual number; the resident enters the PIN again</source>
        <translation>Reads the individual number; the resident enters the PIN again</translation>
    </message>
    <message>
        <source>Correction by staff: %1</source>
        <translation>Correction by staff: %1</translation>
    </message>
</context>
<context>
    <name>FormData</name>
    <message>
        <source>印鑑登録証明書交付申請書</source>
        <extracomment>Application for a seal registration certificate</extracomment>
        <translation>Application for a seal registration certificate</translation>
    </message>
    <message>
        <source>登録者</source>
        <extracomment>Registrant</extracomment>
        <translation>Registrant</translation>
    </message>
    <message>
        <source>窓口に来た方</source>
        <extracomment>Person at the counter</extracomment>
        <translation>Person at the counter</translation>
    </message>
    <message>
        <source>申請の内容</source>
        <extracomment>Application</extracomment>
        <translation>Application</translation>
    </message>
    <message>
        <source>窓口に来た方 氏名</source>
        <extracomment>person at the counter name</extracomment>
        <translation>person at the counter name</translation>
    </message>
    <message>
        <source>窓口に来た方 住所</source>
        <extracomment>person at the counter address</extracomment>
        <translation>person at the counter address</translation>
    </message>
    <message>
        <source>窓口に来た方 生年月日</source>
        <extracomment>person at the counter date of birth</extracomment>
        <translation>person at the counter date of birth</translation>
    </message>
    <message>
        <source>窓口に来た方が登録者本人</source>
        <extracomment>the person at the counter is the registrant</extracomment>
        <translation>the person at the counter is the registrant</translation>
    </message>
    <message>
        <source>登録者 氏名</source>
        <extracomment>registrant name</extracomment>
        <translation>registrant name</translation>
    </message>
    <message>
        <source>登録者 住所</source>
        <extracomment>registrant address</extracomment>
        <translation>registrant address</translation>
    </message>
    <message>
        <source>登録者 生年月日</source>
        <extracomment>registrant date of birth</extracomment>
        <translation>registrant date of birth</translation>
    </message>
    <message>
        <source>印鑑登録番号</source>
        <extracomment>seal registration number</extracomment>
        <translation>seal registration number</translation>
    </message>
    <message>
        <source>印鑑登録証の提示</source>
        <extracomment>seal registration card presented</extracomment>
        <translation>seal registration card presented</translation>
    </message>
    <message>
        <source>印鑑登録証がないと交付できません</source>
        <extracomment>no certificate without the registration card</extracomment>
        <translation>no certificate without the registration card</translation>
    </message>
    <message>
        <source>通数</source>
        <extracomment>copies</extracomment>
        <translation>copies</translation>
    </message>
    <message>
        <source>使いみち</source>
        <extracomment>purpose</extracomment>
        <translation>purpose</translation>
    </message>
    <message>
        <source>住民票の写し等交付請求書</source>
        <extracomment>Request for a copy of the residence record</extracomment>
        <translation>Request for a copy of the residence record</translation>
    </message>
    <message>
        <source>請求者・窓口に来た方</source>
        <extracomment>Requester and person at the counter</extracomment>
        <translation>Requester and person at the counter</translation>
    </message>
    <message>
        <source>請求の対象</source>
        <extracomment>Subject</extracomment>
        <translation>Subject</translation>
    </message>
    <message>
        <source>請求の内容</source>
        <extracomment>Request</extracomment>
        <translation>Request</translation>
    </message>
    <message>
        <source>職員記入欄</source>
        <extracomment>For staff</extracomment>
        <translation>For staff</translation>
    </message>
    <message>
        <source>請求者と対象者の関係</source>
        <extracomment>requester&apos;s relation to the subject</extracomment>
        <translation>requester&apos;s relation to the subject</translation>
    </message>
    <message>
        <source>住民基本台帳法第12条・第12条の3</source>
        <extracomment>Basic Resident Registration Act art. 12 and 12-3</extracomment>
        <translation>Basic Resident Registration Act art. 12 and 12-3</translation>
    </message>
    <message>
        <source>本人</source>
        <extracomment>the person themselves</extracomment>
        <translation>the person themselves</translation>
    </message>
    <message>
        <source>同一世帯の方</source>
        <extracomment>member of the same household</extracomment>
        <translation>member of the same household</translation>
    </message>
    <message>
        <source>代理人（委任状）</source>
        <extracomment>proxy with a power of attorney</extracomment>
        <translation>proxy with a power of attorney</translation>
    </message>
    <message>
        <source>第三者（正当な理由）</source>
        <extracomment>third party with a legitimate reason</extracomment>
        <translation>third party with a legitimate reason</translation>
    </message>
    <message>
        <source>窓口に来た方 電話番号</source>
        <extracomment>person at the counter: phone</extracomment>
        <translation>person at the counter: phone</translation>
    </message>
    <message>
        <source>請求者 氏名</source>
        <extracomment>requester name</extracomment>
        <translation>requester name</translation>
    </message>
    <message>
        <source>請求者 住所</source>
        <extracomment>requester address</extracomment>
        <translation>requester address</translation>
    </message>
    <message>
        <source>請求者 生年月日</source>
        <extracomment>requester date of birth</extracomment>
        <translation>requester date of birth</translation>
    </message>
    <message>
        <source>対象者は請求者と同じ</source>
        <extracomment>the subject is the requester</extracomment>
        <translation>the subject is the requester</translation>
    </message>
    <message>
        <source>請求の対象とする者 氏名</source>
        <extracomment>subject of the request name</extracomment>
        <translation>subject of the request name</translation>
    </message>
    <message>
        <source>請求の対象とする者 住所</source>
        <extracomment>subject of the request address</extracomment>
        <translation>subject of the request address</translation>
    </message>
    <message>
        <source>請求の対象とする者 生年月日</source>
        <extracomment>subject of the request date of birth</extracomment>
        <translation>subject of the request date of birth</translation>
    </message>
    <message>
        <source>世帯全員・一部</source>
        <extracomment>whole household or some members</extracomment>
        <translation>whole household or some members</translation>
    </message>
    <message>
        <source>世帯全員（謄本）</source>
        <extracomment>whole household</extracomment>
        <translation>whole household</translation>
    </message>
    <message>
        <source>世帯の一部（抄本）</source>
        <extracomment>some members</extracomment>
        <translation>some members</translation>
    </message>
    <message>
        <source>必要な方</source>
        <extracomment>persons to include</extracomment>
        <translation>persons to include</translation>
    </message>
    <message>
        <source>氏名</source>
        <extracomment>name</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <source>生年月日</source>
        <extracomment>date of birth</extracomment>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>種類</source>
        <extracomment>kind</extracomment>
        <translation>kind</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <extracomment>copy of the residence record</extracomment>
        <translation>copy of the residence record</translation>
    </message>
    <message>
        <source>住民票の除票の写し</source>
        <extracomment>copy of a removed residence record</extracomment>
        <translation>copy of a removed residence record</translation>
    </message>
    <message>
        <source>住民票記載事項証明書</source>
        <extracomment>certificate of recorded items</extracomment>
        <translation>certificate of recorded items</translation>
    </message>
    <message>
        <source>記載する項目</source>
        <extracomment>optional items</extracomment>
        <translation>optional items</translation>
    </message>
    <message>
        <source>載せない項目は省略されます</source>
        <extracomment>items not chosen are omitted</extracomment>
        <translation>items not chosen are omitted</translation>
    </message>
    <message>
        <source>世帯主・続柄</source>
        <extracomment>head of household and relation</extracomment>
        <translation>head of household and relation</translation>
    </message>
    <message>
        <source>本籍・筆頭者</source>
        <extracomment>registered domicile and head of the family register</extracomment>
        <translation>registered domicile and head of the family register</translation>
    </message>
    <message>
        <source>個人番号</source>
        <extracomment>individual number</extracomment>
        <translation>individual number</translation>
    </message>
    <message>
        <source>住民票コード</source>
        <extracomment>residence record code</extracomment>
        <translation>residence record code</translation>
    </message>
    <message>
        <source>提出先</source>
        <extracomment>submitted to</extracomment>
        <translation>submitted to</translation>
    </message>
    <message>
        <source>正当な理由</source>
        <extracomment>legitimate reason</extracomment>
        <translation>legitimate reason</translation>
    </message>
    <message>
        <source>委任状</source>
        <extracomment>power of attorney presented</extracomment>
        <translation>power of attorney presented</translation>
    </message>
    <message>
        <source>広域交付（住所地以外の市区町村で請求）</source>
        <extracomment>wide-area issuance (at another municipality)</extracomment>
        <translation>wide-area issuance (at another municipality)</translation>
    </message>
    <message>
        <source>交付方法</source>
        <extracomment>delivery</extracomment>
        <translation>delivery</translation>
    </message>
    <message>
        <source>窓口で交付</source>
        <extracomment>handed over at the counter</extracomment>
        <translation>handed over at the counter</translation>
    </message>
    <message>
        <source>住所地へ郵送</source>
        <extracomment>mailed to the resident&apos;s address</extracomment>
        <translation>mailed to the resident&apos;s address</translation>
    </message>
    <message>
        <source>戸籍証明書等請求書</source>
        <extracomment>Request for family register certificates</extracomment>
        <translation>Request for family register certificates</translation>
    </message>
    <message>
        <source>請求する戸籍</source>
        <extracomment>Register requested</extracomment>
        <translation>Register requested</translation>
    </message>
    <message>
        <source>請求者</source>
        <extracomment>Requester</extracomment>
        <translation>Requester</translation>
    </message>
    <message>
        <source>代理人の場合</source>
        <extracomment>When a proxy requests</extracomment>
        <translation>When a proxy requests</translation>
    </message>
    <message>
        <source>本籍</source>
        <extracomment>registered domicile</extracomment>
        <translation>registered domicile</translation>
    </message>
    <message>
        <source>筆頭者</source>
        <extracomment>head of the family register</extracomment>
        <translation>head of the family register</translation>
    </message>
    <message>
        <source>証明書の種類</source>
        <extracomment>kind of certificate</extracomment>
        <translation>kind of certificate</translation>
    </message>
    <message>
        <source>戸籍全部事項証明書（謄本）</source>
        <extracomment>full family register</extracomment>
        <translation>full family register</translation>
    </message>
    <message>
        <source>戸籍個人事項証明書（抄本）</source>
        <extracomment>individual extract</extracomment>
        <translation>individual extract</translation>
    </message>
    <message>
        <source>除籍全部事項証明書</source>
        <extracomment>full removed register</extracomment>
        <translation>full removed register</translation>
    </message>
    <message>
        <source>除籍個人事項証明書</source>
        <extracomment>removed register extract</extracomment>
        <translation>removed register extract</translation>
    </message>
    <message>
        <source>改製原戸籍謄本</source>
        <extracomment>pre-revision register</extracomment>
        <translation>pre-revision register</translation>
    </message>
    <message>
        <source>戸籍の附票の写し</source>
        <extracomment>family register annex (addresses)</extracomment>
        <translation>family register annex (addresses)</translation>
    </message>
    <message>
        <source>身分証明書</source>
        <extracomment>certificate of legal capacity</extracomment>
        <translation>certificate of legal capacity</translation>
    </message>
    <message>
        <source>独身証明書</source>
        <extracomment>certificate of single status</extracomment>
        <translation>certificate of single status</translation>
    </message>
    <message>
        <source>受理証明書</source>
        <extracomment>certificate of acceptance</extracomment>
        <translation>certificate of acceptance</translation>
    </message>
    <message>
        <source>請求者の区分</source>
        <extracomment>requester category</extracomment>
        <translation>requester category</translation>
    </message>
    <message>
        <source>戸籍法第10条・第10条の2</source>
        <extracomment>Family Register Act art. 10 and 10-2</extracomment>
        <translation>Family Register Act art. 10 and 10-2</translation>
    </message>
    <message>
        <source>本人・配偶者・直系の親族</source>
        <extracomment>the person, spouse or lineal relative</extracomment>
        <translation>the person, spouse or lineal relative</translation>
    </message>
    <message>
        <source>自己の権利行使・義務履行</source>
        <extracomment>exercising a right or fulfilling a duty</extracomment>
        <translation>exercising a right or fulfilling a duty</translation>
    </message>
    <message>
        <source>国・地方公共団体への提出</source>
        <extracomment>submission to a government body</extracomment>
        <translation>submission to a government body</translation>
    </message>
    <message>
        <source>筆頭者・対象者との続柄</source>
        <extracomment>relationship to the person in the register</extracomment>
        <translation>relationship to the person in the register</translation>
    </message>
    <message>
        <source>配偶者</source>
        <extracomment>spouse</extracomment>
        <translation>spouse</translation>
    </message>
    <message>
        <source>直系尊属（父母・祖父母）</source>
        <extracomment>lineal ascendant</extracomment>
        <translation>lineal ascendant</translation>
    </message>
    <message>
        <source>直系卑属（子・孫）</source>
        <extracomment>lineal descendant</extracomment>
        <translation>lineal descendant</translation>
    </message>
    <message>
        <source>権利・義務の発生原因と内容</source>
        <extracomment>the right or duty and its cause</extracomment>
        <translation>the right or duty and its cause</translation>
    </message>
    <message>
        <source>戸籍の記載事項の利用目的</source>
        <extracomment>why the register is needed</extracomment>
        <translation>why the register is needed</translation>
    </message>
    <message>
        <source>提出先の機関</source>
        <extracomment>government body</extracomment>
        <translation>government body</translation>
    </message>
    <message>
        <source>提出先での利用目的</source>
        <extracomment>purpose at that body</extracomment>
        <translation>purpose at that body</translation>
    </message>
    <message>
        <source>委任者 氏名</source>
        <extracomment>principal name</extracomment>
        <translation>principal name</translation>
    </message>
    <message>
        <source>委任者 住所</source>
        <extracomment>principal address</extracomment>
        <translation>principal address</translation>
    </message>
    <message>
        <source>委任者 生年月日</source>
        <extracomment>principal date of birth</extracomment>
        <translation>principal date of birth</translation>
    </message>
    <message>
        <source>広域交付（本籍地以外で請求）</source>
        <extracomment>wide-area issuance (outside the registered domicile)</extracomment>
        <translation>wide-area issuance (outside the registered domicile)</translation>
    </message>
    <message>
        <source>住民異動届（転居届）</source>
        <extracomment>Notification of moving within the municipality</extracomment>
        <translation>Notification of moving within the municipality</translation>
    </message>
    <message>
        <source>届出</source>
        <extracomment>Notification</extracomment>
        <translation>Notification</translation>
    </message>
    <message>
        <source>住所</source>
        <extracomment>Address</extracomment>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>世帯</source>
        <extracomment>Household</extracomment>
        <translation>Household</translation>
    </message>
    <message>
        <source>届出人</source>
        <extracomment>Notifier</extracomment>
        <translation>Notifier</translation>
    </message>
    <message>
        <source>届出年月日</source>
        <extracomment>date of notification</extracomment>
        <translation>date of notification</translation>
    </message>
    <message>
        <source>転居をした年月日</source>
        <extracomment>date of moving</extracomment>
        <translation>date of moving</translation>
    </message>
    <message>
        <source>新しい住所 郵便番号</source>
        <extracomment>new address: postal code</extracomment>
        <translation>new address: postal code</translation>
    </message>
    <message>
        <source>新しい住所</source>
        <extracomment>new address</extracomment>
        <translation>new address</translation>
    </message>
    <message>
        <source>新しい住所 方書</source>
        <extracomment>new address: building and room (katagaki)</extracomment>
        <translation>new address: building and room (katagaki)</translation>
    </message>
    <message>
        <source>従前の住所</source>
        <extracomment>previous address</extracomment>
        <translation>previous address</translation>
    </message>
    <message>
        <source>世帯主 氏名</source>
        <extracomment>head of household</extracomment>
        <translation>head of household</translation>
    </message>
    <message>
        <source>異動する方に世帯主がいない場合（既存の世帯に入る場合）</source>
        <extracomment>when none of the persons moving is the head</extracomment>
        <translation>when none of the persons moving is the head</translation>
    </message>
    <message>
        <source>異動する方</source>
        <extracomment>persons moving</extracomment>
        <translation>persons moving</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <extracomment>name in katakana</extracomment>
        <translation>name in katakana</translation>
    </message>
    <message>
        <source>外国人住民は西暦で記入できます</source>
        <extracomment>foreign residents may use the Western calendar</extracomment>
        <translation>foreign residents may use the Western calendar</translation>
    </message>
    <message>
        <source>性別</source>
        <extracomment>sex</extracomment>
        <translation>sex</translation>
    </message>
    <message>
        <source>男</source>
        <extracomment>male</extracomment>
        <translation>male</translation>
    </message>
    <message>
        <source>女</source>
        <extracomment>female</extracomment>
        <translation>female</translation>
    </message>
    <message>
        <source>世帯主との続柄</source>
        <extracomment>relation to the head of household</extracomment>
        <translation>relation to the head of household</translation>
    </message>
    <message>
        <source>住民票の書き方で、世帯主から見た続柄を選んでください（「その他」はありません。親族でない方は縁故者又は同居人）。</source>
        <extracomment>The relationship to the head of household as the residence record writes it (there is no &quot;other&quot;: someone not listed is 縁故者 or 同居人).</extracomment>
        <translation>The relationship to the head of household as the residence record writes it (there is no &quot;other&quot;: someone not listed is 縁故者 or 同居人).</translation>
    </message>
    <message>
        <source>世帯主</source>
        <extracomment>head of household</extracomment>
        <translation>head of household</translation>
    </message>
    <message>
        <source>妻</source>
        <extracomment>wife</extracomment>
        <translation>wife</translation>
    </message>
    <message>
        <source>夫</source>
        <extracomment>husband</extracomment>
        <translation>husband</translation>
    </message>
    <message>
        <source>子</source>
        <extracomment>child</extracomment>
        <translation>child</translation>
    </message>
    <message>
        <source>父</source>
        <extracomment>father</extracomment>
        <translation>father</translation>
    </message>
    <message>
        <source>母</source>
        <extracomment>mother</extracomment>
        <translation>mother</translation>
    </message>
    <message>
        <source>兄</source>
        <extracomment>elder brother</extracomment>
        <translation>elder brother</translation>
    </message>
    <message>
        <source>姉</source>
        <extracomment>elder sister</extracomment>
        <translation>elder sister</translation>
    </message>
    <message>
        <source>弟</source>
        <extracomment>younger brother</extracomment>
        <translation>younger brother</translation>
    </message>
    <message>
        <source>妹</source>
        <extracomment>younger sister</extracomment>
        <translation>younger sister</translation>
    </message>
    <message>
        <source>子の妻</source>
        <extracomment>child&apos;s wife</extracomment>
        <translation>child&apos;s wife</translation>
    </message>
    <message>
        <source>子の夫</source>
        <extracomment>child&apos;s husband</extracomment>
        <translation>child&apos;s husband</translation>
    </message>
    <message>
        <source>孫</source>
        <extracomment>grandchild</extracomment>
        <translation>grandchild</translation>
    </message>
    <message>
        <source>祖父</source>
        <extracomment>grandfather</extracomment>
        <translation>grandfather</translation>
    </message>
    <message>
        <source>祖母</source>
        <extracomment>grandmother</extracomment>
        <translation>grandmother</translation>
    </message>
    <message>
        <source>妻の父</source>
        <extracomment>wife&apos;s father</extracomment>
        <translation>wife&apos;s father</translation>
    </message>
    <message>
        <source>妻の母</source>
        <extracomment>wife&apos;s mother</extracomment>
        <translation>wife&apos;s mother</translation>
    </message>
    <message>
        <source>夫の父</source>
        <extracomment>husband&apos;s father</extracomment>
        <translation>husband&apos;s father</translation>
    </message>
    <message>
        <source>夫の母</source>
        <extracomment>husband&apos;s mother</extracomment>
        <translation>husband&apos;s mother</translation>
    </message>
    <message>
        <source>縁故者</source>
        <extracomment>other relative or connection (縁故者)</extracomment>
        <translation>other relative or connection (縁故者)</translation>
    </message>
    <message>
        <source>同居人</source>
        <extracomment>lodger (同居人)</extracomment>
        <translation>lodger (同居人)</translation>
    </message>
    <message>
        <source>妻（未届）</source>
        <extracomment>wife (common-law, 未届)</extracomment>
        <translation>wife (common-law, 未届)</translation>
    </message>
    <message>
        <source>夫（未届）</source>
        <extracomment>husband (common-law, 未届)</extracomment>
        <translation>husband (common-law, 未届)</translation>
    </message>
    <message>
        <source>外国人住民</source>
        <extracomment>foreign resident</extracomment>
        <translation>foreign resident</translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <extracomment>nationality or region</extracomment>
        <translation>nationality or region</translation>
    </message>
    <message>
        <source>第30条の45に規定する区分</source>
        <extracomment>category under art. 30-45</extracomment>
        <translation>category under art. 30-45</translation>
    </message>
    <message>
        <source>中長期在留者</source>
        <extracomment>mid- to long-term resident</extracomment>
        <translation>mid- to long-term resident</translation>
    </message>
    <message>
        <source>特別永住者</source>
        <extracomment>special permanent resident</extracomment>
        <translation>special permanent resident</translation>
    </message>
    <message>
        <source>一時庇護許可者</source>
        <extracomment>temporary refuge</extracomment>
        <translation>temporary refuge</translation>
    </message>
    <message>
        <source>仮滞在許可者</source>
        <extracomment>provisional stay</extracomment>
        <translation>provisional stay</translation>
    </message>
    <message>
        <source>出生による経過滞在者</source>
        <extracomment>transitional stay by birth</extracomment>
        <translation>transitional stay by birth</translation>
    </message>
    <message>
        <source>国籍喪失による経過滞在者</source>
        <extracomment>transitional stay by loss of nationality</extracomment>
        <translation>transitional stay by loss of nationality</translation>
    </message>
    <message>
        <source>在留資格</source>
        <extracomment>status of residence</extracomment>
        <translation>status of residence</translation>
    </message>
    <message>
        <source>在留期間</source>
        <extracomment>period of stay</extracomment>
        <translation>period of stay</translation>
    </message>
    <message>
        <source>在留期間の満了の日</source>
        <extracomment>expiry of the period of stay</extracomment>
        <translation>expiry of the period of stay</translation>
    </message>
    <message>
        <source>在留カード等の番号</source>
        <extracomment>residence card number</extracomment>
        <translation>residence card number</translation>
    </message>
    <message>
        <source>異動する本人</source>
        <extracomment>a person moving</extracomment>
        <translation>a person moving</translation>
    </message>
    <message>
        <source>世帯員</source>
        <extracomment>household member</extracomment>
        <translation>household member</translation>
    </message>
    <message>
        <source>届出人 氏名</source>
        <extracomment>notifier&apos;s name</extracomment>
        <translation>notifier&apos;s name</translation>
    </message>
    <message>
        <source>連絡先電話番号</source>
        <extracomment>phone</extracomment>
        <translation>phone</translation>
    </message>
    <message>
        <source>住民異動届（転入届）</source>
        <extracomment>Notification of moving in</extracomment>
        <translation>Notification of moving in</translation>
    </message>
    <message>
        <source>転入の種類</source>
        <extracomment>kind of moving in</extracomment>
        <translation>kind of moving in</translation>
    </message>
    <message>
        <source>転出証明書による転入</source>
        <extracomment>with a moving-out certificate</extracomment>
        <translation>with a moving-out certificate</translation>
    </message>
    <message>
        <source>マイナンバーカードによる転入（特例転入）</source>
        <extracomment>with the My Number card (special procedure)</extracomment>
        <translation>with the My Number card (special procedure)</translation>
    </message>
    <message>
        <source>国外からの転入</source>
        <extracomment>from abroad</extracomment>
        <translation>from abroad</translation>
    </message>
    <message>
        <source>転入をした年月日</source>
        <extracomment>date of moving in</extracomment>
        <translation>date of moving in</translation>
    </message>
    <message>
        <source>転出証明書の提出</source>
        <extracomment>moving-out certificate presented</extracomment>
        <translation>moving-out certificate presented</translation>
    </message>
    <message>
        <source>転出予定年月日（前住所地での届出）</source>
        <extracomment>planned moving-out date (notified at the previous municipality)</extracomment>
        <translation>planned moving-out date (notified at the previous municipality)</translation>
    </message>
    <message>
        <source>国外からの転入では本籍・筆頭者が必要です（住民基本台帳法第7条第5号「戸籍の表示」・第22条第1項、国外からの転入は政令で定める事項。転出証明書がないため届出で記載します）。</source>
        <extracomment>Needed when moving in from abroad (住民基本台帳法 art. 7 no. 5 and art. 22(1)): without a moving-out certificate the notification gives the registered domicile.</extracomment>
        <translation>Needed when moving in from abroad (住民基本台帳法 art. 7 no. 5 and art. 22(1)): without a moving-out certificate the notification gives the registered domicile.</translation>
    </message>
    <message>
        <source>住民基本台帳カードを提示した方は不要です</source>
        <extracomment>not needed when a Juki card is shown</extracomment>
        <translation>not needed when a Juki card is shown</translation>
    </message>
    <message>
        <source>住民異動届（転出届）</source>
        <extracomment>Notification of moving out</extracomment>
        <translation>Notification of moving out</translation>
    </message>
    <message>
        <source>届出人・返却物</source>
        <extracomment>Notifier and returns</extracomment>
        <translation>Notifier and returns</translation>
    </message>
    <message>
        <source>転出の予定年月日</source>
        <extracomment>planned date of moving out</extracomment>
        <translation>planned date of moving out</translation>
    </message>
    <message>
        <source>現住所</source>
        <extracomment>current address</extracomment>
        <translation>current address</translation>
    </message>
    <message>
        <source>国外へ転出</source>
        <extracomment>moving abroad</extracomment>
        <translation>moving abroad</translation>
    </message>
    <message>
        <source>転出先の住所 郵便番号</source>
        <extracomment>destination address: postal code</extracomment>
        <translation>destination address: postal code</translation>
    </message>
    <message>
        <source>転出先の住所</source>
        <extracomment>destination address</extracomment>
        <translation>destination address</translation>
    </message>
    <message>
        <source>転出先の住所 方書</source>
        <extracomment>destination address: building and room (katagaki)</extracomment>
        <translation>destination address: building and room (katagaki)</translation>
    </message>
    <message>
        <source>転出先の国・地域</source>
        <extracomment>destination country</extracomment>
        <translation>destination country</translation>
    </message>
    <message>
        <source>転出先の世帯主</source>
        <extracomment>head of household at the destination</extracomment>
        <translation>head of household at the destination</translation>
    </message>
    <message>
        <source>マイナンバーカードによる転出（転入届の特例を使う）</source>
        <extracomment>moving out with the My Number card (special procedure)</extracomment>
        <translation>moving out with the My Number card (special procedure)</translation>
    </message>
    <message>
        <source>返却するもの</source>
        <extracomment>cards returned</extracomment>
        <translation>cards returned</translation>
    </message>
    <message>
        <source>印鑑登録証</source>
        <extracomment>seal registration card</extracomment>
        <translation>seal registration card</translation>
    </message>
    <message>
        <source>国民健康保険の資格確認書・被保険者証</source>
        <extracomment>National Health Insurance eligibility certificate or card</extracomment>
        <translation>National Health Insurance eligibility certificate or card</translation>
    </message>
    <message>
        <source>後期高齢者医療被保険者証</source>
        <extracomment>late-stage elderly medical card</extracomment>
        <translation>late-stage elderly medical card</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <extracomment>long-term care insurance card</extracomment>
        <translation>long-term care insurance card</translation>
    </message>
    <message>
        <source>子ども医療証</source>
        <extracomment>child medical care card</extracomment>
        <translation>child medical care card</translation>
    </message>
    <message>
        <source>税証明交付申請書</source>
        <extracomment>Application for tax certificates</extracomment>
        <translation>Application for tax certificates</translation>
    </message>
    <message>
        <source>証明の内容</source>
        <extracomment>Certificate</extracomment>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>証明を受ける方</source>
        <extracomment>Person concerned</extracomment>
        <translation>Person concerned</translation>
    </message>
    <message>
        <source>所得証明書</source>
        <extracomment>income certificate</extracomment>
        <translation>income certificate</translation>
    </message>
    <message>
        <source>課税（非課税）証明書</source>
        <extracomment>tax assessment certificate</extracomment>
        <translation>tax assessment certificate</translation>
    </message>
    <message>
        <source>所得課税証明書</source>
        <extracomment>income and tax certificate</extracomment>
        <translation>income and tax certificate</translation>
    </message>
    <message>
        <source>納税証明書</source>
        <extracomment>tax payment certificate</extracomment>
        <translation>tax payment certificate</translation>
    </message>
    <message>
        <source>年度（西暦）</source>
        <extracomment>tax year (fiscal year, Gregorian)</extracomment>
        <translation>tax year (fiscal year, Gregorian)</translation>
    </message>
    <message>
        <source>令和6年度は2024。令和6年度の証明書は令和5年（2023年）中の所得を示します</source>
        <extracomment>FY2024 shows the income of 2023</extracomment>
        <translation>FY2024 shows the income of 2023</translation>
    </message>
    <message>
        <source>所得の年</source>
        <extracomment>income year covered</extracomment>
        <translation>income year covered</translation>
    </message>
    <message>
        <source>証明を受ける方との関係</source>
        <extracomment>relation to the person concerned</extracomment>
        <translation>relation to the person concerned</translation>
    </message>
    <message>
        <source>同居の親族</source>
        <extracomment>relative in the same household</extracomment>
        <translation>relative in the same household</translation>
    </message>
    <message>
        <source>証明を受ける方 氏名</source>
        <extracomment>person concerned name</extracomment>
        <translation>person concerned name</translation>
    </message>
    <message>
        <source>証明を受ける方 住所</source>
        <extracomment>person concerned address</extracomment>
        <translation>person concerned address</translation>
    </message>
    <message>
        <source>証明を受ける方 生年月日</source>
        <extracomment>person concerned date of birth</extracomment>
        <translation>person concerned date of birth</translation>
    </message>
    <message>
        <source>その年度の1月1日も今の住所に住んでいた</source>
        <extracomment>lived at the current address on 1 January of that year</extracomment>
        <translation>lived at the current address on 1 January of that year</translation>
    </message>
    <message>
        <source>1月1日現在の住所</source>
        <extracomment>address on 1 January of the tax year</extracomment>
        <translation>address on 1 January of the tax year</translation>
    </message>
    <message>
        <source>住民税はその年度の1月1日に住んでいた市区町村が課税します</source>
        <extracomment>residence tax is levied where you lived on 1 January</extracomment>
        <translation>residence tax is levied where you lived on 1 January</translation>
    </message>
    <message>
        <source>入力してください。</source>
        <extracomment>This is required.</extracomment>
        <translation>This is required.</translation>
    </message>
    <message>
        <source>存在する日付を入力してください。</source>
        <extracomment>Enter a date that exists.</extracomment>
        <translation>Enter a date that exists.</translation>
    </message>
    <message>
        <source>選択肢から選んでください。</source>
        <extracomment>Choose one of the options.</extracomment>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>値の形式が正しくありません。</source>
        <extracomment>The value has the wrong form.</extracomment>
        <translation>The value has the wrong form.</translation>
    </message>
    <message>
        <source>書き方が正しくありません。</source>
        <extracomment>The format is not right.</extracomment>
        <translation>The format is not right.</translation>
    </message>
    <message>
        <source>長すぎます。</source>
        <extracomment>Too long.</extracomment>
        <translation>Too long.</translation>
    </message>
    <message>
        <source>範囲外の値です。</source>
        <extracomment>Out of range.</extracomment>
        <translation>Out of range.</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字です。</source>
        <extracomment>A postal code has 7 digits.</extracomment>
        <translation>A postal code has 7 digits.</translation>
    </message>
    <message>
        <source>個人番号が正しくありません。</source>
        <extracomment>The individual number is not valid.</extracomment>
        <translation>The individual number is not valid.</translation>
    </message>
    <message>
        <source>人数が足りません。</source>
        <extracomment>Too few persons.</extracomment>
        <translation>Too few persons.</translation>
    </message>
    <message>
        <source>人数が多すぎます。</source>
        <extracomment>Too many persons.</extracomment>
        <translation>Too many persons.</translation>
    </message>
    <message>
        <source>この様式にない項目です。</source>
        <extracomment>This form has no such item.</extracomment>
        <translation>This form has no such item.</translation>
    </message>
    <message>
        <source>この項目は自動で決まります。</source>
        <extracomment>This item is set automatically.</extracomment>
        <translation>This item is set automatically.</translation>
    </message>
    <message>
        <source>この項目は窓口の職員が入力します。</source>
        <extracomment>Staff at the counter fill in this item.</extracomment>
        <translation>Staff at the counter fill in this item.</translation>
    </message>
    <message>
        <source>代理人の方は委任状が必要です。</source>
        <extracomment>A proxy needs a power of attorney.</extracomment>
        <translation>A proxy needs a power of attorney.</translation>
    </message>
    <message>
        <source>第三者からの請求では個人番号・住民票コードは記載できません。</source>
        <extracomment>A third party cannot receive the individual number or the residence record code.</extracomment>
        <translation>A third party cannot receive the individual number or the residence record code.</translation>
    </message>
    <message>
        <source>広域交付は本人または同一世帯の方のみ請求できます。</source>
        <extracomment>Wide-area issuance is only for the person or their household.</extracomment>
        <translation>Wide-area issuance is only for the person or their household.</translation>
    </message>
    <message>
        <source>広域交付には顔写真付きの本人確認書類が必要です。</source>
        <extracomment>Wide-area issuance needs photo ID.</extracomment>
        <translation>Wide-area issuance needs photo ID.</translation>
    </message>
    <message>
        <source>広域交付では本籍・筆頭者は記載できません。</source>
        <extracomment>Wide-area issuance omits the registered domicile.</extracomment>
        <translation>Wide-area issuance omits the registered domicile.</translation>
    </message>
    <message>
        <source>未来の日付は入力できません。</source>
        <extracomment>The date cannot be in the future.</extracomment>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>印鑑登録証がないと証明書は交付できません。</source>
        <extracomment>No certificate without the seal registration card.</extracomment>
        <translation>No certificate without the seal registration card.</translation>
    </message>
    <message>
        <source>15歳未満の方は印鑑登録できません。</source>
        <extracomment>Persons under 15 cannot register a seal.</extracomment>
        <translation>Persons under 15 cannot register a seal.</translation>
    </message>
    <message>
        <source>広域交付は代理人による請求ができません。</source>
        <extracomment>Wide-area issuance cannot be requested by a proxy.</extracomment>
        <translation>Wide-area issuance cannot be requested by a proxy.</translation>
    </message>
    <message>
        <source>広域交付は本人・配偶者・直系の親族のみ請求できます。</source>
        <extracomment>Wide-area issuance is for the person, spouse and lineal relatives only.</extracomment>
        <translation>Wide-area issuance is for the person, spouse and lineal relatives only.</translation>
    </message>
    <message>
        <source>広域交付では全部事項証明書のみ請求できます。</source>
        <extracomment>Wide-area issuance covers full certificates only.</extracomment>
        <translation>Wide-area issuance covers full certificates only.</translation>
    </message>
    <message>
        <source>証明できるのは今年度から過去5年度分です。</source>
        <extracomment>Certificates cover this fiscal year and the four before.</extracomment>
        <translation>Certificates cover this fiscal year and the four before.</translation>
    </message>
    <message>
        <source>その年度の1月1日に住んでいた市区町村で請求してください。</source>
        <extracomment>Request it from the municipality where you lived on 1 January of that year.</extracomment>
        <translation>Request it from the municipality where you lived on 1 January of that year.</translation>
    </message>
    <message>
        <source>異動日が届出日より後になっています。</source>
        <extracomment>The moving date is after the notification date.</extracomment>
        <translation>The moving date is after the notification date.</translation>
    </message>
    <message>
        <source>異動日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after moving (the notification is still accepted).</extracomment>
        <translation>More than 14 days after moving (the notification is still accepted).</translation>
    </message>
    <message>
        <source>転出予定日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after the planned move-out (still accepted).</extracomment>
        <translation>More than 14 days after the planned move-out (still accepted).</translation>
    </message>
    <message>
        <source>転出証明書が必要です。</source>
        <extracomment>A moving-out certificate is required.</extracomment>
        <translation>A moving-out certificate is required.</translation>
    </message>
    <message>
        <source>転入した日から14日を過ぎたため、マイナンバーカードによる転入はできません。転出証明書が必要です。</source>
        <extracomment>More than 14 days after moving in: the card procedure has lapsed; a moving-out certificate is needed.</extracomment>
        <translation>More than 14 days after moving in: the card procedure has lapsed; a moving-out certificate is needed.</translation>
    </message>
    <message>
        <source>転出予定日から30日を過ぎたため、マイナンバーカードによる転入はできません。転出証明書が必要です。</source>
        <extracomment>More than 30 days after the planned move-out: the card procedure has lapsed; a moving-out certificate is needed.</extracomment>
        <translation>More than 30 days after the planned move-out: the card procedure has lapsed; a moving-out certificate is needed.</translation>
    </message>
    <message>
        <source>新しい住所がこの市区町村ではありません。</source>
        <extracomment>The new address is not in this municipality.</extracomment>
        <translation>The new address is not in this municipality.</translation>
    </message>
    <message>
        <source>市区町村内での引越しは転居届です。</source>
        <extracomment>A move within the municipality is a 転居届.</extracomment>
        <translation>A move within the municipality is a 転居届.</translation>
    </message>
    <message>
        <source>前の住所がこの市区町村ではありません（転入届になります）。</source>
        <extracomment>The previous address is elsewhere (use a 転入届).</extracomment>
        <translation>The previous address is elsewhere (use a 転入届).</translation>
    </message>
    <message>
        <source>新しい住所が前の住所と同じです。</source>
        <extracomment>The new address is the same as the old one.</extracomment>
        <translation>The new address is the same as the old one.</translation>
    </message>
    <message>
        <source>現住所がこの市区町村ではありません。</source>
        <extracomment>The current address is not in this municipality.</extracomment>
        <translation>The current address is not in this municipality.</translation>
    </message>
    <message>
        <source>転出先がこの市区町村内です（転居届になります）。</source>
        <extracomment>The destination is in this municipality (use a 転居届).</extracomment>
        <translation>The destination is in this municipality (use a 転居届).</translation>
    </message>
    <message>
        <source>国外への転出はマイナンバーカードによる転出の対象外です。</source>
        <extracomment>Moving abroad cannot use the card procedure.</extracomment>
        <translation>Moving abroad cannot use the card procedure.</translation>
    </message>
    <message>
        <source>生年月日が異動日より後になっています。</source>
        <extracomment>The date of birth is after the moving date.</extracomment>
        <translation>The date of birth is after the moving date.</translation>
    </message>
    <message>
        <source>在留期間の満了日が過ぎています。</source>
        <extracomment>The period of stay has expired.</extracomment>
        <translation>The period of stay has expired.</translation>
    </message>
    <message>
        <source>世帯主は1人だけです。</source>
        <extracomment>There can be only one head of household.</extracomment>
        <translation>There can be only one head of household.</translation>
    </message>
    <message>
        <source>世帯主を入力してください。</source>
        <extracomment>Enter the head of household.</extracomment>
        <translation>Enter the head of household.</translation>
    </message>
    <message>
        <source>ファイルが見つかりません。</source>
        <extracomment>File not found.</extracomment>
        <translation>File not found.</translation>
    </message>
    <message>
        <source>ファイルを読めません。</source>
        <extracomment>File unreadable.</extracomment>
        <translation>File unreadable.</translation>
    </message>
    <message>
        <source>JSONとして読めません。</source>
        <extracomment>Not valid JSON.</extracomment>
        <translation>Not valid JSON.</translation>
    </message>
    <message>
        <source>様式定義に誤りがあります。</source>
        <extracomment>The form definition is broken.</extracomment>
        <translation>The form definition is broken.</translation>
    </message>
    <message>
        <source>様式IDが重複しています。</source>
        <extracomment>Duplicate form id.</extracomment>
        <translation>Duplicate form id.</translation>
    </message>
    <message>
        <source>その様式はありません。</source>
        <extracomment>No such form.</extracomment>
        <translation>No such form.</translation>
    </message>
    <message>
        <source>そのライフイベントはありません。</source>
        <extracomment>No such life event.</extracomment>
        <translation>No such life event.</translation>
    </message>
    <message>
        <source>入力データに誤りがあります。</source>
        <extracomment>The input data is invalid.</extracomment>
        <translation>The input data is invalid.</translation>
    </message>
    <message>
        <source>日付が正しくありません。</source>
        <extracomment>Invalid date.</extracomment>
        <translation>Invalid date.</translation>
    </message>
    <message>
        <source>元号の期間外の日付です。</source>
        <extracomment>The date is outside its era.</extracomment>
        <translation>The date is outside its era.</translation>
    </message>
    <message>
        <source>明治より前の日付は扱えません。</source>
        <extracomment>Dates before Meiji are not supported.</extracomment>
        <translation>Dates before Meiji are not supported.</translation>
    </message>
    <message>
        <source>郵便番号が正しくありません。</source>
        <extracomment>Invalid postal code.</extracomment>
        <translation>Invalid postal code.</translation>
    </message>
    <message>
        <source>データベースのエラーです。</source>
        <extracomment>Database error.</extracomment>
        <translation>Database error.</translation>
    </message>
    <message>
        <source>郵便番号データベースの版が古いです。</source>
        <extracomment>The postal database is outdated.</extracomment>
        <translation>The postal database is outdated.</translation>
    </message>
    <message>
        <source>郵便番号データに誤りがあります。</source>
        <extracomment>The postal table is invalid.</extracomment>
        <translation>The postal table is invalid.</translation>
    </message>
    <message>
        <source>圧縮ファイルを展開できません。</source>
        <extracomment>Cannot decompress.</extracomment>
        <translation>Cannot decompress.</translation>
    </message>
    <message>
        <source>文字コードを判別できません。</source>
        <extracomment>Unknown text encoding.</extracomment>
        <translation>Unknown text encoding.</translation>
    </message>
    <message>
        <source>ほかの市区町村から引っ越してきた</source>
        <extracomment>Moved here from another municipality</extracomment>
        <translation>Moved here from another municipality</translation>
    </message>
    <message>
        <source>市区町村内で引っ越した</source>
        <extracomment>Moved within the municipality</extracomment>
        <translation>Moved within the municipality</translation>
    </message>
    <message>
        <source>ほかの市区町村へ引っ越す</source>
        <extracomment>Moving out to another municipality</extracomment>
        <translation>Moving out to another municipality</translation>
    </message>
    <message>
        <source>証明書がほしい</source>
        <extracomment>I need certificates</extracomment>
        <translation>I need certificates</translation>
    </message>
    <message>
        <source>高校生年代までのお子さん（18歳になった後の最初の3月31日まで）がいますか</source>
        <extracomment>Do you have children up to high-school age (until the first 31 March after their 18th birthday)?</extracomment>
        <translation>Do you have children up to high-school age (until the first 31 March after their 18th birthday)?</translation>
    </message>
    <message>
        <source>小・中学校に通うお子さんがいますか</source>
        <extracomment>Do you have children at elementary or junior high school?</extracomment>
        <translation>Do you have children at elementary or junior high school?</translation>
    </message>
    <message>
        <source>国民健康保険に加入していますか（会社の保険ではない）</source>
        <extracomment>Are you in the National Health Insurance (not an employer&apos;s insurance)?</extracomment>
        <translation>Are you in the National Health Insurance (not an employer&apos;s insurance)?</translation>
    </message>
    <message>
        <source>国民年金第1号被保険者ですか（自営業・学生など）</source>
        <extracomment>Are you a category 1 National Pension insured person (self-employed, student …)?</extracomment>
        <translation>Are you a category 1 National Pension insured person (self-employed, student …)?</translation>
    </message>
    <message>
        <source>65歳以上の方がいますか</source>
        <extracomment>Is anyone 65 or older?</extracomment>
        <translation>Is anyone 65 or older?</translation>
    </message>
    <message>
        <source>75歳以上の方がいますか</source>
        <extracomment>Is anyone 75 or older?</extracomment>
        <translation>Is anyone 75 or older?</translation>
    </message>
    <message>
        <source>印鑑登録をしていますか</source>
        <extracomment>Do you have a registered seal?</extracomment>
        <translation>Do you have a registered seal?</translation>
    </message>
    <message>
        <source>マイナンバーカードをお持ちですか</source>
        <extracomment>Do you have a My Number card?</extracomment>
        <translation>Do you have a My Number card?</translation>
    </message>
    <message>
        <source>犬を飼っていますか</source>
        <extracomment>Do you keep a dog?</extracomment>
        <translation>Do you keep a dog?</translation>
    </message>
    <message>
        <source>国民健康保険の加入</source>
        <extracomment>Join the National Health Insurance</extracomment>
        <translation>Join the National Health Insurance</translation>
    </message>
    <message>
        <source>保険年金課</source>
        <extracomment>Health insurance and pension desk</extracomment>
        <translation>Health insurance and pension desk</translation>
    </message>
    <message>
        <source>本人確認書類</source>
        <extracomment>ID</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>国民健康保険の住所変更</source>
        <extracomment>National Health Insurance: change of address</extracomment>
        <translation>National Health Insurance: change of address</translation>
    </message>
    <message>
        <source>国民健康保険の脱退（資格確認書等の返却）</source>
        <extracomment>Leave the National Health Insurance (return the card)</extracomment>
        <translation>Leave the National Health Insurance (return the card)</translation>
    </message>
    <message>
        <source>国民年金の住所変更</source>
        <extracomment>National Pension: change of address</extracomment>
        <translation>National Pension: change of address</translation>
    </message>
    <message>
        <source>基礎年金番号がわかるもの</source>
        <extracomment>document with the basic pension number</extracomment>
        <translation>document with the basic pension number</translation>
    </message>
    <message>
        <source>児童手当の申請</source>
        <extracomment>Child allowance application</extracomment>
        <translation>Child allowance application</translation>
    </message>
    <message>
        <source>子育て支援課</source>
        <extracomment>Child support desk</extracomment>
        <translation>Child support desk</translation>
    </message>
    <message>
        <source>請求者の口座がわかるもの</source>
        <extracomment>bank account details</extracomment>
        <translation>bank account details</translation>
    </message>
    <message>
        <source>児童手当の住所変更・消滅届</source>
        <extracomment>Child allowance: change of address or end</extracomment>
        <translation>Child allowance: change of address or end</translation>
    </message>
    <message>
        <source>子ども医療費助成の申請</source>
        <extracomment>Child medical expense subsidy</extracomment>
        <translation>Child medical expense subsidy</translation>
    </message>
    <message>
        <source>お子さんの資格確認書（マイナ保険証の方は個人番号カード）</source>
        <extracomment>the child&apos;s health insurance eligibility certificate (or My Number card)</extracomment>
        <translation>the child&apos;s health insurance eligibility certificate (or My Number card)</translation>
    </message>
    <message>
        <source>転入学の手続き（転入学通知書）</source>
        <extracomment>School transfer</extracomment>
        <translation>School transfer</translation>
    </message>
    <message>
        <source>教育委員会 学務課</source>
        <extracomment>Board of education</extracomment>
        <translation>Board of education</translation>
    </message>
    <message>
        <source>在学証明書・教科書給与証明書</source>
        <extracomment>certificate of enrolment</extracomment>
        <translation>certificate of enrolment</translation>
    </message>
    <message>
        <source>介護保険の手続き</source>
        <extracomment>Long-term care insurance</extracomment>
        <translation>Long-term care insurance</translation>
    </message>
    <message>
        <source>介護保険課</source>
        <extracomment>Long-term care desk</extracomment>
        <translation>Long-term care desk</translation>
    </message>
    <message>
        <source>介護保険被保険者証・受給資格証明書</source>
        <extracomment>care insurance card</extracomment>
        <translation>care insurance card</translation>
    </message>
    <message>
        <source>後期高齢者医療の手続き</source>
        <extracomment>Late-stage elderly medical care</extracomment>
        <translation>Late-stage elderly medical care</translation>
    </message>
    <message>
        <source>負担区分等証明書</source>
        <extracomment>certificate from the previous municipality</extracomment>
        <translation>certificate from the previous municipality</translation>
    </message>
    <message>
        <source>印鑑登録の廃止（登録証の返却）</source>
        <extracomment>Cancel the seal registration (return the card)</extracomment>
        <translation>Cancel the seal registration (return the card)</translation>
    </message>
    <message>
        <source>市民課</source>
        <extracomment>Citizens&apos; desk</extracomment>
        <translation>Citizens&apos; desk</translation>
    </message>
    <message>
        <source>印鑑登録</source>
        <extracomment>Seal registration</extracomment>
        <translation>Seal registration</translation>
    </message>
    <message>
        <source>登録する印鑑・顔写真付き本人確認書類</source>
        <extracomment>the seal and photo ID</extracomment>
        <translation>the seal and photo ID</translation>
    </message>
    <message>
        <source>マイナンバーカードの住所変更（券面記載事項変更）</source>
        <extracomment>My Number card: change of address on the card</extracomment>
        <translation>My Number card: change of address on the card</translation>
    </message>
    <message>
        <source>マイナンバーカードと暗証番号（住基用4桁）</source>
        <extracomment>the card and its 4-digit PIN</extracomment>
        <translation>the card and its 4-digit PIN</translation>
    </message>
    <message>
        <source>犬の登録事項変更</source>
        <extracomment>Dog registration: change of address</extracomment>
        <translation>Dog registration: change of address</translation>
    </message>
    <message>
        <source>環境衛生課</source>
        <extracomment>Environment desk</extracomment>
        <translation>Environment desk</translation>
    </message>
    <message>
        <source>犬の鑑札</source>
        <extracomment>dog licence tag</extracomment>
        <translation>dog licence tag</translation>
    </message>
    <message>
        <source>選挙人名簿の登録（転入後3か月で自動）</source>
        <extracomment>Electoral register (automatic after 3 months)</extracomment>
        <translation>Electoral register (automatic after 3 months)</translation>
    </message>
    <message>
        <source>選挙管理委員会</source>
        <extracomment>Election board</extracomment>
        <translation>Election board</translation>
    </message>
    <message>
        <source>就職・転職</source>
        <translation>Employment or change of job</translation>
    </message>
    <message>
        <source>運転免許</source>
        <translation>Driver&apos;s licence</translation>
    </message>
    <message>
        <source>年金・保険</source>
        <translation>Pension or insurance</translation>
    </message>
    <message>
        <source>学校・奨学金</source>
        <translation>School or scholarship</translation>
    </message>
    <message>
        <source>不動産・登記</source>
        <translation>Real estate or registration</translation>
    </message>
    <message>
        <source>自動車の登録</source>
        <translation>Car registration</translation>
    </message>
    <message>
        <source>銀行・ローン</source>
        <translation>Bank or loan</translation>
    </message>
    <message>
        <source>パスポート</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>相続</source>
        <translation>Inheritance</translation>
    </message>
    <message>
        <source>官公庁への提出</source>
        <translation>Submission to a public office</translation>
    </message>
    <message>
        <source>その他（窓口で確認）</source>
        <translation>Other (to be confirmed at the counter)</translation>
    </message>
    <message>
        <source>勤務先</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>金融機関</source>
        <translation>Financial institution</translation>
    </message>
    <message>
        <source>警察署</source>
        <translation>Police station</translation>
    </message>
    <message>
        <source>年金事務所</source>
        <translation>Pension office</translation>
    </message>
    <message>
        <source>法務局</source>
        <translation>Legal affairs bureau</translation>
    </message>
    <message>
        <source>運輸支局</source>
        <translation>Transport bureau</translation>
    </message>
    <message>
        <source>市区町村役場</source>
        <translation>Municipal office</translation>
    </message>
    <message>
        <source>中国</source>
        <translation>China</translation>
    </message>
    <message>
        <source>ベトナム</source>
        <translation>Viet Nam</translation>
    </message>
    <message>
        <source>韓国</source>
        <translation>Republic of Korea</translation>
    </message>
    <message>
        <source>フィリピン</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>ブラジル</source>
        <translation>Brazil</translation>
    </message>
    <message>
        <source>ネパール</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>インドネシア</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>ミャンマー</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>台湾</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>アメリカ合衆国</source>
        <translation>United States</translation>
    </message>
    <message>
        <source>タイ</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>インド</source>
        <translation>India</translation>
    </message>
    <message>
        <source>スリランカ</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>ペルー</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>バングラデシュ</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>永住者</source>
        <translation>Permanent resident</translation>
    </message>
    <message>
        <source>日本人の配偶者等</source>
        <translation>Spouse or child of a Japanese national</translation>
    </message>
    <message>
        <source>永住者の配偶者等</source>
        <translation>Spouse or child of a permanent resident</translation>
    </message>
    <message>
        <source>定住者</source>
        <translation>Long-term resident</translation>
    </message>
    <message>
        <source>技術・人文知識・国際業務</source>
        <translation>Engineer / specialist in humanities / international services</translation>
    </message>
    <message>
        <source>技能実習</source>
        <translation>Technical intern training</translation>
    </message>
    <message>
        <source>特定技能</source>
        <translation>Specified skilled worker</translation>
    </message>
    <message>
        <source>留学</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>家族滞在</source>
        <translation>Dependent</translation>
    </message>
    <message>
        <source>技能</source>
        <translation>Skilled labour</translation>
    </message>
    <message>
        <source>経営・管理</source>
        <translation>Business manager</translation>
    </message>
    <message>
        <source>高度専門職</source>
        <translation>Highly skilled professional</translation>
    </message>
    <message>
        <source>特定活動</source>
        <translation>Designated activities</translation>
    </message>
    <message>
        <source>企業内転勤</source>
        <translation>Intra-company transferee</translation>
    </message>
    <message>
        <source>介護</source>
        <translation>Nursing care</translation>
    </message>
    <message>
        <source>教授</source>
        <translation>Professor</translation>
    </message>
    <message>
        <source>研究</source>
        <translation>Researcher</translation>
    </message>
    <message>
        <source>教育</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>医療</source>
        <translation>Medical services</translation>
    </message>
    <message>
        <source>興行</source>
        <translation>Entertainer</translation>
    </message>
    <message>
        <source>文化活動</source>
        <translation>Cultural activities</translation>
    </message>
    <message>
        <source>請求する方の住所（マイナンバーカードの住所）が当市区町村の外にあるとき、広域交付（住民基本台帳法第12条の4）として自動で「はい」になります。</source>
        <extracomment>Set automatically: yes when the requester&apos;s address (the card&apos;s address) is outside this municipality (住民基本台帳法 第12条の4).</extracomment>
        <translation>Set automatically: yes when the requester&apos;s address (the address on the card) is outside this municipality (wide-area issuance, Basic Resident Registration Act art. 12-4).</translation>
    </message>
    <message>
        <source>住民異動届（世帯変更届）</source>
        <extracomment>Notification of a change of household</extracomment>
        <translation>Notification of a change of household</translation>
    </message>
    <message>
        <source>変更があった年月日</source>
        <extracomment>date of the change</extracomment>
        <translation>date of the change</translation>
    </message>
    <message>
        <source>世帯主が亡くなった場合は亡くなった日</source>
        <extracomment>when the head of household died: the date of death</extracomment>
        <translation>when the head of household died: the date of death</translation>
    </message>
    <message>
        <source>変更の内容</source>
        <extracomment>what changed</extracomment>
        <translation>what changed</translation>
    </message>
    <message>
        <source>世帯主が亡くなり、世帯に残る方が1人だけのときは、その方が世帯主になるため、この届出はいりません。</source>
        <extracomment>When the head of household died and only one person remains in the household, that person becomes the head and this notification is not needed.</extracomment>
        <translation>When the head of household died and only one person remains in the household, that person becomes the head and this notification is not needed.</translation>
    </message>
    <message>
        <source>世帯主の変更</source>
        <extracomment>change of the head of household</extracomment>
        <translation>change of the head of household</translation>
    </message>
    <message>
        <source>世帯分離（同じ住所で世帯を分ける）</source>
        <extracomment>splitting the household (same address)</extracomment>
        <translation>splitting the household (same address)</translation>
    </message>
    <message>
        <source>世帯合併（同じ住所の世帯を一つにする）</source>
        <extracomment>merging households (same address)</extracomment>
        <translation>merging households (same address)</translation>
    </message>
    <message>
        <source>世帯構成の変更（世帯員の続柄など）</source>
        <extracomment>change in the household (relations)</extracomment>
        <translation>change in the household (relations)</translation>
    </message>
    <message>
        <source>世帯主が変わる理由</source>
        <extracomment>why the head changes</extracomment>
        <translation>why the head changes</translation>
    </message>
    <message>
        <source>世帯主の死亡</source>
        <extracomment>the head of household died</extracomment>
        <translation>the head of household died</translation>
    </message>
    <message>
        <source>世帯主の転出</source>
        <extracomment>the head of household moved out</extracomment>
        <translation>the head of household moved out</translation>
    </message>
    <message>
        <source>世帯員の話し合いによる変更</source>
        <extracomment>the household decided on a new head</extracomment>
        <translation>the household decided on a new head</translation>
    </message>
    <message>
        <source>世帯の住所（住民票の住所）</source>
        <extracomment>the household&apos;s address (as on the residence record)</extracomment>
        <translation>the household&apos;s address (as on the residence record)</translation>
    </message>
    <message>
        <source>方書</source>
        <extracomment>building and room (katagaki)</extracomment>
        <translation>building and room (katagaki)</translation>
    </message>
    <message>
        <source>変更前の世帯主 氏名</source>
        <extracomment>head of household before the change</extracomment>
        <translation>head of household before the change</translation>
    </message>
    <message>
        <source>変更後の世帯主 氏名</source>
        <extracomment>head of household after the change</extracomment>
        <translation>head of household after the change</translation>
    </message>
    <message>
        <source>変更があった方</source>
        <extracomment>persons concerned</extracomment>
        <translation>persons concerned</translation>
    </message>
    <message>
        <source>世帯や続柄が変わる方（新しい世帯主を含む）。</source>
        <extracomment>everyone whose household or relation changes (the new head included)</extracomment>
        <translation>everyone whose household or relation changes (the new head included)</translation>
    </message>
    <message>
        <source>変更後の世帯主との続柄</source>
        <extracomment>relation to the new head of household</extracomment>
        <translation>relation to the new head of household</translation>
    </message>
    <message>
        <source>変更後の世帯主</source>
        <extracomment>the new head of household</extracomment>
        <translation>the new head of household</translation>
    </message>
    <message>
        <source>変更があった日が届出日より後になっています。</source>
        <extracomment>The date of the change is after the notification date.</extracomment>
        <translation>The date of the change is after the notification date.</translation>
    </message>
    <message>
        <source>変更があった日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after the change (the notification is still accepted).</extracomment>
        <translation>More than 14 days after the change (the notification is still accepted).</translation>
    </message>
    <message>
        <source>変更前と変更後の世帯主が同じです。</source>
        <extracomment>The head of household before and after the change is the same person.</extracomment>
        <translation>The head of household before and after the change is the same person.</translation>
    </message>
    <message>
        <source>転入届をした日から14日以内</source>
        <extracomment>within 14 days of the notification of moving in</extracomment>
        <translation>within 14 days of the notification of moving in</translation>
    </message>
    <message>
        <source>転入した日から14日以内</source>
        <extracomment>within 14 days of moving in</extracomment>
        <translation>within 14 days of moving in</translation>
    </message>
    <message>
        <source>転入した日の翌日から15日以内に申請すると、翌月分から受けられます（15日特例）</source>
        <extracomment>apply within 15 days from the day after moving in to receive it from the next month (15-day rule)</extracomment>
        <translation>apply within 15 days from the day after moving in to receive it from the next month (15-day rule)</translation>
    </message>
    <message>
        <source>転入した日から30日以内</source>
        <extracomment>within 30 days of moving in</extracomment>
        <translation>within 30 days of moving in</translation>
    </message>
    <message>
        <source>転居届をした日から14日以内</source>
        <extracomment>within 14 days of the notification of moving</extracomment>
        <translation>within 14 days of the notification of moving</translation>
    </message>
    <message>
        <source>転居した日から14日以内</source>
        <extracomment>within 14 days of moving</extracomment>
        <translation>within 14 days of moving</translation>
    </message>
    <message>
        <source>転居した日から30日以内</source>
        <extracomment>within 30 days of moving</extracomment>
        <translation>within 30 days of moving</translation>
    </message>
    <message>
        <source>世帯主が亡くなった（おくやみの手続き）</source>
        <extracomment>The head of the household died (procedures after a death)</extracomment>
        <translation>The head of the household died (procedures after a death)</translation>
    </message>
    <message>
        <source>死亡の事実を知った日から7日以内</source>
        <extracomment>within 7 days of learning of the death</extracomment>
        <translation>within 7 days of learning of the death</translation>
    </message>
    <message>
        <source>亡くなった日から14日以内</source>
        <extracomment>within 14 days of the death</extracomment>
        <translation>within 14 days of the death</translation>
    </message>
    <message>
        <source>葬儀を行った日の翌日から2年以内</source>
        <extracomment>within 2 years from the day after the funeral</extracomment>
        <translation>within 2 years from the day after the funeral</translation>
    </message>
    <message>
        <source>亡くなった方は国民健康保険に加入していましたか</source>
        <extracomment>Was the deceased in the National Health Insurance?</extracomment>
        <translation>Was the deceased in the National Health Insurance?</translation>
    </message>
    <message>
        <source>亡くなった方は後期高齢者医療に加入していましたか（75歳以上の方など）</source>
        <extracomment>Was the deceased in the late-stage elderly medical care system (75 or older, for example)?</extracomment>
        <translation>Was the deceased in the late-stage elderly medical care system (75 or older, for example)?</translation>
    </message>
    <message>
        <source>亡くなった方は介護保険の被保険者証をお持ちでしたか（65歳以上の方、要介護認定を受けた方）</source>
        <extracomment>Did the deceased have a long-term care insurance card (65 or older, or certified as needing care)?</extracomment>
        <translation>Did the deceased have a long-term care insurance card (65 or older, or certified as needing care)?</translation>
    </message>
    <message>
        <source>亡くなった方は年金を受け取っていましたか</source>
        <extracomment>Did the deceased receive a pension?</extracomment>
        <translation>Did the deceased receive a pension?</translation>
    </message>
    <message>
        <source>亡くなった方は印鑑登録をしていましたか</source>
        <extracomment>Did the deceased have a registered seal?</extracomment>
        <translation>Did the deceased have a registered seal?</translation>
    </message>
    <message>
        <source>亡くなった方は福祉医療証や障害者手帳などをお持ちでしたか</source>
        <extracomment>Did the deceased have a welfare medical card, a disability certificate or similar?</extracomment>
        <translation>Did the deceased have a welfare medical card, a disability certificate or similar?</translation>
    </message>
    <message>
        <source>死亡届（この端末では受け付けません。多くの場合、葬儀社が提出します）</source>
        <extracomment>Notification of death (not filed at this kiosk; usually the funeral company files it)</extracomment>
        <translation>Notification of death (not filed at this kiosk; usually the funeral company files it)</translation>
    </message>
    <message>
        <source>市民課（戸籍）</source>
        <extracomment>Citizens&apos; desk (family register)</extracomment>
        <translation>Citizens&apos; desk (family register)</translation>
    </message>
    <message>
        <source>死亡診断書（死亡届と一枚の用紙）</source>
        <extracomment>the medical certificate of death (on the same sheet as the notification)</extracomment>
        <translation>the medical certificate of death (on the same sheet as the notification)</translation>
    </message>
    <message>
        <source>国民健康保険の資格喪失（資格確認書等の返却）</source>
        <extracomment>National Health Insurance: end of the deceased&apos;s coverage (return the card)</extracomment>
        <translation>National Health Insurance: end of the deceased&apos;s coverage (return the card)</translation>
    </message>
    <message>
        <source>亡くなった方の資格確認書・被保険者証</source>
        <extracomment>the deceased&apos;s eligibility certificate or card</extracomment>
        <translation>the deceased&apos;s eligibility certificate or card</translation>
    </message>
    <message>
        <source>葬祭費の申請（国民健康保険）</source>
        <extracomment>Funeral expenses grant (National Health Insurance)</extracomment>
        <translation>Funeral expenses grant (National Health Insurance)</translation>
    </message>
    <message>
        <source>葬儀の領収書又は会葬礼状・喪主の口座がわかるもの</source>
        <extracomment>the funeral receipt or notice and the chief mourner&apos;s bank account details</extracomment>
        <translation>the funeral receipt or notice and the chief mourner&apos;s bank account details</translation>
    </message>
    <message>
        <source>後期高齢者医療の資格喪失（資格確認書等の返却）</source>
        <extracomment>Late-stage elderly medical care: end of coverage (return the card)</extracomment>
        <translation>Late-stage elderly medical care: end of coverage (return the card)</translation>
    </message>
    <message>
        <source>葬祭費の申請（後期高齢者医療）</source>
        <extracomment>Funeral expenses grant (late-stage elderly medical care)</extracomment>
        <translation>Funeral expenses grant (late-stage elderly medical care)</translation>
    </message>
    <message>
        <source>介護保険の資格喪失（被保険者証の返却）</source>
        <extracomment>Long-term care insurance: end of coverage (return the card)</extracomment>
        <translation>Long-term care insurance: end of coverage (return the card)</translation>
    </message>
    <message>
        <source>亡くなった方の介護保険被保険者証</source>
        <extracomment>the deceased&apos;s care insurance card</extracomment>
        <translation>the deceased&apos;s care insurance card</translation>
    </message>
    <message>
        <source>年金の手続き（未支給年金・遺族年金）</source>
        <extracomment>Pension: unpaid pension and survivors&apos; pension</extracomment>
        <translation>Pension: unpaid pension and survivors&apos; pension</translation>
    </message>
    <message>
        <source>保険年金課（国民年金）・年金事務所（厚生年金）</source>
        <extracomment>Pension desk (National Pension) or the pension office (employees&apos; pension)</extracomment>
        <translation>Pension desk (National Pension) or the pension office (employees&apos; pension)</translation>
    </message>
    <message>
        <source>年金証書・亡くなった方との関係がわかる戸籍謄本</source>
        <extracomment>the pension certificate and a family register showing the relationship</extracomment>
        <translation>the pension certificate and a family register showing the relationship</translation>
    </message>
    <message>
        <source>印鑑登録証の返却（印鑑登録は死亡により廃止されます）</source>
        <extracomment>Return the seal registration card (the registration ends at death)</extracomment>
        <translation>Return the seal registration card (the registration ends at death)</translation>
    </message>
    <message>
        <source>亡くなった方の印鑑登録証</source>
        <extracomment>the deceased&apos;s seal registration card</extracomment>
        <translation>the deceased&apos;s seal registration card</translation>
    </message>
    <message>
        <source>福祉医療証・障害者手帳などの返却</source>
        <extracomment>Return welfare medical cards, disability certificates and the like</extracomment>
        <translation>Return welfare medical cards, disability certificates and the like</translation>
    </message>
    <message>
        <source>福祉課</source>
        <extracomment>Welfare desk</extracomment>
        <translation>Welfare desk</translation>
    </message>
    <message>
        <source>亡くなった方の福祉医療証・手帳</source>
        <extracomment>the deceased&apos;s welfare cards and certificates</extracomment>
        <translation>the deceased&apos;s welfare cards and certificates</translation>
    </message>
    <message>
        <source>マイナンバーカードの返納は不要です（死亡により失効。相続の手続きのため個人番号は控えておいてください）</source>
        <extracomment>The My Number card need not be returned (it lapses at death; keep the number for inheritance paperwork)</extracomment>
        <translation>The My Number card need not be returned (it lapses at death; keep the number for inheritance paperwork)</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <source>Moved to %1 from another municipality</source>
        <translation>Moved to %1 from another municipality</translation>
    </message>
    <message>
        <source>Moved within %1</source>
        <translation>Moved within %1</translation>
    </message>
    <message>
        <source>Moving out of %1 to another municipality</source>
        <translation>Moving out of %1 to another municipality</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Fee: %1 × %2 = %3</source>
        <translation>Fee: %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Fee to pay at the counter: %1</source>
        <translation>Fee to pay at the counter: %1</translation>
    </message>
    <message>
        <source>Read with the verification code B by staff.</source>
        <translation>Read with the verification code B by staff.</translation>
    </message>
    <message>
        <source>The card&apos;s data is genuine: its signature was checked.</source>
        <translation>The card&apos;s data is genuine: its signature was checked.</translation>
    </message>
    <message>
        <source>The card&apos;s signature was not checked on this kiosk (no key set up).</source>
        <translation>The card&apos;s signature was not checked on this kiosk (no key set up).</translation>
    </message>
    <message>
        <source>The card&apos;s data failed its check.</source>
        <translation>The card&apos;s data failed its check.</translation>
    </message>
</context>
<context>
    <name>StaffConfirmScreen</name>
    <message>
        <source>Pre-entry</source>
        <translation>Pre-entry</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::AdminScreen</name>
    <message>
        <source>Print %1 (%2)</source>
        <translation>Print %1 (%2)</translation>
    </message>
    <message>
        <source>Paper held (the resident left before printing): %1</source>
        <translation>Paper held (the resident left before printing): %1</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Staff menu</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Kiosk: %1 (%2)</source>
        <translation>Kiosk: %1 (%2)</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>self-service</source>
        <translation>self-service</translation>
    </message>
    <message>
        <source>Municipality: %1 %2</source>
        <translation>Municipality: %1 %2</translation>
    </message>
    <message>
        <source>Requests go to: %1</source>
        <translation>Requests go to: %1</translation>
    </message>
    <message>
        <source>Back-office queue: not configured</source>
        <translation>Back-office queue: not configured</translation>
    </message>
    <message numerus="yes">
        <source>Back-office queue: %1, %n waiting</source>
        <translation>
            <numerusform>Back-office queue: %1, %n waiting</numerusform>
            <numerusform>Back-office queue: %1, %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Card reader: %1</source>
        <translation>Card reader: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Back to the first screen</source>
        <translation>Back to the first screen</translation>
    </message>
    <message>
        <source>Close the kiosk application</source>
        <translation>Close the kiosk application</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::BlockedScreen</name>
    <message>
        <source>The card&apos;s PIN is locked</source>
        <translation>The card&apos;s PIN is locked</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly 3 times, so the card locked itself to protect you.</source>
        <translation>The PIN was entered wrongly 3 times, so the card locked itself to protect you.</translation>
    </message>
    <message>
        <source>the resident registration desk of the city hall where you live</source>
        <translation>the resident registration desk of the city hall where you live</translation>
    </message>
    <message>
        <source>The PIN can be reset at %1. Please come in person with this card; the staff will check your identity.</source>
        <translation>The PIN can be reset at %1. Please come in person with this card; the staff will check your identity.</translation>
    </message>
    <message>
        <source>Today, staff can still read the card without the PIN, with the verification code B printed on its front.</source>
        <translation>Today, staff can still read the card without the PIN, with the verification code B printed on its front.</translation>
    </message>
    <message>
        <source>Please take your card and ask at the counter.</source>
        <translation>Please take your card and ask at the counter.</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>Read without PIN: code B (staff)</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::BusyScreen</name>
    <message>
        <source>Checking your card</source>
        <translation>Checking your card</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>Please do not move the card.</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <translation>Reading your card</translation>
    </message>
    <message>
        <source>Please do not move the card. This takes a moment.</source>
        <translation>Please do not move the card. This takes a moment.</translation>
    </message>
    <message>
        <source>Saving your request</source>
        <translation>Saving your request</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Please wait a moment.</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardFaceDiagram</name>
    <message>
        <source>Diagram of the card&apos;s front: 1 date of birth, 2 expiry year, 3 security code under the photo</source>
        <translation>Diagram of the card&apos;s front: 1 date of birth, 2 expiry year, 3 security code under the photo</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardProblemScreen</name>
    <message>
        <source>The card cannot be read</source>
        <translation>The card cannot be read</translation>
    </message>
    <message>
        <source>Check that it is a My Number card, the right way up, and place it on the reader again.</source>
        <translation>Check that it is a My Number card, the right way up, and place it on the reader again.</translation>
    </message>
    <message>
        <source>This is not a My Number card</source>
        <translation>This is not a My Number card</translation>
    </message>
    <message>
        <source>Please place your My Number card (個人番号カード). Other cards cannot be used here.</source>
        <translation>Please place your My Number card (個人番号カード). Other cards cannot be used here.</translation>
    </message>
    <message>
        <source>The card&apos;s data could not be confirmed</source>
        <translation>The card&apos;s data could not be confirmed</translation>
    </message>
    <message>
        <source>The data on the card did not pass its security check, so it is not used. Please ask the staff.</source>
        <translation>The data on the card did not pass its security check, so it is not used. Please ask the staff.</translation>
    </message>
    <message>
        <source>A different card was placed</source>
        <translation>A different card was placed</translation>
    </message>
    <message>
        <source>This is not the card read first. For your safety everything entered was cleared. Please start again.</source>
        <translation>This is not the card read first. For your safety everything entered was cleared. Please start again.</translation>
    </message>
    <message>
        <source>The card is in use by another program</source>
        <translation>The card is in use by another program</translation>
    </message>
    <message>
        <source>Please wait a moment and try again, or ask the staff.</source>
        <translation>Please wait a moment and try again, or ask the staff.</translation>
    </message>
    <message>
        <source>Reading the card did not work</source>
        <translation>Reading the card did not work</translation>
    </message>
    <message>
        <source>Please try again. If it fails again, please ask the staff.</source>
        <translation>Please try again. If it fails again, please ask the staff.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CodeBScreen</name>
    <message>
        <source>Verification code B (staff only)</source>
        <translation>Verification code B (staff only)</translation>
    </message>
    <message>
        <source>Reads the card without the PIN. Enter the three items printed on the card&apos;s front, as numbered in the picture.</source>
        <translation>Reads the card without the PIN. Enter the three items printed on the card&apos;s front, as numbered in the picture.</translation>
    </message>
    <message>
        <source>1. Date of birth, as printed on the card (Japanese era or Western year)</source>
        <translation>1. Date of birth, as printed on the card (Japanese era or Western year)</translation>
    </message>
    <message>
        <source>2. Year of the expiry date (…年…月…日まで有効)</source>
        <translation>2. Year of the expiry date (…年…月…日まで有効)</translation>
    </message>
    <message>
        <source>3. Security code (4 digits, under the photo)</source>
        <translation>3. Security code (4 digits, under the photo)</translation>
    </message>
    <message numerus="yes">
        <source>Security code: %n of 4 digits entered</source>
        <translation>
            <numerusform>Security code: %n of 4 digits entered</numerusform>
            <numerusform>Security code: %n of 4 digits entered</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation>Read the card</translation>
    </message>
    <message>
        <source>Only one try is left for code B. I checked all three items: use it.</source>
        <translation>Only one try is left for code B. I checked all three items: use it.</translation>
    </message>
    <message numerus="yes">
        <source>The code does not match this card. %n tries left; enter the security code again.</source>
        <translation>
            <numerusform>The code does not match this card. %n try left; enter the security code again.</numerusform>
            <numerusform>The code does not match this card. %n tries left; enter the security code again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one try is left for code B. Check all three items before reading.</source>
        <translation>Only one try is left for code B. Check all three items before reading.</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::DatePicker</name>
    <message>
        <source>Era</source>
        <translation>Era</translation>
    </message>
    <message>
        <source>Era of the date</source>
        <translation>Era of the date</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Year of the date</source>
        <translation>Year of the date</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Month of the date</source>
        <translation>Month of the date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Day of the date</source>
        <translation>Day of the date</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation>Western calendar</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>Japanese era</translation>
    </message>
    <message>
        <source>Switches between the Japanese era and the Western calendar</source>
        <translation>Switches between the Japanese era and the Western calendar</translation>
    </message>
    <message>
        <source>1st year</source>
        <comment>date picker: 元年</comment>
        <translation>1st year</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>date picker: year</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>date picker: month</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>date picker: day</comment>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::DoneScreen</name>
    <message numerus="yes">
        <source>This screen closes by itself in %n second(s).</source>
        <translation>
            <numerusform>This screen closes by itself in %n second.</numerusform>
            <numerusform>This screen closes by itself in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>Your request has been received</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Receipt number %1</source>
        <translation>Receipt number %1</translation>
    </message>
    <message>
        <source>Take the printed receipt to the counter. You will be called by this number.</source>
        <translation>Take the printed receipt to the counter. You will be called by this number.</translation>
    </message>
    <message>
        <source>Please wait near the counter. You will be called by this number.</source>
        <translation>Please wait near the counter. You will be called by this number.</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>Please take your card with you.</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>Bring: %1</translation>
    </message>
    <message>
        <source>You may also need these procedures:</source>
        <translation>You may also need these procedures:</translation>
    </message>
    <message>
        <source>For staff: printing failed (%1). The request is saved and queued; print it again from the back office.</source>
        <translation>For staff: printing failed (%1). The request is saved and queued; print it again from the back office.</translation>
    </message>
    <message>
        <source>For staff: nothing was printed (%1). The request is saved.</source>
        <translation>For staff: nothing was printed (%1). The request is saved.</translation>
    </message>
    <message>
        <source>For staff: check the printed forms: %1</source>
        <translation>For staff: check the printed forms: %1</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <comment>the rule: within 14 days of moving in</comment>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <comment>a date, then the rule it comes from</comment>
        <translation>Deadline: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a department, then where it is: building, floor, counter</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::IdleScreen</name>
    <message>
        <source>The card reader service is not running. Please ask the staff.</source>
        <translation>The card reader service is not running. Please ask the staff.</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff.</source>
        <translation>No card reader is connected. Please ask the staff.</translation>
    </message>
    <message>
        <source>The card reader is ready.</source>
        <translation>The card reader is ready.</translation>
    </message>
    <message>
        <source>A card is on the reader. Tap “Start”, or take the card and place it again.</source>
        <translation>A card is on the reader. Tap “Start”, or take the card and place it again.</translation>
    </message>
    <message>
        <source>The card cannot be read. Check that it is the right way up and place it again.</source>
        <translation>The card cannot be read. Check that it is the right way up and place it again.</translation>
    </message>
    <message>
        <source>Please place your My Number card on the reader</source>
        <translation>Please place your My Number card on the reader</translation>
    </message>
    <message>
        <source>Nothing to write by hand: your forms are filled in from the card.</source>
        <translation>Nothing to write by hand: your forms are filled in from the card.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>For staff: no request storage is configured, so requests cannot be accepted (submit/sink).</source>
        <translation>For staff: no request storage is configured, so requests cannot be accepted (submit/sink).</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Keypad</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clears everything entered</source>
        <translation>Clears everything entered</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deletes the last character</source>
        <translation>Deletes the last character</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Hyphen</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::KioskWindow</name>
    <message>
        <source>End here and clear everything?</source>
        <translation>End here and clear everything?</translation>
    </message>
    <message>
        <source>What you have entered so far will be deleted, and the first screen comes back.</source>
        <translation>What you have entered so far will be deleted, and the first screen comes back.</translation>
    </message>
    <message>
        <source>No, continue</source>
        <translation>No, continue</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>Yes, end and clear</translation>
    </message>
    <message>
        <source>Your pre-entry code was read. Place your My Number card on the reader; you will enter your PIN as usual.</source>
        <translation>Your pre-entry code was read. Place your My Number card on the reader; you will enter your PIN as usual.</translation>
    </message>
    <message>
        <source>This QR code is not a pre-entry code of this city.</source>
        <translation>This QR code is not a pre-entry code of this city.</translation>
    </message>
    <message>
        <source>The QR code could not be read completely. Show it again, or answer the questions here.</source>
        <translation>The QR code could not be read completely. Show it again, or answer the questions here.</translation>
    </message>
    <message>
        <source>This pre-entry code is older than 30 days. Please answer the questions here.</source>
        <translation>This pre-entry code is older than 30 days. Please answer the questions here.</translation>
    </message>
    <message>
        <source>This pre-entry code was made for newer forms than this kiosk has. Please answer the questions here.</source>
        <translation>This pre-entry code was made for newer forms than this kiosk has. Please answer the questions here.</translation>
    </message>
    <message>
        <source>This QR code cannot be used. Please answer the questions here.</source>
        <translation>This QR code cannot be used. Please answer the questions here.</translation>
    </message>
    <message>
        <source>No-writing counter</source>
        <translation>No-writing counter</translation>
    </message>
    <message>
        <source>Choose the language</source>
        <translation>Choose the language</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>Reader: service not running</source>
        <translation>Reader: service not running</translation>
    </message>
    <message>
        <source>Reader: not connected</source>
        <translation>Reader: not connected</translation>
    </message>
    <message>
        <source>Reader: ready</source>
        <translation>Reader: ready</translation>
    </message>
    <message>
        <source>Reader: card in place</source>
        <translation>Reader: card in place</translation>
    </message>
    <message>
        <source>Reader: card unreadable</source>
        <translation>Reader: card unreadable</translation>
    </message>
    <message>
        <source>Counter mode</source>
        <translation>Counter mode</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>Back office: not connected (no queue set up)</source>
        <translation>Back office: not connected (no queue set up)</translation>
    </message>
    <message numerus="yes">
        <source>Back office: online, %n waiting</source>
        <translation>
            <numerusform>Back office: online, %n waiting</numerusform>
            <numerusform>Back office: online, %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OFFLINE: %n waiting since %1</source>
        <translation>
            <numerusform>OFFLINE: %n waiting since %1</numerusform>
            <numerusform>OFFLINE: %n waiting since %1</numerusform>
        </translation>
    </message>
    <message>
        <source>OFFLINE: nothing waiting</source>
        <translation>OFFLINE: nothing waiting</translation>
    </message>
    <message numerus="yes">
        <source>, %n set aside (call IT)</source>
        <translation>
            <numerusform>, %n set aside (call IT)</numerusform>
            <numerusform>, %n set aside (call IT)</numerusform>
        </translation>
    </message>
    <message>
        <source>DEVELOPMENT: requests saved to a folder, unencrypted</source>
        <translation>DEVELOPMENT: requests saved to a folder, unencrypted</translation>
    </message>
    <message>
        <source>Requests cannot be saved: no storage set up</source>
        <translation>Requests cannot be saved: no storage set up</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there?
Without a touch, everything is cleared in %n second(s).</source>
        <translation>
            <numerusform>Are you still there?
Without a touch, everything is cleared in %n second.</numerusform>
            <numerusform>Are you still there?
Without a touch, everything is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Staff menu</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::LastTryScreen</name>
    <message>
        <source>Only one try left</source>
        <translation>Only one try left</translation>
    </message>
    <message>
        <source>If the next PIN is wrong, the card locks. It can then only be unlocked at the counter of the city hall, in person.</source>
        <translation>If the next PIN is wrong, the card locks. It can then only be unlocked at the counter of the city hall, in person.</translation>
    </message>
    <message>
        <source>If you are not sure of your PIN, do not enter it. Please ask the staff instead.</source>
        <translation>If you are not sure of your PIN, do not enter it. Please ask the staff instead.</translation>
    </message>
    <message>
        <source>I am sure: enter the PIN</source>
        <translation>I am sure: enter the PIN</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>Read without PIN: code B (staff)</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinDots</name>
    <message numerus="yes">
        <source>%n of %1 digits entered</source>
        <translation>
            <numerusform>%n of %1 digits entered</numerusform>
            <numerusform>%n of %1 digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinScreen</name>
    <message>
        <source>Enter your PIN again to read your individual number</source>
        <translation>Enter your PIN again to read your individual number</translation>
    </message>
    <message>
        <source>Enter your 4-digit PIN</source>
        <translation>Enter your 4-digit PIN</translation>
    </message>
    <message>
        <source>The PIN for filling in forms from the card (券面事項入力補助用暗証番号), 4 digits.</source>
        <translation>The PIN for filling in forms from the card (券面事項入力補助用暗証番号), 4 digits.</translation>
    </message>
    <message numerus="yes">
        <source>You can enter it %n more time(s). After 3 wrong PINs in a row the card locks.</source>
        <translation>
            <numerusform>You can enter it %n more time. After 3 wrong PINs in a row the card locks.</numerusform>
            <numerusform>You can enter it %n more times. After 3 wrong PINs in a row the card locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>After 3 wrong PINs in a row the card locks.</source>
        <translation>After 3 wrong PINs in a row the card locks.</translation>
    </message>
    <message>
        <source>That PIN was wrong. Please check it and enter it again.</source>
        <translation>That PIN was wrong. Please check it and enter it again.</translation>
    </message>
    <message>
        <source>Staff never ask for your PIN. Only dots are shown while you type.</source>
        <translation>Staff never ask for your PIN. Only dots are shown while you type.</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>Read without PIN: code B (staff)</translation>
    </message>
    <message>
        <source>Staff read the card with the verification code B printed on its front</source>
        <translation>Staff read the card with the verification code B printed on its front</translation>
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
        <translation>A copy of my residence record</translation>
    </message>
    <message>
        <source>My seal registration certificate</source>
        <translation>My seal registration certificate</translation>
    </message>
    <message>
        <source>A family register certificate</source>
        <translation>A family register certificate</translation>
    </message>
    <message>
        <source>A tax or income certificate</source>
        <translation>A tax or income certificate</translation>
    </message>
    <message>
        <source>What would you like to do today?</source>
        <translation>What would you like to do today?</translation>
    </message>
    <message>
        <source>Card read: %1</source>
        <translation>Card read: %1</translation>
    </message>
    <message>
        <source>Card data checked</source>
        <translation>Card data checked</translation>
    </message>
    <message>
        <source>Card data read</source>
        <translation>Card data read</translation>
    </message>
    <message>
        <source>Something happened in your life</source>
        <translation>Something happened in your life</translation>
    </message>
    <message>
        <source>Certificates and notifications (choose one or more)</source>
        <translation>Certificates and notifications (choose one or more)</translation>
    </message>
    <message>
        <source>Fills in: %1</source>
        <translation>Fills in: %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>A change in my household</source>
        <translation>A change in my household</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::QuestionsScreen</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>A few questions about your move</source>
        <translation>A few questions about your move</translation>
    </message>
    <message>
        <source>Your answers only decide which other procedures we list for you. Skip a question if it does not apply.</source>
        <translation>Your answers only decide which other procedures we list for you. Skip a question if it does not apply.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ReaderIllustration</name>
    <message>
        <source>Picture: a card placed flat on the card reader</source>
        <translation>Picture: a card placed flat on the card reader</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ResidentConfirmScreen</name>
    <message>
        <source>Please check your request</source>
        <translation>Please check your request</translation>
    </message>
    <message>
        <source>This is what will be submitted. If it is right, tap “Yes, submit”.</source>
        <translation>This is what will be submitted. If it is right, tap “Yes, submit”.</translation>
    </message>
    <message>
        <source>Yes, submit</source>
        <translation>Yes, submit</translation>
    </message>
    <message>
        <source>Fix something</source>
        <translation>Fix something</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ReviewScreen</name>
    <message>
        <source>The address on your card is already in %1. A move within %1 is notified with a 転居届.</source>
        <translation>The address on your card is already in %1. A move within %1 is notified with a 転居届.</translation>
    </message>
    <message>
        <source>The address on your card is not in %1. Moving here from another municipality is notified with a 転入届.</source>
        <translation>The address on your card is not in %1. Moving here from another municipality is notified with a 転入届.</translation>
    </message>
    <message>
        <source>The address on your card does not fit this procedure.</source>
        <translation>The address on your card does not fit this procedure.</translation>
    </message>
    <message>
        <source>Switch to: %1</source>
        <translation>Switch to: %1</translation>
    </message>
    <message>
        <source>Your answers that fit are kept</source>
        <translation>Your answers that fit are kept</translation>
    </message>
    <message>
        <source>Please check the items marked in red.</source>
        <translation>Please check the items marked in red.</translation>
    </message>
    <message>
        <source>Form %1 of %2 · Check what came from your card, then answer the questions below.</source>
        <translation>Form %1 of %2 · Check what came from your card, then answer the questions below.</translation>
    </message>
    <message>
        <source>From your card</source>
        <translation>From your card</translation>
    </message>
    <message>
        <source>This form needs details that are entered at the counter. Please take your card to the counter; the staff will help you.</source>
        <translation>This form needs details that are entered at the counter. Please take your card to the counter; the staff will help you.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Check the summary</source>
        <translation>Check the summary</translation>
    </message>
    <message>
        <source>Next form</source>
        <translation>Next form</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Screen</name>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Asks first, then ends and clears everything</source>
        <translation>Asks first, then ends and clears everything</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Spinner</name>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::StaffConfirmScreen</name>
    <message>
        <source> (copied)</source>
        <translation> (copied)</translation>
    </message>
    <message>
        <source>Warnings (accepted, passed on to the back office):</source>
        <translation>Warnings (accepted, passed on to the back office):</translation>
    </message>
    <message>
        <source>Staff confirmation</source>
        <translation>Staff confirmation</translation>
    </message>
    <message>
        <source>Signed in: %1. Check every field and where it came from, then confirm or send it back to the resident.</source>
        <translation>Signed in: %1. Check every field and where it came from, then confirm or send it back to the resident.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Card&apos;s value</source>
        <translation>Card&apos;s value</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Confirm and accept</source>
        <translation>Confirm and accept</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::StaffSignInScreen</name>
    <message>
        <source>Correcting a value read from the card is for staff only. Please call the staff.</source>
        <translation>Correcting a value read from the card is for staff only. Please call the staff.</translation>
    </message>
    <message>
        <source>Enter a staff ID and a PIN of %1 to %2 digits.</source>
        <translation>Enter a staff ID and a PIN of %1 to %2 digits.</translation>
    </message>
    <message numerus="yes">
        <source>Staff sign-in at this kiosk is locked for %n minute(s) after too many wrong PINs.</source>
        <translation>
            <numerusform>Staff sign-in at this kiosk is locked for %n minute after too many wrong PINs.</numerusform>
            <numerusform>Staff sign-in at this kiosk is locked for %n minutes after too many wrong PINs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The staff ID or PIN is wrong. %n more wrong PIN(s) lock this ID.</source>
        <translation>
            <numerusform>The staff ID or PIN is wrong. %n more wrong PIN locks this ID.</numerusform>
            <numerusform>The staff ID or PIN is wrong. %n more wrong PINs lock this ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This staff ID is locked for %n minute(s) after too many wrong PINs.</source>
        <translation>
            <numerusform>This staff ID is locked for %n minute after too many wrong PINs.</numerusform>
            <numerusform>This staff ID is locked for %n minutes after too many wrong PINs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>Reading the card with the verification code B is for staff only.</source>
        <translation>Reading the card with the verification code B is for staff only.</translation>
    </message>
    <message>
        <source>A staff member confirms the request before it is accepted. Please call the staff.</source>
        <translation>A staff member confirms the request before it is accepted. Please call the staff.</translation>
    </message>
    <message>
        <source>The staff menu is for staff only.</source>
        <translation>The staff menu is for staff only.</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>Staff PIN (type it or use the keypad)</source>
        <translation>Staff PIN (type it or use the keypad)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>The keypad enters:</source>
        <translation>The keypad enters:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message numerus="yes">
        <source>The staff ID, PIN or code is wrong. %n more wrong sign-in(s) lock this ID.</source>
        <translation>
            <numerusform>The staff ID, PIN or code is wrong. %n more wrong sign-in locks this ID.</numerusform>
            <numerusform>The staff ID, PIN or code is wrong. %n more wrong sign-ins lock this ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a staff ID, a PIN of %1 to %2 digits and the 6-digit code.</source>
        <translation>Enter a staff ID, a PIN of %1 to %2 digits and the 6-digit code.</translation>
    </message>
    <message>
        <source>Code from the authenticator app (6 digits)</source>
        <translation>Code from the authenticator app (6 digits)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Stepper</name>
    <message>
        <source>Fewer: %1</source>
        <translation>Fewer: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>More: %1</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::SubmitFailedScreen</name>
    <message>
        <source>The request could not be saved</source>
        <translation>The request could not be saved</translation>
    </message>
    <message>
        <source>Nothing was accepted yet. Please ask the staff; you can also try again.</source>
        <translation>Nothing was accepted yet. Please ask the staff; you can also try again.</translation>
    </message>
    <message>
        <source>For staff: no request storage is configured on this kiosk (submit/sink).</source>
        <translation>For staff: no request storage is configured on this kiosk (submit/sink).</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>For staff: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::TouchKeyboard</name>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convert</translation>
    </message>
    <message>
        <source>Shows the next kanji for the highlighted part</source>
        <translation>Shows the next kanji for the highlighted part</translation>
    </message>
    <message>
        <source>Converts the kana to kanji</source>
        <translation>Converts the kana to kanji</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>Makes the last kana small (っ, ゃ)</source>
        <translation>Makes the last kana small (っ, ゃ)</translation>
    </message>
    <message>
        <source>Voiced mark</source>
        <translation>Voiced mark</translation>
    </message>
    <message>
        <source>Semi-voiced mark</source>
        <translation>Semi-voiced mark</translation>
    </message>
    <message>
        <source>a / A</source>
        <translation>a / A</translation>
    </message>
    <message>
        <source>Switches between capital and small letters</source>
        <translation>Switches between capital and small letters</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deletes the last character</source>
        <translation>Deletes the last character</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Puts the text into the field</source>
        <translation>Puts the text into the field</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes the keyboard</source>
        <translation>Closes the keyboard</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Shows more kanji</source>
        <translation>Shows more kanji</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Previous part</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Next part</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>Hiragana</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>Katakana</translation>
    </message>
    <message>
        <source>Letters and digits</source>
        <translation>Letters and digits</translation>
    </message>
</context>
</TS>
