<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>FieldEditor</name>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
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
        <translation>우편번호 목록을 사용할 수 없습니다. 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
        <source>No address has this postal code. Please check the number.</source>
        <translation>이 우편번호의 주소가 없습니다. 번호를 확인해 주십시오.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Enters the address again</source>
        <translation>주소를 다시 입력합니다</translation>
    </message>
    <message>
        <source>This is the address</source>
        <translation>이 주소로 합니다</translation>
    </message>
    <message>
        <source>1. Enter the postal code (7 digits)</source>
        <translation>1. 우편번호(7자리)를 입력해 주십시오</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>2. Tap your town</source>
        <translation>2. 동네 이름을 선택해 주십시오</translation>
    </message>
    <message>
        <source>3. Enter the block and house number (丁目・番地・号) with the hyphen key, e.g. 4-2-8</source>
        <translation>3. 초메·반치·고를 하이픈 키로 구분해 입력해 주십시오(예: 4-2-8)</translation>
    </message>
    <message>
        <source>%1 — %2 (the card holder)</source>
        <translation>%1 — %2(카드 소지자)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Removes this person</source>
        <translation>이 분을 삭제합니다</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>추가: %1</translation>
    </message>
    <message>
        <source>Not read (read it only if this procedure needs it)</source>
        <translation>읽지 않음(이 수속에 필요할 때만 읽습니다)</translation>
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
        <translation>수정(직원)</translation>
    </message>
    <message>
        <source>Staff correct a value read from the card</source>
        <translation>カードから読み取った値を職員が修正します</translation>
    </message>
    <message>
        <source>Read from the card (PIN)</source>
        <translation>카드에서 읽기(비밀번호)</translation>
    </message>
    <message>
        <source>Reads the individual number; the resident enters the PIN again</source>
        <translation>個人番号を読み取ります。もう一度暗証番号を入れていただきます</translation>
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
        <translation>인감등록증명서 교부 신청서</translation>
    </message>
    <message>
        <source>登録者</source>
        <extracomment>Registrant</extracomment>
        <translation>등록자</translation>
    </message>
    <message>
        <source>窓口に来た方</source>
        <extracomment>Person at the counter</extracomment>
        <translation>창구에 오신 분</translation>
    </message>
    <message>
        <source>申請の内容</source>
        <extracomment>Application</extracomment>
        <translation>신청 내용</translation>
    </message>
    <message>
        <source>窓口に来た方 氏名</source>
        <extracomment>person at the counter name</extracomment>
        <translation>창구에 오신 분 성명</translation>
    </message>
    <message>
        <source>窓口に来た方 住所</source>
        <extracomment>person at the counter address</extracomment>
        <translation>창구에 오신 분 주소</translation>
    </message>
    <message>
        <source>窓口に来た方 生年月日</source>
        <extracomment>person at the counter date of birth</extracomment>
        <translation>창구에 오신 분 생년월일</translation>
    </message>
    <message>
        <source>窓口に来た方が登録者本人</source>
        <extracomment>the person at the counter is the registrant</extracomment>
        <translation>창구에 오신 분이 등록자 본인</translation>
    </message>
    <message>
        <source>登録者 氏名</source>
        <extracomment>registrant name</extracomment>
        <translation>등록자 성명</translation>
    </message>
    <message>
        <source>登録者 住所</source>
        <extracomment>registrant address</extracomment>
        <translation>등록자 주소</translation>
    </message>
    <message>
        <source>登録者 生年月日</source>
        <extracomment>registrant date of birth</extracomment>
        <translation>등록자 생년월일</translation>
    </message>
    <message>
        <source>印鑑登録番号</source>
        <extracomment>seal registration number</extracomment>
        <translation>인감등록번호</translation>
    </message>
    <message>
        <source>印鑑登録証の提示</source>
        <extracomment>seal registration card presented</extracomment>
        <translation>인감등록증 제시</translation>
    </message>
    <message>
        <source>印鑑登録証がないと交付できません</source>
        <extracomment>no certificate without the registration card</extracomment>
        <translation>인감등록증이 없으면 발급할 수 없습니다</translation>
    </message>
    <message>
        <source>通数</source>
        <extracomment>copies</extracomment>
        <translation>통수</translation>
    </message>
    <message>
        <source>使いみち</source>
        <extracomment>purpose</extracomment>
        <translation>용도</translation>
    </message>
    <message>
        <source>住民票の写し等交付請求書</source>
        <extracomment>Request for a copy of the residence record</extracomment>
        <translation>주민표 사본 등 교부 청구서</translation>
    </message>
    <message>
        <source>請求者・窓口に来た方</source>
        <extracomment>Requester and person at the counter</extracomment>
        <translation>청구자·창구에 오신 분</translation>
    </message>
    <message>
        <source>請求の対象</source>
        <extracomment>Subject</extracomment>
        <translation>청구 대상</translation>
    </message>
    <message>
        <source>請求の内容</source>
        <extracomment>Request</extracomment>
        <translation>청구 내용</translation>
    </message>
    <message>
        <source>職員記入欄</source>
        <extracomment>For staff</extracomment>
        <translation>직원 기입란</translation>
    </message>
    <message>
        <source>請求者と対象者の関係</source>
        <extracomment>requester&apos;s relation to the subject</extracomment>
        <translation>청구자와 대상자의 관계</translation>
    </message>
    <message>
        <source>住民基本台帳法第12条・第12条の3</source>
        <extracomment>Basic Resident Registration Act art. 12 and 12-3</extracomment>
        <translation>주민기본대장법 제12조·제12조의3</translation>
    </message>
    <message>
        <source>本人</source>
        <extracomment>the person themselves</extracomment>
        <translation>본인</translation>
    </message>
    <message>
        <source>同一世帯の方</source>
        <extracomment>member of the same household</extracomment>
        <translation>같은 세대의 분</translation>
    </message>
    <message>
        <source>代理人（委任状）</source>
        <extracomment>proxy with a power of attorney</extracomment>
        <translation>대리인(위임장)</translation>
    </message>
    <message>
        <source>第三者（正当な理由）</source>
        <extracomment>third party with a legitimate reason</extracomment>
        <translation>제3자(정당한 이유)</translation>
    </message>
    <message>
        <source>窓口に来た方 電話番号</source>
        <extracomment>person at the counter: phone</extracomment>
        <translation>창구에 오신 분 전화번호</translation>
    </message>
    <message>
        <source>請求者 氏名</source>
        <extracomment>requester name</extracomment>
        <translation>청구자 성명</translation>
    </message>
    <message>
        <source>請求者 住所</source>
        <extracomment>requester address</extracomment>
        <translation>청구자 주소</translation>
    </message>
    <message>
        <source>請求者 生年月日</source>
        <extracomment>requester date of birth</extracomment>
        <translation>청구자 생년월일</translation>
    </message>
    <message>
        <source>対象者は請求者と同じ</source>
        <extracomment>the subject is the requester</extracomment>
        <translation>대상자는 청구자와 같음</translation>
    </message>
    <message>
        <source>請求の対象とする者 氏名</source>
        <extracomment>subject of the request name</extracomment>
        <translation>청구 대상자 성명</translation>
    </message>
    <message>
        <source>請求の対象とする者 住所</source>
        <extracomment>subject of the request address</extracomment>
        <translation>청구 대상자 주소</translation>
    </message>
    <message>
        <source>請求の対象とする者 生年月日</source>
        <extracomment>subject of the request date of birth</extracomment>
        <translation>청구 대상자 생년월일</translation>
    </message>
    <message>
        <source>世帯全員・一部</source>
        <extracomment>whole household or some members</extracomment>
        <translation>세대 전원·일부</translation>
    </message>
    <message>
        <source>世帯全員（謄本）</source>
        <extracomment>whole household</extracomment>
        <translation>세대 전원(등본)</translation>
    </message>
    <message>
        <source>世帯の一部（抄本）</source>
        <extracomment>some members</extracomment>
        <translation>세대 일부(초본)</translation>
    </message>
    <message>
        <source>必要な方</source>
        <extracomment>persons to include</extracomment>
        <translation>필요한 분</translation>
    </message>
    <message>
        <source>氏名</source>
        <extracomment>name</extracomment>
        <translation>성명</translation>
    </message>
    <message>
        <source>生年月日</source>
        <extracomment>date of birth</extracomment>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>種類</source>
        <extracomment>kind</extracomment>
        <translation>종류</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <extracomment>copy of the residence record</extracomment>
        <translation>주민표 사본</translation>
    </message>
    <message>
        <source>住民票の除票の写し</source>
        <extracomment>copy of a removed residence record</extracomment>
        <translation>말소된 주민표 사본</translation>
    </message>
    <message>
        <source>住民票記載事項証明書</source>
        <extracomment>certificate of recorded items</extracomment>
        <translation>주민표 기재사항 증명서</translation>
    </message>
    <message>
        <source>記載する項目</source>
        <extracomment>optional items</extracomment>
        <translation>기재할 항목</translation>
    </message>
    <message>
        <source>載せない項目は省略されます</source>
        <extracomment>items not chosen are omitted</extracomment>
        <translation>선택하지 않은 항목은 생략됩니다</translation>
    </message>
    <message>
        <source>世帯主・続柄</source>
        <extracomment>head of household and relation</extracomment>
        <translation>세대주·관계</translation>
    </message>
    <message>
        <source>本籍・筆頭者</source>
        <extracomment>registered domicile and head of the family register</extracomment>
        <translation>본적·필두자</translation>
    </message>
    <message>
        <source>個人番号</source>
        <extracomment>individual number</extracomment>
        <translation>개인번호</translation>
    </message>
    <message>
        <source>住民票コード</source>
        <extracomment>residence record code</extracomment>
        <translation>주민표 코드</translation>
    </message>
    <message>
        <source>提出先</source>
        <extracomment>submitted to</extracomment>
        <translation>제출처</translation>
    </message>
    <message>
        <source>正当な理由</source>
        <extracomment>legitimate reason</extracomment>
        <translation>정당한 이유</translation>
    </message>
    <message>
        <source>委任状</source>
        <extracomment>power of attorney presented</extracomment>
        <translation>위임장</translation>
    </message>
    <message>
        <source>広域交付（住所地以外の市区町村で請求）</source>
        <extracomment>wide-area issuance (at another municipality)</extracomment>
        <translation>광역 교부(주소지 이외의 시구정촌에서 청구)</translation>
    </message>
    <message>
        <source>交付方法</source>
        <extracomment>delivery</extracomment>
        <translation>교부 방법</translation>
    </message>
    <message>
        <source>窓口で交付</source>
        <extracomment>handed over at the counter</extracomment>
        <translation>창구에서 교부</translation>
    </message>
    <message>
        <source>住所地へ郵送</source>
        <extracomment>mailed to the resident&apos;s address</extracomment>
        <translation>주소지로 우송</translation>
    </message>
    <message>
        <source>戸籍証明書等請求書</source>
        <extracomment>Request for family register certificates</extracomment>
        <translation>호적증명서 등 청구서</translation>
    </message>
    <message>
        <source>請求する戸籍</source>
        <extracomment>Register requested</extracomment>
        <translation>청구할 호적</translation>
    </message>
    <message>
        <source>請求者</source>
        <extracomment>Requester</extracomment>
        <translation>청구자</translation>
    </message>
    <message>
        <source>代理人の場合</source>
        <extracomment>When a proxy requests</extracomment>
        <translation>대리인인 경우</translation>
    </message>
    <message>
        <source>本籍</source>
        <extracomment>registered domicile</extracomment>
        <translation>본적</translation>
    </message>
    <message>
        <source>筆頭者</source>
        <extracomment>head of the family register</extracomment>
        <translation>필두자</translation>
    </message>
    <message>
        <source>証明書の種類</source>
        <extracomment>kind of certificate</extracomment>
        <translation>증명서 종류</translation>
    </message>
    <message>
        <source>戸籍全部事項証明書（謄本）</source>
        <extracomment>full family register</extracomment>
        <translation>호적 전부사항 증명서(등본)</translation>
    </message>
    <message>
        <source>戸籍個人事項証明書（抄本）</source>
        <extracomment>individual extract</extracomment>
        <translation>호적 개인사항 증명서(초본)</translation>
    </message>
    <message>
        <source>除籍全部事項証明書</source>
        <extracomment>full removed register</extracomment>
        <translation>제적 전부사항 증명서</translation>
    </message>
    <message>
        <source>除籍個人事項証明書</source>
        <extracomment>removed register extract</extracomment>
        <translation>제적 개인사항 증명서</translation>
    </message>
    <message>
        <source>改製原戸籍謄本</source>
        <extracomment>pre-revision register</extracomment>
        <translation>개제원호적 등본</translation>
    </message>
    <message>
        <source>戸籍の附票の写し</source>
        <extracomment>family register annex (addresses)</extracomment>
        <translation>호적 부표 사본</translation>
    </message>
    <message>
        <source>身分証明書</source>
        <extracomment>certificate of legal capacity</extracomment>
        <translation>신분증명서</translation>
    </message>
    <message>
        <source>独身証明書</source>
        <extracomment>certificate of single status</extracomment>
        <translation>독신증명서</translation>
    </message>
    <message>
        <source>受理証明書</source>
        <extracomment>certificate of acceptance</extracomment>
        <translation>수리증명서</translation>
    </message>
    <message>
        <source>請求者の区分</source>
        <extracomment>requester category</extracomment>
        <translation>청구자 구분</translation>
    </message>
    <message>
        <source>戸籍法第10条・第10条の2</source>
        <extracomment>Family Register Act art. 10 and 10-2</extracomment>
        <translation>호적법 제10조·제10조의2</translation>
    </message>
    <message>
        <source>本人・配偶者・直系の親族</source>
        <extracomment>the person, spouse or lineal relative</extracomment>
        <translation>본인·배우자·직계 친족</translation>
    </message>
    <message>
        <source>自己の権利行使・義務履行</source>
        <extracomment>exercising a right or fulfilling a duty</extracomment>
        <translation>자신의 권리 행사·의무 이행</translation>
    </message>
    <message>
        <source>国・地方公共団体への提出</source>
        <extracomment>submission to a government body</extracomment>
        <translation>국가·지방공공단체에 제출</translation>
    </message>
    <message>
        <source>筆頭者・対象者との続柄</source>
        <extracomment>relationship to the person in the register</extracomment>
        <translation>필두자·대상자와의 관계</translation>
    </message>
    <message>
        <source>配偶者</source>
        <extracomment>spouse</extracomment>
        <translation>배우자</translation>
    </message>
    <message>
        <source>直系尊属（父母・祖父母）</source>
        <extracomment>lineal ascendant</extracomment>
        <translation>직계존속(부모·조부모)</translation>
    </message>
    <message>
        <source>直系卑属（子・孫）</source>
        <extracomment>lineal descendant</extracomment>
        <translation>직계비속(자녀·손자녀)</translation>
    </message>
    <message>
        <source>権利・義務の発生原因と内容</source>
        <extracomment>the right or duty and its cause</extracomment>
        <translation>권리·의무의 발생 원인과 내용</translation>
    </message>
    <message>
        <source>戸籍の記載事項の利用目的</source>
        <extracomment>why the register is needed</extracomment>
        <translation>호적 기재사항의 이용 목적</translation>
    </message>
    <message>
        <source>提出先の機関</source>
        <extracomment>government body</extracomment>
        <translation>제출처 기관</translation>
    </message>
    <message>
        <source>提出先での利用目的</source>
        <extracomment>purpose at that body</extracomment>
        <translation>제출처에서의 이용 목적</translation>
    </message>
    <message>
        <source>委任者 氏名</source>
        <extracomment>principal name</extracomment>
        <translation>위임자 성명</translation>
    </message>
    <message>
        <source>委任者 住所</source>
        <extracomment>principal address</extracomment>
        <translation>위임자 주소</translation>
    </message>
    <message>
        <source>委任者 生年月日</source>
        <extracomment>principal date of birth</extracomment>
        <translation>위임자 생년월일</translation>
    </message>
    <message>
        <source>広域交付（本籍地以外で請求）</source>
        <extracomment>wide-area issuance (outside the registered domicile)</extracomment>
        <translation>광역 교부(본적지 이외에서 청구)</translation>
    </message>
    <message>
        <source>住民異動届（転居届）</source>
        <extracomment>Notification of moving within the municipality</extracomment>
        <translation>주민이동신고(전거신고)</translation>
    </message>
    <message>
        <source>届出</source>
        <extracomment>Notification</extracomment>
        <translation>신고</translation>
    </message>
    <message>
        <source>住所</source>
        <extracomment>Address</extracomment>
        <translation>주소</translation>
    </message>
    <message>
        <source>世帯</source>
        <extracomment>Household</extracomment>
        <translation>세대</translation>
    </message>
    <message>
        <source>届出人</source>
        <extracomment>Notifier</extracomment>
        <translation>신고인</translation>
    </message>
    <message>
        <source>届出年月日</source>
        <extracomment>date of notification</extracomment>
        <translation>신고 연월일</translation>
    </message>
    <message>
        <source>転居をした年月日</source>
        <extracomment>date of moving</extracomment>
        <translation>이사한 날짜</translation>
    </message>
    <message>
        <source>新しい住所 郵便番号</source>
        <extracomment>new address: postal code</extracomment>
        <translation>새 주소 우편번호</translation>
    </message>
    <message>
        <source>新しい住所</source>
        <extracomment>new address</extracomment>
        <translation>새 주소</translation>
    </message>
    <message>
        <source>新しい住所 方書</source>
        <extracomment>new address: building and room (katagaki)</extracomment>
        <translation>새 주소 건물명·호실</translation>
    </message>
    <message>
        <source>従前の住所</source>
        <extracomment>previous address</extracomment>
        <translation>이전 주소</translation>
    </message>
    <message>
        <source>世帯主 氏名</source>
        <extracomment>head of household</extracomment>
        <translation>세대주 성명</translation>
    </message>
    <message>
        <source>異動する方に世帯主がいない場合（既存の世帯に入る場合）</source>
        <extracomment>when none of the persons moving is the head</extracomment>
        <translation>이동하는 분 중 세대주가 없는 경우(기존 세대에 들어가는 경우)</translation>
    </message>
    <message>
        <source>異動する方</source>
        <extracomment>persons moving</extracomment>
        <translation>이동하는 분</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <extracomment>name in katakana</extracomment>
        <translation>후리가나(읽는 법)</translation>
    </message>
    <message>
        <source>外国人住民は西暦で記入できます</source>
        <extracomment>foreign residents may use the Western calendar</extracomment>
        <translation>외국인 주민은 서력으로 기입할 수 있습니다</translation>
    </message>
    <message>
        <source>性別</source>
        <extracomment>sex</extracomment>
        <translation>성별</translation>
    </message>
    <message>
        <source>男</source>
        <extracomment>male</extracomment>
        <translation>남</translation>
    </message>
    <message>
        <source>女</source>
        <extracomment>female</extracomment>
        <translation>여</translation>
    </message>
    <message>
        <source>世帯主との続柄</source>
        <extracomment>relation to the head of household</extracomment>
        <translation>세대주와의 관계</translation>
    </message>
    <message>
        <source>住民票の書き方で、世帯主から見た続柄を選んでください（「その他」はありません。親族でない方は縁故者又は同居人）。</source>
        <extracomment>The relationship to the head of household as the residence record writes it (there is no &quot;other&quot;: someone not listed is 縁故者 or 同居人).</extracomment>
        <translation>세대주와의 관계를 주민표 표기대로 선택하십시오(「기타」는 없습니다. 친족이 아닌 분은 연고자 또는 동거인).</translation>
    </message>
    <message>
        <source>世帯主</source>
        <extracomment>head of household</extracomment>
        <translation>세대주</translation>
    </message>
    <message>
        <source>妻</source>
        <extracomment>wife</extracomment>
        <translation>처</translation>
    </message>
    <message>
        <source>夫</source>
        <extracomment>husband</extracomment>
        <translation>남편</translation>
    </message>
    <message>
        <source>子</source>
        <extracomment>child</extracomment>
        <translation>자녀</translation>
    </message>
    <message>
        <source>父</source>
        <extracomment>father</extracomment>
        <translation>부</translation>
    </message>
    <message>
        <source>母</source>
        <extracomment>mother</extracomment>
        <translation>모</translation>
    </message>
    <message>
        <source>兄</source>
        <extracomment>elder brother</extracomment>
        <translation>형/오빠</translation>
    </message>
    <message>
        <source>姉</source>
        <extracomment>elder sister</extracomment>
        <translation>누나/언니</translation>
    </message>
    <message>
        <source>弟</source>
        <extracomment>younger brother</extracomment>
        <translation>남동생</translation>
    </message>
    <message>
        <source>妹</source>
        <extracomment>younger sister</extracomment>
        <translation>여동생</translation>
    </message>
    <message>
        <source>子の妻</source>
        <extracomment>child&apos;s wife</extracomment>
        <translation>자녀의 아내</translation>
    </message>
    <message>
        <source>子の夫</source>
        <extracomment>child&apos;s husband</extracomment>
        <translation>자녀의 남편</translation>
    </message>
    <message>
        <source>孫</source>
        <extracomment>grandchild</extracomment>
        <translation>손자녀</translation>
    </message>
    <message>
        <source>祖父</source>
        <extracomment>grandfather</extracomment>
        <translation>조부</translation>
    </message>
    <message>
        <source>祖母</source>
        <extracomment>grandmother</extracomment>
        <translation>조모</translation>
    </message>
    <message>
        <source>妻の父</source>
        <extracomment>wife&apos;s father</extracomment>
        <translation>아내의 아버지</translation>
    </message>
    <message>
        <source>妻の母</source>
        <extracomment>wife&apos;s mother</extracomment>
        <translation>아내의 어머니</translation>
    </message>
    <message>
        <source>夫の父</source>
        <extracomment>husband&apos;s father</extracomment>
        <translation>남편의 아버지</translation>
    </message>
    <message>
        <source>夫の母</source>
        <extracomment>husband&apos;s mother</extracomment>
        <translation>남편의 어머니</translation>
    </message>
    <message>
        <source>縁故者</source>
        <extracomment>other relative or connection (縁故者)</extracomment>
        <translation>연고자(기타 친족 등)</translation>
    </message>
    <message>
        <source>同居人</source>
        <extracomment>lodger (同居人)</extracomment>
        <translation>동거인</translation>
    </message>
    <message>
        <source>妻（未届）</source>
        <extracomment>wife (common-law, 未届)</extracomment>
        <translation>아내(혼인 미신고)</translation>
    </message>
    <message>
        <source>夫（未届）</source>
        <extracomment>husband (common-law, 未届)</extracomment>
        <translation>남편(혼인 미신고)</translation>
    </message>
    <message>
        <source>外国人住民</source>
        <extracomment>foreign resident</extracomment>
        <translation>외국인 주민</translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <extracomment>nationality or region</extracomment>
        <translation>국적·지역</translation>
    </message>
    <message>
        <source>第30条の45に規定する区分</source>
        <extracomment>category under art. 30-45</extracomment>
        <translation>제30조의45에 규정하는 구분</translation>
    </message>
    <message>
        <source>中長期在留者</source>
        <extracomment>mid- to long-term resident</extracomment>
        <translation>중장기 재류자</translation>
    </message>
    <message>
        <source>特別永住者</source>
        <extracomment>special permanent resident</extracomment>
        <translation>특별영주자</translation>
    </message>
    <message>
        <source>一時庇護許可者</source>
        <extracomment>temporary refuge</extracomment>
        <translation>일시비호 허가자</translation>
    </message>
    <message>
        <source>仮滞在許可者</source>
        <extracomment>provisional stay</extracomment>
        <translation>가체재 허가자</translation>
    </message>
    <message>
        <source>出生による経過滞在者</source>
        <extracomment>transitional stay by birth</extracomment>
        <translation>출생에 의한 경과체재자</translation>
    </message>
    <message>
        <source>国籍喪失による経過滞在者</source>
        <extracomment>transitional stay by loss of nationality</extracomment>
        <translation>국적 상실에 의한 경과체재자</translation>
    </message>
    <message>
        <source>在留資格</source>
        <extracomment>status of residence</extracomment>
        <translation>재류자격</translation>
    </message>
    <message>
        <source>在留期間</source>
        <extracomment>period of stay</extracomment>
        <translation>재류기간</translation>
    </message>
    <message>
        <source>在留期間の満了の日</source>
        <extracomment>expiry of the period of stay</extracomment>
        <translation>재류기간 만료일</translation>
    </message>
    <message>
        <source>在留カード等の番号</source>
        <extracomment>residence card number</extracomment>
        <translation>재류카드 등의 번호</translation>
    </message>
    <message>
        <source>異動する本人</source>
        <extracomment>a person moving</extracomment>
        <translation>이동하는 본인</translation>
    </message>
    <message>
        <source>世帯員</source>
        <extracomment>household member</extracomment>
        <translation>세대원</translation>
    </message>
    <message>
        <source>届出人 氏名</source>
        <extracomment>notifier&apos;s name</extracomment>
        <translation>신고인 성명</translation>
    </message>
    <message>
        <source>連絡先電話番号</source>
        <extracomment>phone</extracomment>
        <translation>연락처 전화번호</translation>
    </message>
    <message>
        <source>住民異動届（転入届）</source>
        <extracomment>Notification of moving in</extracomment>
        <translation>주민이동신고(전입신고)</translation>
    </message>
    <message>
        <source>転入の種類</source>
        <extracomment>kind of moving in</extracomment>
        <translation>전입 종류</translation>
    </message>
    <message>
        <source>転出証明書による転入</source>
        <extracomment>with a moving-out certificate</extracomment>
        <translation>전출증명서에 의한 전입</translation>
    </message>
    <message>
        <source>マイナンバーカードによる転入（特例転入）</source>
        <extracomment>with the My Number card (special procedure)</extracomment>
        <translation>마이넘버카드에 의한 전입(특례 전입)</translation>
    </message>
    <message>
        <source>国外からの転入</source>
        <extracomment>from abroad</extracomment>
        <translation>국외로부터의 전입</translation>
    </message>
    <message>
        <source>転入をした年月日</source>
        <extracomment>date of moving in</extracomment>
        <translation>전입한 날짜</translation>
    </message>
    <message>
        <source>転出証明書の提出</source>
        <extracomment>moving-out certificate presented</extracomment>
        <translation>전출증명서 제출</translation>
    </message>
    <message>
        <source>転出予定年月日（前住所地での届出）</source>
        <extracomment>planned moving-out date (notified at the previous municipality)</extracomment>
        <translation>전출 예정일(이전 주소지에서 신고)</translation>
    </message>
    <message>
        <source>国外からの転入では本籍・筆頭者が必要です（住民基本台帳法第7条第5号「戸籍の表示」・第22条第1項、国外からの転入は政令で定める事項。転出証明書がないため届出で記載します）。</source>
        <extracomment>Needed when moving in from abroad (住民基本台帳法 art. 7 no. 5 and art. 22(1)): without a moving-out certificate the notification gives the registered domicile.</extracomment>
        <translation>국외에서 전입하는 경우 본적·필두자가 필요합니다(주민기본대장법 제7조 제5호·제22조 제1항).</translation>
    </message>
    <message>
        <source>住民基本台帳カードを提示した方は不要です</source>
        <extracomment>not needed when a Juki card is shown</extracomment>
        <translation>주민기본대장카드를 제시한 분은 필요 없습니다</translation>
    </message>
    <message>
        <source>住民異動届（転出届）</source>
        <extracomment>Notification of moving out</extracomment>
        <translation>주민이동신고(전출신고)</translation>
    </message>
    <message>
        <source>届出人・返却物</source>
        <extracomment>Notifier and returns</extracomment>
        <translation>신고인·반납물</translation>
    </message>
    <message>
        <source>転出の予定年月日</source>
        <extracomment>planned date of moving out</extracomment>
        <translation>전출 예정일</translation>
    </message>
    <message>
        <source>現住所</source>
        <extracomment>current address</extracomment>
        <translation>현주소</translation>
    </message>
    <message>
        <source>国外へ転出</source>
        <extracomment>moving abroad</extracomment>
        <translation>국외로 전출</translation>
    </message>
    <message>
        <source>転出先の住所 郵便番号</source>
        <extracomment>destination address: postal code</extracomment>
        <translation>전출지 주소 우편번호</translation>
    </message>
    <message>
        <source>転出先の住所</source>
        <extracomment>destination address</extracomment>
        <translation>전출지 주소</translation>
    </message>
    <message>
        <source>転出先の住所 方書</source>
        <extracomment>destination address: building and room (katagaki)</extracomment>
        <translation>전출지 주소 건물명·호실</translation>
    </message>
    <message>
        <source>転出先の国・地域</source>
        <extracomment>destination country</extracomment>
        <translation>전출지 국가·지역</translation>
    </message>
    <message>
        <source>転出先の世帯主</source>
        <extracomment>head of household at the destination</extracomment>
        <translation>전출지 세대주</translation>
    </message>
    <message>
        <source>マイナンバーカードによる転出（転入届の特例を使う）</source>
        <extracomment>moving out with the My Number card (special procedure)</extracomment>
        <translation>마이넘버카드에 의한 전출(전입신고 특례 이용)</translation>
    </message>
    <message>
        <source>返却するもの</source>
        <extracomment>cards returned</extracomment>
        <translation>반납할 것</translation>
    </message>
    <message>
        <source>印鑑登録証</source>
        <extracomment>seal registration card</extracomment>
        <translation>인감등록증</translation>
    </message>
    <message>
        <source>国民健康保険の資格確認書・被保険者証</source>
        <extracomment>National Health Insurance eligibility certificate or card</extracomment>
        <translation>국민건강보험 자격확인서·피보험자증</translation>
    </message>
    <message>
        <source>後期高齢者医療被保険者証</source>
        <extracomment>late-stage elderly medical card</extracomment>
        <translation>후기고령자 의료 피보험자증</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <extracomment>long-term care insurance card</extracomment>
        <translation>개호보험 피보험자증</translation>
    </message>
    <message>
        <source>子ども医療証</source>
        <extracomment>child medical care card</extracomment>
        <translation>어린이 의료증</translation>
    </message>
    <message>
        <source>税証明交付申請書</source>
        <extracomment>Application for tax certificates</extracomment>
        <translation>세금증명 교부 신청서</translation>
    </message>
    <message>
        <source>証明の内容</source>
        <extracomment>Certificate</extracomment>
        <translation>증명 내용</translation>
    </message>
    <message>
        <source>証明を受ける方</source>
        <extracomment>Person concerned</extracomment>
        <translation>증명을 받는 분</translation>
    </message>
    <message>
        <source>所得証明書</source>
        <extracomment>income certificate</extracomment>
        <translation>소득증명서</translation>
    </message>
    <message>
        <source>課税（非課税）証明書</source>
        <extracomment>tax assessment certificate</extracomment>
        <translation>과세(비과세)증명서</translation>
    </message>
    <message>
        <source>所得課税証明書</source>
        <extracomment>income and tax certificate</extracomment>
        <translation>소득과세증명서</translation>
    </message>
    <message>
        <source>納税証明書</source>
        <extracomment>tax payment certificate</extracomment>
        <translation>납세증명서</translation>
    </message>
    <message>
        <source>年度（西暦）</source>
        <extracomment>tax year (fiscal year, Gregorian)</extracomment>
        <translation>연도(서력)</translation>
    </message>
    <message>
        <source>令和6年度は2024。令和6年度の証明書は令和5年（2023年）中の所得を示します</source>
        <extracomment>FY2024 shows the income of 2023</extracomment>
        <translation>레이와 6년도는 2024년. 레이와 6년도 증명서는 레이와 5년(2023년)의 소득을 나타냅니다</translation>
    </message>
    <message>
        <source>所得の年</source>
        <extracomment>income year covered</extracomment>
        <translation>소득 연도</translation>
    </message>
    <message>
        <source>証明を受ける方との関係</source>
        <extracomment>relation to the person concerned</extracomment>
        <translation>증명을 받는 분과의 관계</translation>
    </message>
    <message>
        <source>同居の親族</source>
        <extracomment>relative in the same household</extracomment>
        <translation>동거 친족</translation>
    </message>
    <message>
        <source>証明を受ける方 氏名</source>
        <extracomment>person concerned name</extracomment>
        <translation>증명을 받는 분 성명</translation>
    </message>
    <message>
        <source>証明を受ける方 住所</source>
        <extracomment>person concerned address</extracomment>
        <translation>증명을 받는 분 주소</translation>
    </message>
    <message>
        <source>証明を受ける方 生年月日</source>
        <extracomment>person concerned date of birth</extracomment>
        <translation>증명을 받는 분 생년월일</translation>
    </message>
    <message>
        <source>その年度の1月1日も今の住所に住んでいた</source>
        <extracomment>lived at the current address on 1 January of that year</extracomment>
        <translation>그 연도의 1월 1일에도 지금 주소에 살고 있었음</translation>
    </message>
    <message>
        <source>1月1日現在の住所</source>
        <extracomment>address on 1 January of the tax year</extracomment>
        <translation>1월 1일 현재 주소</translation>
    </message>
    <message>
        <source>住民税はその年度の1月1日に住んでいた市区町村が課税します</source>
        <extracomment>residence tax is levied where you lived on 1 January</extracomment>
        <translation>주민세는 그 연도 1월 1일에 살던 시구정촌이 과세합니다</translation>
    </message>
    <message>
        <source>入力してください。</source>
        <extracomment>This is required.</extracomment>
        <translation>입력해 주십시오.</translation>
    </message>
    <message>
        <source>存在する日付を入力してください。</source>
        <extracomment>Enter a date that exists.</extracomment>
        <translation>존재하는 날짜를 입력해 주십시오.</translation>
    </message>
    <message>
        <source>選択肢から選んでください。</source>
        <extracomment>Choose one of the options.</extracomment>
        <translation>선택지에서 골라 주십시오.</translation>
    </message>
    <message>
        <source>値の形式が正しくありません。</source>
        <extracomment>The value has the wrong form.</extracomment>
        <translation>값의 형식이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>書き方が正しくありません。</source>
        <extracomment>The format is not right.</extracomment>
        <translation>쓰는 법이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>長すぎます。</source>
        <extracomment>Too long.</extracomment>
        <translation>너무 깁니다.</translation>
    </message>
    <message>
        <source>範囲外の値です。</source>
        <extracomment>Out of range.</extracomment>
        <translation>범위를 벗어난 값입니다.</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字です。</source>
        <extracomment>A postal code has 7 digits.</extracomment>
        <translation>우편번호는 7자리 숫자입니다.</translation>
    </message>
    <message>
        <source>個人番号が正しくありません。</source>
        <extracomment>The individual number is not valid.</extracomment>
        <translation>개인번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>人数が足りません。</source>
        <extracomment>Too few persons.</extracomment>
        <translation>인원이 부족합니다.</translation>
    </message>
    <message>
        <source>人数が多すぎます。</source>
        <extracomment>Too many persons.</extracomment>
        <translation>인원이 너무 많습니다.</translation>
    </message>
    <message>
        <source>この様式にない項目です。</source>
        <extracomment>This form has no such item.</extracomment>
        <translation>이 서식에 없는 항목입니다.</translation>
    </message>
    <message>
        <source>この項目は自動で決まります。</source>
        <extracomment>This item is set automatically.</extracomment>
        <translation>이 항목은 자동으로 정해집니다.</translation>
    </message>
    <message>
        <source>この項目は窓口の職員が入力します。</source>
        <extracomment>Staff at the counter fill in this item.</extracomment>
        <translation>이 항목은 창구 직원이 입력합니다.</translation>
    </message>
    <message>
        <source>代理人の方は委任状が必要です。</source>
        <extracomment>A proxy needs a power of attorney.</extracomment>
        <translation>대리인은 위임장이 필요합니다.</translation>
    </message>
    <message>
        <source>第三者からの請求では個人番号・住民票コードは記載できません。</source>
        <extracomment>A third party cannot receive the individual number or the residence record code.</extracomment>
        <translation>제3자의 청구에는 개인번호·주민표 코드를 기재할 수 없습니다.</translation>
    </message>
    <message>
        <source>広域交付は本人または同一世帯の方のみ請求できます。</source>
        <extracomment>Wide-area issuance is only for the person or their household.</extracomment>
        <translation>광역 교부는 본인 또는 같은 세대의 분만 청구할 수 있습니다.</translation>
    </message>
    <message>
        <source>広域交付には顔写真付きの本人確認書類が必要です。</source>
        <extracomment>Wide-area issuance needs photo ID.</extracomment>
        <translation>광역 교부에는 사진이 있는 본인확인서류가 필요합니다.</translation>
    </message>
    <message>
        <source>広域交付では本籍・筆頭者は記載できません。</source>
        <extracomment>Wide-area issuance omits the registered domicile.</extracomment>
        <translation>광역 교부에서는 본적·필두자를 기재할 수 없습니다.</translation>
    </message>
    <message>
        <source>未来の日付は入力できません。</source>
        <extracomment>The date cannot be in the future.</extracomment>
        <translation>미래 날짜는 입력할 수 없습니다.</translation>
    </message>
    <message>
        <source>印鑑登録証がないと証明書は交付できません。</source>
        <extracomment>No certificate without the seal registration card.</extracomment>
        <translation>인감등록증이 없으면 증명서를 교부할 수 없습니다.</translation>
    </message>
    <message>
        <source>15歳未満の方は印鑑登録できません。</source>
        <extracomment>Persons under 15 cannot register a seal.</extracomment>
        <translation>15세 미만은 인감등록을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>広域交付は代理人による請求ができません。</source>
        <extracomment>Wide-area issuance cannot be requested by a proxy.</extracomment>
        <translation>광역 교부는 대리인이 청구할 수 없습니다.</translation>
    </message>
    <message>
        <source>広域交付は本人・配偶者・直系の親族のみ請求できます。</source>
        <extracomment>Wide-area issuance is for the person, spouse and lineal relatives only.</extracomment>
        <translation>광역 교부는 본인·배우자·직계 친족만 청구할 수 있습니다.</translation>
    </message>
    <message>
        <source>広域交付では全部事項証明書のみ請求できます。</source>
        <extracomment>Wide-area issuance covers full certificates only.</extracomment>
        <translation>광역 교부에서는 전부사항 증명서만 청구할 수 있습니다.</translation>
    </message>
    <message>
        <source>証明できるのは今年度から過去5年度分です。</source>
        <extracomment>Certificates cover this fiscal year and the four before.</extracomment>
        <translation>증명할 수 있는 것은 올해 연도부터 과거 5년도분입니다.</translation>
    </message>
    <message>
        <source>その年度の1月1日に住んでいた市区町村で請求してください。</source>
        <extracomment>Request it from the municipality where you lived on 1 January of that year.</extracomment>
        <translation>그 연도 1월 1일에 살던 시구정촌에 청구해 주십시오.</translation>
    </message>
    <message>
        <source>異動日が届出日より後になっています。</source>
        <extracomment>The moving date is after the notification date.</extracomment>
        <translation>이동일이 신고일보다 뒤로 되어 있습니다.</translation>
    </message>
    <message>
        <source>異動日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after moving (the notification is still accepted).</extracomment>
        <translation>이동일로부터 14일이 지났습니다(신고는 접수합니다).</translation>
    </message>
    <message>
        <source>転出予定日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after the planned move-out (still accepted).</extracomment>
        <translation>전출 예정일로부터 14일이 지났습니다(신고는 접수합니다).</translation>
    </message>
    <message>
        <source>転出証明書が必要です。</source>
        <extracomment>A moving-out certificate is required.</extracomment>
        <translation>전출증명서가 필요합니다.</translation>
    </message>
    <message>
        <source>転入した日から14日を過ぎたため、マイナンバーカードによる転入はできません。転出証明書が必要です。</source>
        <extracomment>More than 14 days after moving in: the card procedure has lapsed; a moving-out certificate is needed.</extracomment>
        <translation>전입한 날로부터 14일이 지나 마이넘버카드에 의한 전입은 할 수 없습니다. 전출증명서가 필요합니다.</translation>
    </message>
    <message>
        <source>転出予定日から30日を過ぎたため、マイナンバーカードによる転入はできません。転出証明書が必要です。</source>
        <extracomment>More than 30 days after the planned move-out: the card procedure has lapsed; a moving-out certificate is needed.</extracomment>
        <translation>전출 예정일로부터 30일이 지나 마이넘버카드에 의한 전입은 할 수 없습니다. 전출증명서가 필요합니다.</translation>
    </message>
    <message>
        <source>新しい住所がこの市区町村ではありません。</source>
        <extracomment>The new address is not in this municipality.</extracomment>
        <translation>새 주소가 이 시구정촌이 아닙니다.</translation>
    </message>
    <message>
        <source>市区町村内での引越しは転居届です。</source>
        <extracomment>A move within the municipality is a 転居届.</extracomment>
        <translation>시구정촌 안에서의 이사는 전거신고입니다.</translation>
    </message>
    <message>
        <source>前の住所がこの市区町村ではありません（転入届になります）。</source>
        <extracomment>The previous address is elsewhere (use a 転入届).</extracomment>
        <translation>이전 주소가 이 시구정촌이 아닙니다(전입신고가 됩니다).</translation>
    </message>
    <message>
        <source>新しい住所が前の住所と同じです。</source>
        <extracomment>The new address is the same as the old one.</extracomment>
        <translation>새 주소가 이전 주소와 같습니다.</translation>
    </message>
    <message>
        <source>現住所がこの市区町村ではありません。</source>
        <extracomment>The current address is not in this municipality.</extracomment>
        <translation>현주소가 이 시구정촌이 아닙니다.</translation>
    </message>
    <message>
        <source>転出先がこの市区町村内です（転居届になります）。</source>
        <extracomment>The destination is in this municipality (use a 転居届).</extracomment>
        <translation>전출지가 이 시구정촌 안입니다(전거신고가 됩니다).</translation>
    </message>
    <message>
        <source>国外への転出はマイナンバーカードによる転出の対象外です。</source>
        <extracomment>Moving abroad cannot use the card procedure.</extracomment>
        <translation>국외로의 전출은 마이넘버카드에 의한 전출 대상이 아닙니다.</translation>
    </message>
    <message>
        <source>生年月日が異動日より後になっています。</source>
        <extracomment>The date of birth is after the moving date.</extracomment>
        <translation>생년월일이 이동일보다 뒤로 되어 있습니다.</translation>
    </message>
    <message>
        <source>在留期間の満了日が過ぎています。</source>
        <extracomment>The period of stay has expired.</extracomment>
        <translation>재류기간 만료일이 지났습니다.</translation>
    </message>
    <message>
        <source>世帯主は1人だけです。</source>
        <extracomment>There can be only one head of household.</extracomment>
        <translation>세대주는 1명뿐입니다.</translation>
    </message>
    <message>
        <source>世帯主を入力してください。</source>
        <extracomment>Enter the head of household.</extracomment>
        <translation>세대주를 입력해 주십시오.</translation>
    </message>
    <message>
        <source>ファイルが見つかりません。</source>
        <extracomment>File not found.</extracomment>
        <translation>파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>ファイルを読めません。</source>
        <extracomment>File unreadable.</extracomment>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>JSONとして読めません。</source>
        <extracomment>Not valid JSON.</extracomment>
        <translation>JSON으로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>様式定義に誤りがあります。</source>
        <extracomment>The form definition is broken.</extracomment>
        <translation>서식 정의에 오류가 있습니다.</translation>
    </message>
    <message>
        <source>様式IDが重複しています。</source>
        <extracomment>Duplicate form id.</extracomment>
        <translation>서식 ID가 중복되어 있습니다.</translation>
    </message>
    <message>
        <source>その様式はありません。</source>
        <extracomment>No such form.</extracomment>
        <translation>그 서식은 없습니다.</translation>
    </message>
    <message>
        <source>そのライフイベントはありません。</source>
        <extracomment>No such life event.</extracomment>
        <translation>그 생활 이벤트는 없습니다.</translation>
    </message>
    <message>
        <source>入力データに誤りがあります。</source>
        <extracomment>The input data is invalid.</extracomment>
        <translation>입력 데이터에 오류가 있습니다.</translation>
    </message>
    <message>
        <source>日付が正しくありません。</source>
        <extracomment>Invalid date.</extracomment>
        <translation>날짜가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>元号の期間外の日付です。</source>
        <extracomment>The date is outside its era.</extracomment>
        <translation>연호 기간 밖의 날짜입니다.</translation>
    </message>
    <message>
        <source>明治より前の日付は扱えません。</source>
        <extracomment>Dates before Meiji are not supported.</extracomment>
        <translation>메이지 이전의 날짜는 다룰 수 없습니다.</translation>
    </message>
    <message>
        <source>郵便番号が正しくありません。</source>
        <extracomment>Invalid postal code.</extracomment>
        <translation>우편번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>データベースのエラーです。</source>
        <extracomment>Database error.</extracomment>
        <translation>데이터베이스 오류입니다.</translation>
    </message>
    <message>
        <source>郵便番号データベースの版が古いです。</source>
        <extracomment>The postal database is outdated.</extracomment>
        <translation>우편번호 데이터베이스 판이 오래되었습니다.</translation>
    </message>
    <message>
        <source>郵便番号データに誤りがあります。</source>
        <extracomment>The postal table is invalid.</extracomment>
        <translation>우편번호 데이터에 오류가 있습니다.</translation>
    </message>
    <message>
        <source>圧縮ファイルを展開できません。</source>
        <extracomment>Cannot decompress.</extracomment>
        <translation>압축 파일을 풀 수 없습니다.</translation>
    </message>
    <message>
        <source>文字コードを判別できません。</source>
        <extracomment>Unknown text encoding.</extracomment>
        <translation>문자 코드를 판별할 수 없습니다.</translation>
    </message>
    <message>
        <source>ほかの市区町村から引っ越してきた</source>
        <extracomment>Moved here from another municipality</extracomment>
        <translation>다른 시구정촌에서 이사 왔다</translation>
    </message>
    <message>
        <source>市区町村内で引っ越した</source>
        <extracomment>Moved within the municipality</extracomment>
        <translation>시구정촌 안에서 이사했다</translation>
    </message>
    <message>
        <source>ほかの市区町村へ引っ越す</source>
        <extracomment>Moving out to another municipality</extracomment>
        <translation>다른 시구정촌으로 이사 간다</translation>
    </message>
    <message>
        <source>証明書がほしい</source>
        <extracomment>I need certificates</extracomment>
        <translation>증명서가 필요하다</translation>
    </message>
    <message>
        <source>高校生年代までのお子さん（18歳になった後の最初の3月31日まで）がいますか</source>
        <extracomment>Do you have children up to high-school age (until the first 31 March after their 18th birthday)?</extracomment>
        <translation>고등학생 연령까지의 자녀(18세가 된 후 첫 3월 31일까지)가 있습니까</translation>
    </message>
    <message>
        <source>小・中学校に通うお子さんがいますか</source>
        <extracomment>Do you have children at elementary or junior high school?</extracomment>
        <translation>초등학교·중학교에 다니는 자녀가 있습니까</translation>
    </message>
    <message>
        <source>国民健康保険に加入していますか（会社の保険ではない）</source>
        <extracomment>Are you in the National Health Insurance (not an employer&apos;s insurance)?</extracomment>
        <translation>국민건강보험에 가입되어 있습니까(회사 보험이 아님)</translation>
    </message>
    <message>
        <source>国民年金第1号被保険者ですか（自営業・学生など）</source>
        <extracomment>Are you a category 1 National Pension insured person (self-employed, student …)?</extracomment>
        <translation>국민연금 제1호 피보험자입니까(자영업·학생 등)</translation>
    </message>
    <message>
        <source>65歳以上の方がいますか</source>
        <extracomment>Is anyone 65 or older?</extracomment>
        <translation>65세 이상인 분이 있습니까</translation>
    </message>
    <message>
        <source>75歳以上の方がいますか</source>
        <extracomment>Is anyone 75 or older?</extracomment>
        <translation>75세 이상인 분이 있습니까</translation>
    </message>
    <message>
        <source>印鑑登録をしていますか</source>
        <extracomment>Do you have a registered seal?</extracomment>
        <translation>인감등록을 했습니까</translation>
    </message>
    <message>
        <source>マイナンバーカードをお持ちですか</source>
        <extracomment>Do you have a My Number card?</extracomment>
        <translation>마이넘버카드를 가지고 있습니까</translation>
    </message>
    <message>
        <source>犬を飼っていますか</source>
        <extracomment>Do you keep a dog?</extracomment>
        <translation>개를 기르고 있습니까</translation>
    </message>
    <message>
        <source>国民健康保険の加入</source>
        <extracomment>Join the National Health Insurance</extracomment>
        <translation>국민건강보험 가입</translation>
    </message>
    <message>
        <source>保険年金課</source>
        <extracomment>Health insurance and pension desk</extracomment>
        <translation>보험연금과</translation>
    </message>
    <message>
        <source>本人確認書類</source>
        <extracomment>ID</extracomment>
        <translation>본인확인서류</translation>
    </message>
    <message>
        <source>国民健康保険の住所変更</source>
        <extracomment>National Health Insurance: change of address</extracomment>
        <translation>국민건강보험 주소 변경</translation>
    </message>
    <message>
        <source>国民健康保険の脱退（資格確認書等の返却）</source>
        <extracomment>Leave the National Health Insurance (return the card)</extracomment>
        <translation>국민건강보험 탈퇴(자격확인서 등 반납)</translation>
    </message>
    <message>
        <source>国民年金の住所変更</source>
        <extracomment>National Pension: change of address</extracomment>
        <translation>국민연금 주소 변경</translation>
    </message>
    <message>
        <source>基礎年金番号がわかるもの</source>
        <extracomment>document with the basic pension number</extracomment>
        <translation>기초연금번호를 알 수 있는 것</translation>
    </message>
    <message>
        <source>児童手当の申請</source>
        <extracomment>Child allowance application</extracomment>
        <translation>아동수당 신청</translation>
    </message>
    <message>
        <source>子育て支援課</source>
        <extracomment>Child support desk</extracomment>
        <translation>육아지원과</translation>
    </message>
    <message>
        <source>請求者の口座がわかるもの</source>
        <extracomment>bank account details</extracomment>
        <translation>청구자의 계좌를 알 수 있는 것</translation>
    </message>
    <message>
        <source>児童手当の住所変更・消滅届</source>
        <extracomment>Child allowance: change of address or end</extracomment>
        <translation>아동수당 주소 변경·소멸 신고</translation>
    </message>
    <message>
        <source>子ども医療費助成の申請</source>
        <extracomment>Child medical expense subsidy</extracomment>
        <translation>어린이 의료비 지원 신청</translation>
    </message>
    <message>
        <source>お子さんの資格確認書（マイナ保険証の方は個人番号カード）</source>
        <extracomment>the child&apos;s health insurance eligibility certificate (or My Number card)</extracomment>
        <translation>자녀의 자격확인서(마이나 보험증인 경우 마이넘버 카드)</translation>
    </message>
    <message>
        <source>転入学の手続き（転入学通知書）</source>
        <extracomment>School transfer</extracomment>
        <translation>전학 수속(전입학 통지서)</translation>
    </message>
    <message>
        <source>教育委員会 学務課</source>
        <extracomment>Board of education</extracomment>
        <translation>교육위원회 학무과</translation>
    </message>
    <message>
        <source>在学証明書・教科書給与証明書</source>
        <extracomment>certificate of enrolment</extracomment>
        <translation>재학증명서·교과서 급여증명서</translation>
    </message>
    <message>
        <source>介護保険の手続き</source>
        <extracomment>Long-term care insurance</extracomment>
        <translation>개호보험 수속</translation>
    </message>
    <message>
        <source>介護保険課</source>
        <extracomment>Long-term care desk</extracomment>
        <translation>개호보험과</translation>
    </message>
    <message>
        <source>介護保険被保険者証・受給資格証明書</source>
        <extracomment>care insurance card</extracomment>
        <translation>개호보험 피보험자증·수급자격증명서</translation>
    </message>
    <message>
        <source>後期高齢者医療の手続き</source>
        <extracomment>Late-stage elderly medical care</extracomment>
        <translation>후기고령자 의료 수속</translation>
    </message>
    <message>
        <source>負担区分等証明書</source>
        <extracomment>certificate from the previous municipality</extracomment>
        <translation>부담구분 등 증명서</translation>
    </message>
    <message>
        <source>印鑑登録の廃止（登録証の返却）</source>
        <extracomment>Cancel the seal registration (return the card)</extracomment>
        <translation>인감등록 폐지(등록증 반납)</translation>
    </message>
    <message>
        <source>市民課</source>
        <extracomment>Citizens&apos; desk</extracomment>
        <translation>시민과</translation>
    </message>
    <message>
        <source>印鑑登録</source>
        <extracomment>Seal registration</extracomment>
        <translation>인감등록</translation>
    </message>
    <message>
        <source>登録する印鑑・顔写真付き本人確認書類</source>
        <extracomment>the seal and photo ID</extracomment>
        <translation>등록할 인감·사진이 있는 본인확인서류</translation>
    </message>
    <message>
        <source>マイナンバーカードの住所変更（券面記載事項変更）</source>
        <extracomment>My Number card: change of address on the card</extracomment>
        <translation>마이넘버카드 주소 변경(카드 기재사항 변경)</translation>
    </message>
    <message>
        <source>マイナンバーカードと暗証番号（住基用4桁）</source>
        <extracomment>the card and its 4-digit PIN</extracomment>
        <translation>마이넘버카드와 비밀번호(주민기본대장용 4자리)</translation>
    </message>
    <message>
        <source>犬の登録事項変更</source>
        <extracomment>Dog registration: change of address</extracomment>
        <translation>개 등록사항 변경</translation>
    </message>
    <message>
        <source>環境衛生課</source>
        <extracomment>Environment desk</extracomment>
        <translation>환경위생과</translation>
    </message>
    <message>
        <source>犬の鑑札</source>
        <extracomment>dog licence tag</extracomment>
        <translation>개 감찰</translation>
    </message>
    <message>
        <source>選挙人名簿の登録（転入後3か月で自動）</source>
        <extracomment>Electoral register (automatic after 3 months)</extracomment>
        <translation>선거인 명부 등록(전입 3개월 후 자동)</translation>
    </message>
    <message>
        <source>選挙管理委員会</source>
        <extracomment>Election board</extracomment>
        <translation>선거관리위원회</translation>
    </message>
    <message>
        <source>就職・転職</source>
        <translation>취업·이직</translation>
    </message>
    <message>
        <source>運転免許</source>
        <translation>운전면허</translation>
    </message>
    <message>
        <source>年金・保険</source>
        <translation>연금·보험</translation>
    </message>
    <message>
        <source>学校・奨学金</source>
        <translation>학교·장학금</translation>
    </message>
    <message>
        <source>不動産・登記</source>
        <translation>부동산·등기</translation>
    </message>
    <message>
        <source>自動車の登録</source>
        <translation>자동차 등록</translation>
    </message>
    <message>
        <source>銀行・ローン</source>
        <translation>은행·대출</translation>
    </message>
    <message>
        <source>パスポート</source>
        <translation>여권</translation>
    </message>
    <message>
        <source>相続</source>
        <translation>상속</translation>
    </message>
    <message>
        <source>官公庁への提出</source>
        <translation>관공서 제출</translation>
    </message>
    <message>
        <source>その他（窓口で確認）</source>
        <translation>기타(창구에서 확인)</translation>
    </message>
    <message>
        <source>勤務先</source>
        <translation>근무처</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>金融機関</source>
        <translation>금융기관</translation>
    </message>
    <message>
        <source>警察署</source>
        <translation>경찰서</translation>
    </message>
    <message>
        <source>年金事務所</source>
        <translation>연금사무소</translation>
    </message>
    <message>
        <source>法務局</source>
        <translation>법무국</translation>
    </message>
    <message>
        <source>運輸支局</source>
        <translation>운수지국</translation>
    </message>
    <message>
        <source>市区町村役場</source>
        <translation>시구정촌 관청</translation>
    </message>
    <message>
        <source>中国</source>
        <translation>중국</translation>
    </message>
    <message>
        <source>ベトナム</source>
        <translation>베트남</translation>
    </message>
    <message>
        <source>韓国</source>
        <translation>한국</translation>
    </message>
    <message>
        <source>フィリピン</source>
        <translation>필리핀</translation>
    </message>
    <message>
        <source>ブラジル</source>
        <translation>브라질</translation>
    </message>
    <message>
        <source>ネパール</source>
        <translation>네팔</translation>
    </message>
    <message>
        <source>インドネシア</source>
        <translation>인도네시아</translation>
    </message>
    <message>
        <source>ミャンマー</source>
        <translation>미얀마</translation>
    </message>
    <message>
        <source>台湾</source>
        <translation>대만</translation>
    </message>
    <message>
        <source>アメリカ合衆国</source>
        <translation>미국</translation>
    </message>
    <message>
        <source>タイ</source>
        <translation>태국</translation>
    </message>
    <message>
        <source>インド</source>
        <translation>인도</translation>
    </message>
    <message>
        <source>スリランカ</source>
        <translation>스리랑카</translation>
    </message>
    <message>
        <source>ペルー</source>
        <translation>페루</translation>
    </message>
    <message>
        <source>バングラデシュ</source>
        <translation>방글라데시</translation>
    </message>
    <message>
        <source>永住者</source>
        <translation>영주자</translation>
    </message>
    <message>
        <source>日本人の配偶者等</source>
        <translation>일본인의 배우자 등</translation>
    </message>
    <message>
        <source>永住者の配偶者等</source>
        <translation>영주자의 배우자 등</translation>
    </message>
    <message>
        <source>定住者</source>
        <translation>정주자</translation>
    </message>
    <message>
        <source>技術・人文知識・国際業務</source>
        <translation>기술·인문지식·국제업무</translation>
    </message>
    <message>
        <source>技能実習</source>
        <translation>기능실습</translation>
    </message>
    <message>
        <source>特定技能</source>
        <translation>특정기능</translation>
    </message>
    <message>
        <source>留学</source>
        <translation>유학</translation>
    </message>
    <message>
        <source>家族滞在</source>
        <translation>가족체재</translation>
    </message>
    <message>
        <source>技能</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>経営・管理</source>
        <translation>경영·관리</translation>
    </message>
    <message>
        <source>高度専門職</source>
        <translation>고도전문직</translation>
    </message>
    <message>
        <source>特定活動</source>
        <translation>특정활동</translation>
    </message>
    <message>
        <source>企業内転勤</source>
        <translation>기업 내 전근</translation>
    </message>
    <message>
        <source>介護</source>
        <translation>개호</translation>
    </message>
    <message>
        <source>教授</source>
        <translation>교수</translation>
    </message>
    <message>
        <source>研究</source>
        <translation>연구</translation>
    </message>
    <message>
        <source>教育</source>
        <translation>교육</translation>
    </message>
    <message>
        <source>医療</source>
        <translation>의료</translation>
    </message>
    <message>
        <source>興行</source>
        <translation>흥행</translation>
    </message>
    <message>
        <source>文化活動</source>
        <translation>문화활동</translation>
    </message>
    <message>
        <source>請求する方の住所（マイナンバーカードの住所）が当市区町村の外にあるとき、広域交付（住民基本台帳法第12条の4）として自動で「はい」になります。</source>
        <extracomment>Set automatically: yes when the requester&apos;s address (the card&apos;s address) is outside this municipality (住民基本台帳法 第12条の4).</extracomment>
        <translation>청구인의 주소(마이넘버 카드의 주소)가 이 시구정촌 밖에 있으면 자동으로 &apos;예&apos;가 됩니다(광역 교부, 주민기본대장법 제12조의4).</translation>
    </message>
    <message>
        <source>住民異動届（世帯変更届）</source>
        <extracomment>Notification of a change of household</extracomment>
        <translation>주민이동신고(세대변경신고)</translation>
    </message>
    <message>
        <source>変更があった年月日</source>
        <extracomment>date of the change</extracomment>
        <translation>변경된 날짜</translation>
    </message>
    <message>
        <source>世帯主が亡くなった場合は亡くなった日</source>
        <extracomment>when the head of household died: the date of death</extracomment>
        <translation>세대주가 사망한 경우 사망한 날</translation>
    </message>
    <message>
        <source>変更の内容</source>
        <extracomment>what changed</extracomment>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>世帯主が亡くなり、世帯に残る方が1人だけのときは、その方が世帯主になるため、この届出はいりません。</source>
        <extracomment>When the head of household died and only one person remains in the household, that person becomes the head and this notification is not needed.</extracomment>
        <translation>세대주가 사망하고 세대에 남은 사람이 1명뿐이면 그 사람이 세대주가 되므로 이 신고는 필요 없습니다.</translation>
    </message>
    <message>
        <source>世帯主の変更</source>
        <extracomment>change of the head of household</extracomment>
        <translation>세대주 변경</translation>
    </message>
    <message>
        <source>世帯分離（同じ住所で世帯を分ける）</source>
        <extracomment>splitting the household (same address)</extracomment>
        <translation>세대 분리(같은 주소에서 세대를 나눔)</translation>
    </message>
    <message>
        <source>世帯合併（同じ住所の世帯を一つにする）</source>
        <extracomment>merging households (same address)</extracomment>
        <translation>세대 합병(같은 주소의 세대를 하나로 함)</translation>
    </message>
    <message>
        <source>世帯構成の変更（世帯員の続柄など）</source>
        <extracomment>change in the household (relations)</extracomment>
        <translation>세대 구성 변경(세대원의 관계 등)</translation>
    </message>
    <message>
        <source>世帯主が変わる理由</source>
        <extracomment>why the head changes</extracomment>
        <translation>세대주가 바뀌는 이유</translation>
    </message>
    <message>
        <source>世帯主の死亡</source>
        <extracomment>the head of household died</extracomment>
        <translation>세대주 사망</translation>
    </message>
    <message>
        <source>世帯主の転出</source>
        <extracomment>the head of household moved out</extracomment>
        <translation>세대주 전출</translation>
    </message>
    <message>
        <source>世帯員の話し合いによる変更</source>
        <extracomment>the household decided on a new head</extracomment>
        <translation>세대원의 협의에 의한 변경</translation>
    </message>
    <message>
        <source>世帯の住所（住民票の住所）</source>
        <extracomment>the household&apos;s address (as on the residence record)</extracomment>
        <translation>세대의 주소(주민표상의 주소)</translation>
    </message>
    <message>
        <source>方書</source>
        <extracomment>building and room (katagaki)</extracomment>
        <translation>방서(건물명·호수)</translation>
    </message>
    <message>
        <source>変更前の世帯主 氏名</source>
        <extracomment>head of household before the change</extracomment>
        <translation>변경 전 세대주 성명</translation>
    </message>
    <message>
        <source>変更後の世帯主 氏名</source>
        <extracomment>head of household after the change</extracomment>
        <translation>변경 후 세대주 성명</translation>
    </message>
    <message>
        <source>変更があった方</source>
        <extracomment>persons concerned</extracomment>
        <translation>변경이 있는 분</translation>
    </message>
    <message>
        <source>世帯や続柄が変わる方（新しい世帯主を含む）。</source>
        <extracomment>everyone whose household or relation changes (the new head included)</extracomment>
        <translation>세대나 관계가 바뀌는 분(새 세대주 포함).</translation>
    </message>
    <message>
        <source>変更後の世帯主との続柄</source>
        <extracomment>relation to the new head of household</extracomment>
        <translation>변경 후 세대주와의 관계</translation>
    </message>
    <message>
        <source>変更後の世帯主</source>
        <extracomment>the new head of household</extracomment>
        <translation>변경 후 세대주</translation>
    </message>
    <message>
        <source>変更があった日が届出日より後になっています。</source>
        <extracomment>The date of the change is after the notification date.</extracomment>
        <translation>변경일이 신고일보다 뒤로 되어 있습니다.</translation>
    </message>
    <message>
        <source>変更があった日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after the change (the notification is still accepted).</extracomment>
        <translation>변경일로부터 14일이 지났습니다(신고는 접수합니다).</translation>
    </message>
    <message>
        <source>変更前と変更後の世帯主が同じです。</source>
        <extracomment>The head of household before and after the change is the same person.</extracomment>
        <translation>변경 전과 변경 후의 세대주가 같습니다.</translation>
    </message>
    <message>
        <source>転入届をした日から14日以内</source>
        <extracomment>within 14 days of the notification of moving in</extracomment>
        <translation>전입신고일로부터 14일 이내</translation>
    </message>
    <message>
        <source>転入した日から14日以内</source>
        <extracomment>within 14 days of moving in</extracomment>
        <translation>전입한 날로부터 14일 이내</translation>
    </message>
    <message>
        <source>転入した日の翌日から15日以内に申請すると、翌月分から受けられます（15日特例）</source>
        <extracomment>apply within 15 days from the day after moving in to receive it from the next month (15-day rule)</extracomment>
        <translation>전입한 다음 날부터 15일 이내에 신청하면 다음 달분부터 받을 수 있습니다(15일 특례)</translation>
    </message>
    <message>
        <source>転入した日から30日以内</source>
        <extracomment>within 30 days of moving in</extracomment>
        <translation>전입한 날로부터 30일 이내</translation>
    </message>
    <message>
        <source>転居届をした日から14日以内</source>
        <extracomment>within 14 days of the notification of moving</extracomment>
        <translation>전거신고일로부터 14일 이내</translation>
    </message>
    <message>
        <source>転居した日から14日以内</source>
        <extracomment>within 14 days of moving</extracomment>
        <translation>이사한 날로부터 14일 이내</translation>
    </message>
    <message>
        <source>転居した日から30日以内</source>
        <extracomment>within 30 days of moving</extracomment>
        <translation>이사한 날로부터 30일 이내</translation>
    </message>
    <message>
        <source>世帯主が亡くなった（おくやみの手続き）</source>
        <extracomment>The head of the household died (procedures after a death)</extracomment>
        <translation>세대주가 사망했다(사망 후 절차)</translation>
    </message>
    <message>
        <source>死亡の事実を知った日から7日以内</source>
        <extracomment>within 7 days of learning of the death</extracomment>
        <translation>사망 사실을 안 날로부터 7일 이내</translation>
    </message>
    <message>
        <source>亡くなった日から14日以内</source>
        <extracomment>within 14 days of the death</extracomment>
        <translation>사망한 날로부터 14일 이내</translation>
    </message>
    <message>
        <source>葬儀を行った日の翌日から2年以内</source>
        <extracomment>within 2 years from the day after the funeral</extracomment>
        <translation>장례를 치른 다음 날부터 2년 이내</translation>
    </message>
    <message>
        <source>亡くなった方は国民健康保険に加入していましたか</source>
        <extracomment>Was the deceased in the National Health Insurance?</extracomment>
        <translation>고인은 국민건강보험에 가입되어 있었습니까?</translation>
    </message>
    <message>
        <source>亡くなった方は後期高齢者医療に加入していましたか（75歳以上の方など）</source>
        <extracomment>Was the deceased in the late-stage elderly medical care system (75 or older, for example)?</extracomment>
        <translation>고인은 후기고령자의료에 가입되어 있었습니까(75세 이상 등)?</translation>
    </message>
    <message>
        <source>亡くなった方は介護保険の被保険者証をお持ちでしたか（65歳以上の方、要介護認定を受けた方）</source>
        <extracomment>Did the deceased have a long-term care insurance card (65 or older, or certified as needing care)?</extracomment>
        <translation>고인은 개호보험 피보험자증을 가지고 있었습니까(65세 이상, 요개호 인정을 받은 분)?</translation>
    </message>
    <message>
        <source>亡くなった方は年金を受け取っていましたか</source>
        <extracomment>Did the deceased receive a pension?</extracomment>
        <translation>고인은 연금을 받고 있었습니까?</translation>
    </message>
    <message>
        <source>亡くなった方は印鑑登録をしていましたか</source>
        <extracomment>Did the deceased have a registered seal?</extracomment>
        <translation>고인은 인감 등록을 했었습니까?</translation>
    </message>
    <message>
        <source>亡くなった方は福祉医療証や障害者手帳などをお持ちでしたか</source>
        <extracomment>Did the deceased have a welfare medical card, a disability certificate or similar?</extracomment>
        <translation>고인은 복지의료증이나 장애인수첩 등을 가지고 있었습니까?</translation>
    </message>
    <message>
        <source>死亡届（この端末では受け付けません。多くの場合、葬儀社が提出します）</source>
        <extracomment>Notification of death (not filed at this kiosk; usually the funeral company files it)</extracomment>
        <translation>사망신고(이 단말기에서는 접수하지 않습니다. 대부분 장례업체가 제출합니다)</translation>
    </message>
    <message>
        <source>市民課（戸籍）</source>
        <extracomment>Citizens&apos; desk (family register)</extracomment>
        <translation>시민과(호적)</translation>
    </message>
    <message>
        <source>死亡診断書（死亡届と一枚の用紙）</source>
        <extracomment>the medical certificate of death (on the same sheet as the notification)</extracomment>
        <translation>사망진단서(사망신고서와 한 장의 용지)</translation>
    </message>
    <message>
        <source>国民健康保険の資格喪失（資格確認書等の返却）</source>
        <extracomment>National Health Insurance: end of the deceased&apos;s coverage (return the card)</extracomment>
        <translation>국민건강보험 자격 상실(자격확인서 등 반납)</translation>
    </message>
    <message>
        <source>亡くなった方の資格確認書・被保険者証</source>
        <extracomment>the deceased&apos;s eligibility certificate or card</extracomment>
        <translation>고인의 자격확인서·피보험자증</translation>
    </message>
    <message>
        <source>葬祭費の申請（国民健康保険）</source>
        <extracomment>Funeral expenses grant (National Health Insurance)</extracomment>
        <translation>장제비 신청(국민건강보험)</translation>
    </message>
    <message>
        <source>葬儀の領収書又は会葬礼状・喪主の口座がわかるもの</source>
        <extracomment>the funeral receipt or notice and the chief mourner&apos;s bank account details</extracomment>
        <translation>장례 영수증 또는 회장 답례장, 상주의 계좌를 알 수 있는 것</translation>
    </message>
    <message>
        <source>後期高齢者医療の資格喪失（資格確認書等の返却）</source>
        <extracomment>Late-stage elderly medical care: end of coverage (return the card)</extracomment>
        <translation>후기고령자의료 자격 상실(자격확인서 등 반납)</translation>
    </message>
    <message>
        <source>葬祭費の申請（後期高齢者医療）</source>
        <extracomment>Funeral expenses grant (late-stage elderly medical care)</extracomment>
        <translation>장제비 신청(후기고령자의료)</translation>
    </message>
    <message>
        <source>介護保険の資格喪失（被保険者証の返却）</source>
        <extracomment>Long-term care insurance: end of coverage (return the card)</extracomment>
        <translation>개호보험 자격 상실(피보험자증 반납)</translation>
    </message>
    <message>
        <source>亡くなった方の介護保険被保険者証</source>
        <extracomment>the deceased&apos;s care insurance card</extracomment>
        <translation>고인의 개호보험 피보험자증</translation>
    </message>
    <message>
        <source>年金の手続き（未支給年金・遺族年金）</source>
        <extracomment>Pension: unpaid pension and survivors&apos; pension</extracomment>
        <translation>연금 절차(미지급 연금·유족연금)</translation>
    </message>
    <message>
        <source>保険年金課（国民年金）・年金事務所（厚生年金）</source>
        <extracomment>Pension desk (National Pension) or the pension office (employees&apos; pension)</extracomment>
        <translation>보험연금과(국민연금)·연금사무소(후생연금)</translation>
    </message>
    <message>
        <source>年金証書・亡くなった方との関係がわかる戸籍謄本</source>
        <extracomment>the pension certificate and a family register showing the relationship</extracomment>
        <translation>연금증서·고인과의 관계를 알 수 있는 호적등본</translation>
    </message>
    <message>
        <source>印鑑登録証の返却（印鑑登録は死亡により廃止されます）</source>
        <extracomment>Return the seal registration card (the registration ends at death)</extracomment>
        <translation>인감등록증 반납(인감 등록은 사망으로 폐지됩니다)</translation>
    </message>
    <message>
        <source>亡くなった方の印鑑登録証</source>
        <extracomment>the deceased&apos;s seal registration card</extracomment>
        <translation>고인의 인감등록증</translation>
    </message>
    <message>
        <source>福祉医療証・障害者手帳などの返却</source>
        <extracomment>Return welfare medical cards, disability certificates and the like</extracomment>
        <translation>복지의료증·장애인수첩 등 반납</translation>
    </message>
    <message>
        <source>福祉課</source>
        <extracomment>Welfare desk</extracomment>
        <translation>복지과</translation>
    </message>
    <message>
        <source>亡くなった方の福祉医療証・手帳</source>
        <extracomment>the deceased&apos;s welfare cards and certificates</extracomment>
        <translation>고인의 복지의료증·수첩</translation>
    </message>
    <message>
        <source>マイナンバーカードの返納は不要です（死亡により失効。相続の手続きのため個人番号は控えておいてください）</source>
        <extracomment>The My Number card need not be returned (it lapses at death; keep the number for inheritance paperwork)</extracomment>
        <translation>마이넘버카드는 반납하지 않아도 됩니다(사망으로 효력을 잃습니다. 상속 절차를 위해 개인번호를 적어 두십시오)</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <source>Moved to %1 from another municipality</source>
        <translation>다른 시구정촌에서 %1(으)로 이사 왔어요</translation>
    </message>
    <message>
        <source>Moved within %1</source>
        <translation>%1 안에서 이사했어요</translation>
    </message>
    <message>
        <source>Moving out of %1 to another municipality</source>
        <translation>%1에서 다른 시구정촌으로 이사 가요</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Fee: %1 × %2 = %3</source>
        <translation>수수료: %1 × %2통 = %3</translation>
    </message>
    <message>
        <source>Fee to pay at the counter: %1</source>
        <translation>창구에서 지불할 수수료: %1</translation>
    </message>
    <message>
        <source>Read with the verification code B by staff.</source>
        <translation>직원이 조합번호 B로 읽었습니다.</translation>
    </message>
    <message>
        <source>The card&apos;s data is genuine: its signature was checked.</source>
        <translation>카드 정보가 진짜임을 확인했습니다(서명 검증 완료).</translation>
    </message>
    <message>
        <source>The card&apos;s signature was not checked on this kiosk (no key set up).</source>
        <translation>이 단말기에서는 카드 서명을 확인하지 않았습니다(키 미설정).</translation>
    </message>
    <message>
        <source>The card&apos;s data failed its check.</source>
        <translation>카드 정보 확인에 실패했습니다.</translation>
    </message>
</context>
<context>
    <name>StaffConfirmScreen</name>
    <message>
        <source>Pre-entry</source>
        <translation>사전 입력</translation>
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
        <translation>카드 비밀번호가 잠겼습니다</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly 3 times, so the card locked itself to protect you.</source>
        <translation>비밀번호를 3번 연속 잘못 입력하여, 보호를 위해 카드가 잠겼습니다.</translation>
    </message>
    <message>
        <source>the resident registration desk of the city hall where you live</source>
        <translation>거주하시는 시구정촌 관청의 주민기록 창구</translation>
    </message>
    <message>
        <source>The PIN can be reset at %1. Please come in person with this card; the staff will check your identity.</source>
        <translation>비밀번호는 %1에서 다시 설정할 수 있습니다. 이 카드를 가지고 본인이 직접 오십시오. 창구에서 본인 확인을 합니다.</translation>
    </message>
    <message>
        <source>Today, staff can still read the card without the PIN, with the verification code B printed on its front.</source>
        <translation>오늘은 직원이 카드 앞면에 인쇄된 조합번호 B로 비밀번호 없이 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Please take your card and ask at the counter.</source>
        <translation>카드를 가지고 창구에 문의해 주십시오.</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>비밀번호 없이 읽기: 조합번호 B(직원)</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::BusyScreen</name>
    <message>
        <source>Checking your card</source>
        <translation>카드를 확인하고 있습니다</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>카드를 움직이지 마십시오.</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <translation>카드를 읽고 있습니다</translation>
    </message>
    <message>
        <source>Please do not move the card. This takes a moment.</source>
        <translation>카드를 움직이지 마십시오. 잠시 기다려 주십시오.</translation>
    </message>
    <message>
        <source>Saving your request</source>
        <translation>신청을 저장하고 있습니다</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>잠시 기다려 주십시오.</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardFaceDiagram</name>
    <message>
        <source>Diagram of the card&apos;s front: 1 date of birth, 2 expiry year, 3 security code under the photo</source>
        <translation>카드 앞면 그림: 1 생년월일, 2 유효기간 연도, 3 사진 아래의 보안코드</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardProblemScreen</name>
    <message>
        <source>The card cannot be read</source>
        <translation>카드를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Check that it is a My Number card, the right way up, and place it on the reader again.</source>
        <translation>마이넘버카드인지, 방향이 맞는지 확인하고 리더기에 다시 올려 주십시오.</translation>
    </message>
    <message>
        <source>This is not a My Number card</source>
        <translation>마이넘버카드가 아닙니다</translation>
    </message>
    <message>
        <source>Please place your My Number card (個人番号カード). Other cards cannot be used here.</source>
        <translation>마이넘버카드(개인번호카드)를 올려 주십시오. 다른 카드는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The card&apos;s data could not be confirmed</source>
        <translation>카드 정보를 확인할 수 없었습니다</translation>
    </message>
    <message>
        <source>The data on the card did not pass its security check, so it is not used. Please ask the staff.</source>
        <translation>카드 정보가 보안 검사를 통과하지 못해 사용하지 않습니다. 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
        <source>A different card was placed</source>
        <translation>다른 카드가 놓였습니다</translation>
    </message>
    <message>
        <source>This is not the card read first. For your safety everything entered was cleared. Please start again.</source>
        <translation>처음에 읽은 카드가 아닙니다. 안전을 위해 입력한 내용을 모두 지웠습니다. 처음부터 다시 해 주십시오.</translation>
    </message>
    <message>
        <source>The card is in use by another program</source>
        <translation>카드를 다른 프로그램이 사용 중입니다</translation>
    </message>
    <message>
        <source>Please wait a moment and try again, or ask the staff.</source>
        <translation>잠시 후 다시 시도하거나 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
        <source>Reading the card did not work</source>
        <translation>카드를 읽지 못했습니다</translation>
    </message>
    <message>
        <source>Please try again. If it fails again, please ask the staff.</source>
        <translation>다시 시도해 주십시오. 계속 안 되면 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
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
        <translation>연호</translation>
    </message>
    <message>
        <source>Era of the date</source>
        <translation>날짜의 연호</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>년</translation>
    </message>
    <message>
        <source>Year of the date</source>
        <translation>날짜의 연도</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Month of the date</source>
        <translation>날짜의 월</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Day of the date</source>
        <translation>날짜의 일</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation>서력</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>일본 연호</translation>
    </message>
    <message>
        <source>Switches between the Japanese era and the Western calendar</source>
        <translation>일본 연호와 서력을 전환합니다</translation>
    </message>
    <message>
        <source>1st year</source>
        <comment>date picker: 元年</comment>
        <translation>원년</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>date picker: year</comment>
        <translation>%1년</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>date picker: month</comment>
        <translation>%1월</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>date picker: day</comment>
        <translation>%1일</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::DoneScreen</name>
    <message numerus="yes">
        <source>This screen closes by itself in %n second(s).</source>
        <translation>
            <numerusform>이 화면은 %n초 후에 자동으로 닫힙니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>신청이 접수되었습니다</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>Receipt number %1</source>
        <translation>접수번호 %1</translation>
    </message>
    <message>
        <source>Take the printed receipt to the counter. You will be called by this number.</source>
        <translation>인쇄된 접수표를 가지고 창구로 오십시오. 이 번호로 부르겠습니다.</translation>
    </message>
    <message>
        <source>Please wait near the counter. You will be called by this number.</source>
        <translation>창구 근처에서 기다려 주십시오. 이 번호로 부르겠습니다.</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>카드를 잊지 말고 가져가십시오.</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>가져올 것: %1</translation>
    </message>
    <message>
        <source>You may also need these procedures:</source>
        <translation>다음 수속도 필요할 수 있습니다:</translation>
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
        <translation>마치기</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <comment>the rule: within 14 days of moving in</comment>
        <translation>기한: %1</translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <comment>a date, then the rule it comes from</comment>
        <translation>기한: %1까지 (%2)</translation>
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
        <translation>카드 리더기 서비스가 작동하지 않습니다. 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff.</source>
        <translation>카드 리더기가 연결되어 있지 않습니다. 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
        <source>The card reader is ready.</source>
        <translation>카드 리더기가 준비되었습니다.</translation>
    </message>
    <message>
        <source>A card is on the reader. Tap “Start”, or take the card and place it again.</source>
        <translation>리더기에 카드가 있습니다. &apos;시작&apos;을 누르거나 카드를 빼서 다시 올려 주십시오.</translation>
    </message>
    <message>
        <source>The card cannot be read. Check that it is the right way up and place it again.</source>
        <translation>카드를 읽을 수 없습니다. 방향을 확인하고 다시 올려 주십시오.</translation>
    </message>
    <message>
        <source>Please place your My Number card on the reader</source>
        <translation>마이넘버카드를 리더기에 올려 주십시오</translation>
    </message>
    <message>
        <source>Nothing to write by hand: your forms are filled in from the card.</source>
        <translation>손으로 쓸 필요가 없습니다. 카드 정보로 신청서를 작성합니다.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
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
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clears everything entered</source>
        <translation>입력한 것을 모두 지웁니다</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>한 글자 지우기</translation>
    </message>
    <message>
        <source>Deletes the last character</source>
        <translation>마지막 한 글자를 지웁니다</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>하이픈</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::KioskWindow</name>
    <message>
        <source>End here and clear everything?</source>
        <translation>여기서 끝내고 모두 지울까요?</translation>
    </message>
    <message>
        <source>What you have entered so far will be deleted, and the first screen comes back.</source>
        <translation>지금까지 입력한 내용이 지워지고 처음 화면으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>No, continue</source>
        <translation>아니요, 계속할게요</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>네, 끝내고 지우기</translation>
    </message>
    <message>
        <source>Your pre-entry code was read. Place your My Number card on the reader; you will enter your PIN as usual.</source>
        <translation>사전 입력 QR 코드를 읽었습니다. 마이넘버 카드를 리더기에 올려 주세요. 비밀번호는 평소대로 입력합니다.</translation>
    </message>
    <message>
        <source>This QR code is not a pre-entry code of this city.</source>
        <translation>이 QR 코드는 이 시의 사전 입력 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>The QR code could not be read completely. Show it again, or answer the questions here.</source>
        <translation>QR 코드를 끝까지 읽지 못했습니다. 다시 대거나 여기에서 질문에 답해 주세요.</translation>
    </message>
    <message>
        <source>This pre-entry code is older than 30 days. Please answer the questions here.</source>
        <translation>이 사전 입력 코드는 30일이 지났습니다. 여기에서 질문에 답해 주세요.</translation>
    </message>
    <message>
        <source>This pre-entry code was made for newer forms than this kiosk has. Please answer the questions here.</source>
        <translation>이 사전 입력 코드는 이 단말기보다 새로운 양식으로 만들어졌습니다. 여기에서 질문에 답해 주세요.</translation>
    </message>
    <message>
        <source>This QR code cannot be used. Please answer the questions here.</source>
        <translation>이 QR 코드는 사용할 수 없습니다. 여기에서 질문에 답해 주세요.</translation>
    </message>
    <message>
        <source>No-writing counter</source>
        <translation>쓰지 않는 창구</translation>
    </message>
    <message>
        <source>Choose the language</source>
        <translation>언어 선택</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>용건</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>현재 단계</translation>
    </message>
    <message>
        <source>Reader: service not running</source>
        <translation>리더기: 서비스 정지</translation>
    </message>
    <message>
        <source>Reader: not connected</source>
        <translation>리더기: 연결 안 됨</translation>
    </message>
    <message>
        <source>Reader: ready</source>
        <translation>리더기: 준비됨</translation>
    </message>
    <message>
        <source>Reader: card in place</source>
        <translation>리더기: 카드 있음</translation>
    </message>
    <message>
        <source>Reader: card unreadable</source>
        <translation>리더기: 카드를 읽을 수 없음</translation>
    </message>
    <message>
        <source>Counter mode</source>
        <translation>창구 모드</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>셀프 모드</translation>
    </message>
    <message>
        <source>Back office: not connected (no queue set up)</source>
        <translation>백오피스: 연결 안 됨(대기열 미설정)</translation>
    </message>
    <message numerus="yes">
        <source>Back office: online, %n waiting</source>
        <translation>
            <numerusform>백오피스: 온라인, 전송 대기 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OFFLINE: %n waiting since %1</source>
        <translation>
            <numerusform>오프라인: %1부터 %n건 전송 대기</numerusform>
        </translation>
    </message>
    <message>
        <source>OFFLINE: nothing waiting</source>
        <translation>오프라인: 전송 대기 없음</translation>
    </message>
    <message numerus="yes">
        <source>, %n set aside (call IT)</source>
        <translation>
            <numerusform>, %n건 보류 (IT 담당자에게 연락)</numerusform>
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
            <numerusform>아직 이용 중이십니까?
화면을 누르지 않으면 %n초 후에 모두 지워집니다.</numerusform>
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
        <translation>남은 기회는 1번입니다</translation>
    </message>
    <message>
        <source>If the next PIN is wrong, the card locks. It can then only be unlocked at the counter of the city hall, in person.</source>
        <translation>다음 비밀번호가 틀리면 카드가 잠깁니다. 잠기면 본인이 시구정촌 관청 창구에 직접 가야만 풀 수 있습니다.</translation>
    </message>
    <message>
        <source>If you are not sure of your PIN, do not enter it. Please ask the staff instead.</source>
        <translation>비밀번호가 확실하지 않으면 입력하지 마시고 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
        <source>I am sure: enter the PIN</source>
        <translation>확실합니다: 비밀번호 입력</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>비밀번호 없이 읽기: 조합번호 B(직원)</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinDots</name>
    <message numerus="yes">
        <source>%n of %1 digits entered</source>
        <translation>
            <numerusform>%1자리 중 %n자리 입력됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinScreen</name>
    <message>
        <source>Enter your PIN again to read your individual number</source>
        <translation>개인번호를 읽기 위해 비밀번호를 다시 입력해 주십시오</translation>
    </message>
    <message>
        <source>Enter your 4-digit PIN</source>
        <translation>4자리 비밀번호를 입력해 주십시오</translation>
    </message>
    <message>
        <source>The PIN for filling in forms from the card (券面事項入力補助用暗証番号), 4 digits.</source>
        <translation>카드로 신청서를 작성하기 위한 비밀번호(권면사항 입력보조용 비밀번호), 4자리입니다.</translation>
    </message>
    <message numerus="yes">
        <source>You can enter it %n more time(s). After 3 wrong PINs in a row the card locks.</source>
        <translation>
            <numerusform>앞으로 %n번 입력할 수 있습니다. 3번 연속 틀리면 카드가 잠깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>After 3 wrong PINs in a row the card locks.</source>
        <translation>3번 연속 틀리면 카드가 잠깁니다.</translation>
    </message>
    <message>
        <source>That PIN was wrong. Please check it and enter it again.</source>
        <translation>비밀번호가 틀렸습니다. 확인하고 다시 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Staff never ask for your PIN. Only dots are shown while you type.</source>
        <translation>직원은 절대로 비밀번호를 묻지 않습니다. 입력 중에는 점만 표시됩니다.</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>비밀번호 없이 읽기: 조합번호 B(직원)</translation>
    </message>
    <message>
        <source>Staff read the card with the verification code B printed on its front</source>
        <translation>직원이 카드 앞면의 조합번호 B로 읽습니다</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ProcedureScreen</name>
    <message>
        <source>A copy of my residence record</source>
        <translation>주민표 사본이 필요해요</translation>
    </message>
    <message>
        <source>My seal registration certificate</source>
        <translation>인감등록증명서가 필요해요</translation>
    </message>
    <message>
        <source>A family register certificate</source>
        <translation>호적 증명서가 필요해요</translation>
    </message>
    <message>
        <source>A tax or income certificate</source>
        <translation>세금·소득 증명서가 필요해요</translation>
    </message>
    <message>
        <source>What would you like to do today?</source>
        <translation>오늘은 어떤 용건으로 오셨습니까?</translation>
    </message>
    <message>
        <source>Card read: %1</source>
        <translation>읽은 카드: %1</translation>
    </message>
    <message>
        <source>Card data checked</source>
        <translation>카드 정보 확인됨</translation>
    </message>
    <message>
        <source>Card data read</source>
        <translation>카드 정보 읽음</translation>
    </message>
    <message>
        <source>Something happened in your life</source>
        <translation>생활 속 일에서 선택</translation>
    </message>
    <message>
        <source>Certificates and notifications (choose one or more)</source>
        <translation>증명서·신고에서 선택(여러 개 가능)</translation>
    </message>
    <message>
        <source>Fills in: %1</source>
        <translation>작성 서류: %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>A change in my household</source>
        <translation>세대 변경</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::QuestionsScreen</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>A few questions about your move</source>
        <translation>이사에 관한 몇 가지 질문</translation>
    </message>
    <message>
        <source>Your answers only decide which other procedures we list for you. Skip a question if it does not apply.</source>
        <translation>답변은 그 밖에 필요한 수속을 안내하는 데에만 사용합니다. 해당하지 않는 질문은 건너뛰어도 됩니다.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ReaderIllustration</name>
    <message>
        <source>Picture: a card placed flat on the card reader</source>
        <translation>그림: 카드를 리더기 위에 평평하게 올려놓는 모습</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ResidentConfirmScreen</name>
    <message>
        <source>Please check your request</source>
        <translation>신청 내용을 확인해 주십시오</translation>
    </message>
    <message>
        <source>This is what will be submitted. If it is right, tap “Yes, submit”.</source>
        <translation>이 내용으로 신청합니다. 맞으면 &apos;예, 신청합니다&apos;를 눌러 주십시오.</translation>
    </message>
    <message>
        <source>Yes, submit</source>
        <translation>예, 신청합니다</translation>
    </message>
    <message>
        <source>Fix something</source>
        <translation>고치기</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ReviewScreen</name>
    <message>
        <source>The address on your card is already in %1. A move within %1 is notified with a 転居届.</source>
        <translation>카드의 주소가 이미 %1 안에 있습니다. %1 안에서의 이사는 전거신고(転居届)입니다.</translation>
    </message>
    <message>
        <source>The address on your card is not in %1. Moving here from another municipality is notified with a 転入届.</source>
        <translation>카드의 주소가 %1 밖에 있습니다. 다른 시구정촌에서 이사 온 경우는 전입신고(転入届)입니다.</translation>
    </message>
    <message>
        <source>The address on your card does not fit this procedure.</source>
        <translation>카드의 주소가 이 절차와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Switch to: %1</source>
        <translation>다음으로 바꾸기: %1</translation>
    </message>
    <message>
        <source>Your answers that fit are kept</source>
        <translation>해당되는 답변은 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>Please check the items marked in red.</source>
        <translation>빨간 표시가 있는 항목을 확인해 주십시오.</translation>
    </message>
    <message>
        <source>Form %1 of %2 · Check what came from your card, then answer the questions below.</source>
        <translation>서류 %1 / %2 · 카드에서 읽은 내용을 확인하고 아래 질문에 답해 주십시오.</translation>
    </message>
    <message>
        <source>From your card</source>
        <translation>카드에서 읽은 내용</translation>
    </message>
    <message>
        <source>This form needs details that are entered at the counter. Please take your card to the counter; the staff will help you.</source>
        <translation>이 서류에는 창구에서 입력하는 항목이 있습니다. 카드를 가지고 창구로 오십시오. 직원이 도와드립니다.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Check the summary</source>
        <translation>확인 화면으로</translation>
    </message>
    <message>
        <source>Next form</source>
        <translation>다음 서류로</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Screen</name>
    <message>
        <source>Quit</source>
        <translation>그만두기</translation>
    </message>
    <message>
        <source>Asks first, then ends and clears everything</source>
        <translation>먼저 확인한 다음 모두 지우고 끝냅니다</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Spinner</name>
    <message>
        <source>Working</source>
        <translation>처리 중</translation>
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
        <translation>카드에서 읽은 내용의 정정은 직원만 할 수 있습니다. 직원을 불러 주세요.</translation>
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
        <translation>직원 로그인</translation>
    </message>
    <message>
        <source>Reading the card with the verification code B is for staff only.</source>
        <translation>照合番号Bでの読み取りは職員専用です。</translation>
    </message>
    <message>
        <source>A staff member confirms the request before it is accepted. Please call the staff.</source>
        <translation>신청은 직원이 확인한 후 접수합니다. 직원을 불러 주십시오.</translation>
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
        <translation>인증 앱의 확인 코드(6자리)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>확인 코드</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Stepper</name>
    <message>
        <source>Fewer: %1</source>
        <translation>줄이기: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>늘리기: %1</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::SubmitFailedScreen</name>
    <message>
        <source>The request could not be saved</source>
        <translation>신청을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Nothing was accepted yet. Please ask the staff; you can also try again.</source>
        <translation>아직 접수되지 않았습니다. 직원에게 문의해 주십시오. 다시 시도할 수도 있습니다.</translation>
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
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::TouchKeyboard</name>
    <message>
        <source>Next</source>
        <translation>다음 후보</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>한자 변환</translation>
    </message>
    <message>
        <source>Shows the next kanji for the highlighted part</source>
        <translation>선택한 부분의 다음 한자를 보여 줍니다</translation>
    </message>
    <message>
        <source>Converts the kana to kanji</source>
        <translation>가나를 한자로 변환합니다</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>작은 글자</translation>
    </message>
    <message>
        <source>Makes the last kana small (っ, ゃ)</source>
        <translation>마지막 가나를 작은 글자로 바꿉니다 (っ, ゃ)</translation>
    </message>
    <message>
        <source>Voiced mark</source>
        <translation>탁음 부호</translation>
    </message>
    <message>
        <source>Semi-voiced mark</source>
        <translation>반탁음 부호</translation>
    </message>
    <message>
        <source>a / A</source>
        <translation>a / A</translation>
    </message>
    <message>
        <source>Switches between capital and small letters</source>
        <translation>대문자와 소문자를 바꿉니다</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Deletes the last character</source>
        <translation>마지막 글자를 지웁니다</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>띄어쓰기</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Puts the text into the field</source>
        <translation>입력 중인 글자를 칸에 넣습니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Closes the keyboard</source>
        <translation>키보드를 닫습니다</translation>
    </message>
    <message>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>Shows more kanji</source>
        <translation>다른 한자를 보여 줍니다</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>앞 부분</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>다음 부분</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>히라가나</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>가타카나</translation>
    </message>
    <message>
        <source>Letters and digits</source>
        <translation>영문과 숫자</translation>
    </message>
</context>
</TS>
