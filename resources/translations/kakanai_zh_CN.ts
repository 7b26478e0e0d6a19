<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FieldEditor</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
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
        <translation>无法使用邮政编码列表。请询问工作人员。</translation>
    </message>
    <message>
        <source>No address has this postal code. Please check the number.</source>
        <translation>没有这个邮政编码的地址。请确认号码。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Enters the address again</source>
        <translation>重新输入地址</translation>
    </message>
    <message>
        <source>This is the address</source>
        <translation>就是这个地址</translation>
    </message>
    <message>
        <source>1. Enter the postal code (7 digits)</source>
        <translation>1. 请输入邮政编码（7位）</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>2. Tap your town</source>
        <translation>2. 请选择町名</translation>
    </message>
    <message>
        <source>3. Enter the block and house number (丁目・番地・号) with the hyphen key, e.g. 4-2-8</source>
        <translation>3. 请用连字符键分隔输入丁目・番地・号（例：4-2-8）</translation>
    </message>
    <message>
        <source>%1 — %2 (the card holder)</source>
        <translation>%1 — %2（持卡人）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Removes this person</source>
        <translation>删除此人</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>添加：%1</translation>
    </message>
    <message>
        <source>Not read (read it only if this procedure needs it)</source>
        <translation>未读取（仅在本手续需要时读取）</translation>
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
        <translation>修改（工作人员）</translation>
    </message>
    <message>
        <source>Staff correct a value read from the card</source>
        <translation>カードから読み取った値を職員が修正します</translation>
    </message>
    <message>
        <source>Read from the card (PIN)</source>
        <translation>从卡读取（需要密码）</translation>
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
        <translation>印鉴登记证明书申请表</translation>
    </message>
    <message>
        <source>登録者</source>
        <extracomment>Registrant</extracomment>
        <translation>登记人</translation>
    </message>
    <message>
        <source>窓口に来た方</source>
        <extracomment>Person at the counter</extracomment>
        <translation>来窗口办理的人</translation>
    </message>
    <message>
        <source>申請の内容</source>
        <extracomment>Application</extracomment>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>窓口に来た方 氏名</source>
        <extracomment>person at the counter name</extracomment>
        <translation>来窗口办理的人 姓名</translation>
    </message>
    <message>
        <source>窓口に来た方 住所</source>
        <extracomment>person at the counter address</extracomment>
        <translation>来窗口办理的人 住址</translation>
    </message>
    <message>
        <source>窓口に来た方 生年月日</source>
        <extracomment>person at the counter date of birth</extracomment>
        <translation>来窗口办理的人 出生日期</translation>
    </message>
    <message>
        <source>窓口に来た方が登録者本人</source>
        <extracomment>the person at the counter is the registrant</extracomment>
        <translation>来窗口办理的人就是登记人本人</translation>
    </message>
    <message>
        <source>登録者 氏名</source>
        <extracomment>registrant name</extracomment>
        <translation>登记人 姓名</translation>
    </message>
    <message>
        <source>登録者 住所</source>
        <extracomment>registrant address</extracomment>
        <translation>登记人 住址</translation>
    </message>
    <message>
        <source>登録者 生年月日</source>
        <extracomment>registrant date of birth</extracomment>
        <translation>登记人 出生日期</translation>
    </message>
    <message>
        <source>印鑑登録番号</source>
        <extracomment>seal registration number</extracomment>
        <translation>印鉴登记号码</translation>
    </message>
    <message>
        <source>印鑑登録証の提示</source>
        <extracomment>seal registration card presented</extracomment>
        <translation>出示印鉴登记证</translation>
    </message>
    <message>
        <source>印鑑登録証がないと交付できません</source>
        <extracomment>no certificate without the registration card</extracomment>
        <translation>没有印鉴登记证不能发放</translation>
    </message>
    <message>
        <source>通数</source>
        <extracomment>copies</extracomment>
        <translation>份数</translation>
    </message>
    <message>
        <source>使いみち</source>
        <extracomment>purpose</extracomment>
        <translation>用途</translation>
    </message>
    <message>
        <source>住民票の写し等交付請求書</source>
        <extracomment>Request for a copy of the residence record</extracomment>
        <translation>住民票副本等申请表</translation>
    </message>
    <message>
        <source>請求者・窓口に来た方</source>
        <extracomment>Requester and person at the counter</extracomment>
        <translation>申请人和来窗口办理的人</translation>
    </message>
    <message>
        <source>請求の対象</source>
        <extracomment>Subject</extracomment>
        <translation>申请对象</translation>
    </message>
    <message>
        <source>請求の内容</source>
        <extracomment>Request</extracomment>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>職員記入欄</source>
        <extracomment>For staff</extracomment>
        <translation>职员填写栏</translation>
    </message>
    <message>
        <source>請求者と対象者の関係</source>
        <extracomment>requester&apos;s relation to the subject</extracomment>
        <translation>申请人与对象人的关系</translation>
    </message>
    <message>
        <source>住民基本台帳法第12条・第12条の3</source>
        <extracomment>Basic Resident Registration Act art. 12 and 12-3</extracomment>
        <translation>《居民基本台账法》第12条、第12条之3</translation>
    </message>
    <message>
        <source>本人</source>
        <extracomment>the person themselves</extracomment>
        <translation>本人</translation>
    </message>
    <message>
        <source>同一世帯の方</source>
        <extracomment>member of the same household</extracomment>
        <translation>同一户的人</translation>
    </message>
    <message>
        <source>代理人（委任状）</source>
        <extracomment>proxy with a power of attorney</extracomment>
        <translation>代理人（有委托书）</translation>
    </message>
    <message>
        <source>第三者（正当な理由）</source>
        <extracomment>third party with a legitimate reason</extracomment>
        <translation>第三方（有正当理由）</translation>
    </message>
    <message>
        <source>窓口に来た方 電話番号</source>
        <extracomment>person at the counter: phone</extracomment>
        <translation>来窗口办理的人 电话号码</translation>
    </message>
    <message>
        <source>請求者 氏名</source>
        <extracomment>requester name</extracomment>
        <translation>申请人 姓名</translation>
    </message>
    <message>
        <source>請求者 住所</source>
        <extracomment>requester address</extracomment>
        <translation>申请人 住址</translation>
    </message>
    <message>
        <source>請求者 生年月日</source>
        <extracomment>requester date of birth</extracomment>
        <translation>申请人 出生日期</translation>
    </message>
    <message>
        <source>対象者は請求者と同じ</source>
        <extracomment>the subject is the requester</extracomment>
        <translation>对象人与申请人相同</translation>
    </message>
    <message>
        <source>請求の対象とする者 氏名</source>
        <extracomment>subject of the request name</extracomment>
        <translation>申请对象人 姓名</translation>
    </message>
    <message>
        <source>請求の対象とする者 住所</source>
        <extracomment>subject of the request address</extracomment>
        <translation>申请对象人 住址</translation>
    </message>
    <message>
        <source>請求の対象とする者 生年月日</source>
        <extracomment>subject of the request date of birth</extracomment>
        <translation>申请对象人 出生日期</translation>
    </message>
    <message>
        <source>世帯全員・一部</source>
        <extracomment>whole household or some members</extracomment>
        <translation>全户或部分成员</translation>
    </message>
    <message>
        <source>世帯全員（謄本）</source>
        <extracomment>whole household</extracomment>
        <translation>全户（誊本）</translation>
    </message>
    <message>
        <source>世帯の一部（抄本）</source>
        <extracomment>some members</extracomment>
        <translation>户内部分成员（抄本）</translation>
    </message>
    <message>
        <source>必要な方</source>
        <extracomment>persons to include</extracomment>
        <translation>需要记载的人</translation>
    </message>
    <message>
        <source>氏名</source>
        <extracomment>name</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>生年月日</source>
        <extracomment>date of birth</extracomment>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>種類</source>
        <extracomment>kind</extracomment>
        <translation>种类</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <extracomment>copy of the residence record</extracomment>
        <translation>住民票副本</translation>
    </message>
    <message>
        <source>住民票の除票の写し</source>
        <extracomment>copy of a removed residence record</extracomment>
        <translation>已注销住民票副本</translation>
    </message>
    <message>
        <source>住民票記載事項証明書</source>
        <extracomment>certificate of recorded items</extracomment>
        <translation>住民票记载事项证明书</translation>
    </message>
    <message>
        <source>記載する項目</source>
        <extracomment>optional items</extracomment>
        <translation>记载项目</translation>
    </message>
    <message>
        <source>載せない項目は省略されます</source>
        <extracomment>items not chosen are omitted</extracomment>
        <translation>未选择的项目将被省略</translation>
    </message>
    <message>
        <source>世帯主・続柄</source>
        <extracomment>head of household and relation</extracomment>
        <translation>户主・与户主的关系</translation>
    </message>
    <message>
        <source>本籍・筆頭者</source>
        <extracomment>registered domicile and head of the family register</extracomment>
        <translation>本籍・户籍笔头人</translation>
    </message>
    <message>
        <source>個人番号</source>
        <extracomment>individual number</extracomment>
        <translation>个人编号</translation>
    </message>
    <message>
        <source>住民票コード</source>
        <extracomment>residence record code</extracomment>
        <translation>住民票代码</translation>
    </message>
    <message>
        <source>提出先</source>
        <extracomment>submitted to</extracomment>
        <translation>提交单位</translation>
    </message>
    <message>
        <source>正当な理由</source>
        <extracomment>legitimate reason</extracomment>
        <translation>正当理由</translation>
    </message>
    <message>
        <source>委任状</source>
        <extracomment>power of attorney presented</extracomment>
        <translation>委托书</translation>
    </message>
    <message>
        <source>広域交付（住所地以外の市区町村で請求）</source>
        <extracomment>wide-area issuance (at another municipality)</extracomment>
        <translation>广域发放（在住址以外的市区町村申请）</translation>
    </message>
    <message>
        <source>交付方法</source>
        <extracomment>delivery</extracomment>
        <translation>发放方式</translation>
    </message>
    <message>
        <source>窓口で交付</source>
        <extracomment>handed over at the counter</extracomment>
        <translation>在窗口领取</translation>
    </message>
    <message>
        <source>住所地へ郵送</source>
        <extracomment>mailed to the resident&apos;s address</extracomment>
        <translation>邮寄到住址</translation>
    </message>
    <message>
        <source>戸籍証明書等請求書</source>
        <extracomment>Request for family register certificates</extracomment>
        <translation>户籍证明书等申请表</translation>
    </message>
    <message>
        <source>請求する戸籍</source>
        <extracomment>Register requested</extracomment>
        <translation>申请的户籍</translation>
    </message>
    <message>
        <source>請求者</source>
        <extracomment>Requester</extracomment>
        <translation>申请人</translation>
    </message>
    <message>
        <source>代理人の場合</source>
        <extracomment>When a proxy requests</extracomment>
        <translation>由代理人申请时</translation>
    </message>
    <message>
        <source>本籍</source>
        <extracomment>registered domicile</extracomment>
        <translation>本籍（户籍所在地）</translation>
    </message>
    <message>
        <source>筆頭者</source>
        <extracomment>head of the family register</extracomment>
        <translation>户籍笔头人</translation>
    </message>
    <message>
        <source>証明書の種類</source>
        <extracomment>kind of certificate</extracomment>
        <translation>证明书种类</translation>
    </message>
    <message>
        <source>戸籍全部事項証明書（謄本）</source>
        <extracomment>full family register</extracomment>
        <translation>户籍全部事项证明书（誊本）</translation>
    </message>
    <message>
        <source>戸籍個人事項証明書（抄本）</source>
        <extracomment>individual extract</extracomment>
        <translation>户籍个人事项证明书（抄本）</translation>
    </message>
    <message>
        <source>除籍全部事項証明書</source>
        <extracomment>full removed register</extracomment>
        <translation>除籍全部事项证明书</translation>
    </message>
    <message>
        <source>除籍個人事項証明書</source>
        <extracomment>removed register extract</extracomment>
        <translation>除籍个人事项证明书</translation>
    </message>
    <message>
        <source>改製原戸籍謄本</source>
        <extracomment>pre-revision register</extracomment>
        <translation>改制原户籍誊本</translation>
    </message>
    <message>
        <source>戸籍の附票の写し</source>
        <extracomment>family register annex (addresses)</extracomment>
        <translation>户籍附票副本</translation>
    </message>
    <message>
        <source>身分証明書</source>
        <extracomment>certificate of legal capacity</extracomment>
        <translation>身份证明书</translation>
    </message>
    <message>
        <source>独身証明書</source>
        <extracomment>certificate of single status</extracomment>
        <translation>单身证明书</translation>
    </message>
    <message>
        <source>受理証明書</source>
        <extracomment>certificate of acceptance</extracomment>
        <translation>受理证明书</translation>
    </message>
    <message>
        <source>請求者の区分</source>
        <extracomment>requester category</extracomment>
        <translation>申请人类别</translation>
    </message>
    <message>
        <source>戸籍法第10条・第10条の2</source>
        <extracomment>Family Register Act art. 10 and 10-2</extracomment>
        <translation>《户籍法》第10条、第10条之2</translation>
    </message>
    <message>
        <source>本人・配偶者・直系の親族</source>
        <extracomment>the person, spouse or lineal relative</extracomment>
        <translation>本人・配偶・直系亲属</translation>
    </message>
    <message>
        <source>自己の権利行使・義務履行</source>
        <extracomment>exercising a right or fulfilling a duty</extracomment>
        <translation>行使自己的权利・履行义务</translation>
    </message>
    <message>
        <source>国・地方公共団体への提出</source>
        <extracomment>submission to a government body</extracomment>
        <translation>向国家或地方政府提交</translation>
    </message>
    <message>
        <source>筆頭者・対象者との続柄</source>
        <extracomment>relationship to the person in the register</extracomment>
        <translation>与户籍笔头人・对象人的关系</translation>
    </message>
    <message>
        <source>配偶者</source>
        <extracomment>spouse</extracomment>
        <translation>配偶</translation>
    </message>
    <message>
        <source>直系尊属（父母・祖父母）</source>
        <extracomment>lineal ascendant</extracomment>
        <translation>直系尊亲属（父母・祖父母）</translation>
    </message>
    <message>
        <source>直系卑属（子・孫）</source>
        <extracomment>lineal descendant</extracomment>
        <translation>直系卑亲属（子女・孙子女）</translation>
    </message>
    <message>
        <source>権利・義務の発生原因と内容</source>
        <extracomment>the right or duty and its cause</extracomment>
        <translation>权利・义务的产生原因和内容</translation>
    </message>
    <message>
        <source>戸籍の記載事項の利用目的</source>
        <extracomment>why the register is needed</extracomment>
        <translation>户籍记载事项的用途</translation>
    </message>
    <message>
        <source>提出先の機関</source>
        <extracomment>government body</extracomment>
        <translation>提交的机关</translation>
    </message>
    <message>
        <source>提出先での利用目的</source>
        <extracomment>purpose at that body</extracomment>
        <translation>在提交机关的用途</translation>
    </message>
    <message>
        <source>委任者 氏名</source>
        <extracomment>principal name</extracomment>
        <translation>委托人 姓名</translation>
    </message>
    <message>
        <source>委任者 住所</source>
        <extracomment>principal address</extracomment>
        <translation>委托人 住址</translation>
    </message>
    <message>
        <source>委任者 生年月日</source>
        <extracomment>principal date of birth</extracomment>
        <translation>委托人 出生日期</translation>
    </message>
    <message>
        <source>広域交付（本籍地以外で請求）</source>
        <extracomment>wide-area issuance (outside the registered domicile)</extracomment>
        <translation>广域发放（在本籍地以外申请）</translation>
    </message>
    <message>
        <source>住民異動届（転居届）</source>
        <extracomment>Notification of moving within the municipality</extracomment>
        <translation>住民异动申报（迁居申报）</translation>
    </message>
    <message>
        <source>届出</source>
        <extracomment>Notification</extracomment>
        <translation>申报</translation>
    </message>
    <message>
        <source>住所</source>
        <extracomment>Address</extracomment>
        <translation>住址</translation>
    </message>
    <message>
        <source>世帯</source>
        <extracomment>Household</extracomment>
        <translation>户</translation>
    </message>
    <message>
        <source>届出人</source>
        <extracomment>Notifier</extracomment>
        <translation>申报人</translation>
    </message>
    <message>
        <source>届出年月日</source>
        <extracomment>date of notification</extracomment>
        <translation>申报日期</translation>
    </message>
    <message>
        <source>転居をした年月日</source>
        <extracomment>date of moving</extracomment>
        <translation>迁居日期</translation>
    </message>
    <message>
        <source>新しい住所 郵便番号</source>
        <extracomment>new address: postal code</extracomment>
        <translation>新住址 邮政编码</translation>
    </message>
    <message>
        <source>新しい住所</source>
        <extracomment>new address</extracomment>
        <translation>新住址</translation>
    </message>
    <message>
        <source>新しい住所 方書</source>
        <extracomment>new address: building and room (katagaki)</extracomment>
        <translation>新住址 楼名・房间号</translation>
    </message>
    <message>
        <source>従前の住所</source>
        <extracomment>previous address</extracomment>
        <translation>原住址</translation>
    </message>
    <message>
        <source>世帯主 氏名</source>
        <extracomment>head of household</extracomment>
        <translation>户主 姓名</translation>
    </message>
    <message>
        <source>異動する方に世帯主がいない場合（既存の世帯に入る場合）</source>
        <extracomment>when none of the persons moving is the head</extracomment>
        <translation>异动人员中没有户主时（加入现有的户）</translation>
    </message>
    <message>
        <source>異動する方</source>
        <extracomment>persons moving</extracomment>
        <translation>异动的人</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <extracomment>name in katakana</extracomment>
        <translation>假名读音</translation>
    </message>
    <message>
        <source>外国人住民は西暦で記入できます</source>
        <extracomment>foreign residents may use the Western calendar</extracomment>
        <translation>外国居民可以用公历填写</translation>
    </message>
    <message>
        <source>性別</source>
        <extracomment>sex</extracomment>
        <translation>性别</translation>
    </message>
    <message>
        <source>男</source>
        <extracomment>male</extracomment>
        <translation>男</translation>
    </message>
    <message>
        <source>女</source>
        <extracomment>female</extracomment>
        <translation>女</translation>
    </message>
    <message>
        <source>世帯主との続柄</source>
        <extracomment>relation to the head of household</extracomment>
        <translation>与户主的关系</translation>
    </message>
    <message>
        <source>住民票の書き方で、世帯主から見た続柄を選んでください（「その他」はありません。親族でない方は縁故者又は同居人）。</source>
        <extracomment>The relationship to the head of household as the residence record writes it (there is no &quot;other&quot;: someone not listed is 縁故者 or 同居人).</extracomment>
        <translation>请按住民票的写法选择与户主的关系（没有“其他”：不在列表中的人为缘故者或同居人）。</translation>
    </message>
    <message>
        <source>世帯主</source>
        <extracomment>head of household</extracomment>
        <translation>户主</translation>
    </message>
    <message>
        <source>妻</source>
        <extracomment>wife</extracomment>
        <translation>妻</translation>
    </message>
    <message>
        <source>夫</source>
        <extracomment>husband</extracomment>
        <translation>夫</translation>
    </message>
    <message>
        <source>子</source>
        <extracomment>child</extracomment>
        <translation>子女</translation>
    </message>
    <message>
        <source>父</source>
        <extracomment>father</extracomment>
        <translation>父</translation>
    </message>
    <message>
        <source>母</source>
        <extracomment>mother</extracomment>
        <translation>母</translation>
    </message>
    <message>
        <source>兄</source>
        <extracomment>elder brother</extracomment>
        <translation>兄</translation>
    </message>
    <message>
        <source>姉</source>
        <extracomment>elder sister</extracomment>
        <translation>姐</translation>
    </message>
    <message>
        <source>弟</source>
        <extracomment>younger brother</extracomment>
        <translation>弟</translation>
    </message>
    <message>
        <source>妹</source>
        <extracomment>younger sister</extracomment>
        <translation>妹</translation>
    </message>
    <message>
        <source>子の妻</source>
        <extracomment>child&apos;s wife</extracomment>
        <translation>子女之妻</translation>
    </message>
    <message>
        <source>子の夫</source>
        <extracomment>child&apos;s husband</extracomment>
        <translation>子女之夫</translation>
    </message>
    <message>
        <source>孫</source>
        <extracomment>grandchild</extracomment>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>祖父</source>
        <extracomment>grandfather</extracomment>
        <translation>祖父</translation>
    </message>
    <message>
        <source>祖母</source>
        <extracomment>grandmother</extracomment>
        <translation>祖母</translation>
    </message>
    <message>
        <source>妻の父</source>
        <extracomment>wife&apos;s father</extracomment>
        <translation>妻子的父亲</translation>
    </message>
    <message>
        <source>妻の母</source>
        <extracomment>wife&apos;s mother</extracomment>
        <translation>妻子的母亲</translation>
    </message>
    <message>
        <source>夫の父</source>
        <extracomment>husband&apos;s father</extracomment>
        <translation>丈夫的父亲</translation>
    </message>
    <message>
        <source>夫の母</source>
        <extracomment>husband&apos;s mother</extracomment>
        <translation>丈夫的母亲</translation>
    </message>
    <message>
        <source>縁故者</source>
        <extracomment>other relative or connection (縁故者)</extracomment>
        <translation>缘故者（其他亲属等）</translation>
    </message>
    <message>
        <source>同居人</source>
        <extracomment>lodger (同居人)</extracomment>
        <translation>同住人</translation>
    </message>
    <message>
        <source>妻（未届）</source>
        <extracomment>wife (common-law, 未届)</extracomment>
        <translation>妻（未登记）</translation>
    </message>
    <message>
        <source>夫（未届）</source>
        <extracomment>husband (common-law, 未届)</extracomment>
        <translation>夫（未登记）</translation>
    </message>
    <message>
        <source>外国人住民</source>
        <extracomment>foreign resident</extracomment>
        <translation>外国居民</translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <extracomment>nationality or region</extracomment>
        <translation>国籍・地区</translation>
    </message>
    <message>
        <source>第30条の45に規定する区分</source>
        <extracomment>category under art. 30-45</extracomment>
        <translation>第30条之45规定的类别</translation>
    </message>
    <message>
        <source>中長期在留者</source>
        <extracomment>mid- to long-term resident</extracomment>
        <translation>中长期在留者</translation>
    </message>
    <message>
        <source>特別永住者</source>
        <extracomment>special permanent resident</extracomment>
        <translation>特别永住者</translation>
    </message>
    <message>
        <source>一時庇護許可者</source>
        <extracomment>temporary refuge</extracomment>
        <translation>临时庇护许可者</translation>
    </message>
    <message>
        <source>仮滞在許可者</source>
        <extracomment>provisional stay</extracomment>
        <translation>临时滞留许可者</translation>
    </message>
    <message>
        <source>出生による経過滞在者</source>
        <extracomment>transitional stay by birth</extracomment>
        <translation>因出生而过渡滞留者</translation>
    </message>
    <message>
        <source>国籍喪失による経過滞在者</source>
        <extracomment>transitional stay by loss of nationality</extracomment>
        <translation>因丧失国籍而过渡滞留者</translation>
    </message>
    <message>
        <source>在留資格</source>
        <extracomment>status of residence</extracomment>
        <translation>在留资格</translation>
    </message>
    <message>
        <source>在留期間</source>
        <extracomment>period of stay</extracomment>
        <translation>在留期间</translation>
    </message>
    <message>
        <source>在留期間の満了の日</source>
        <extracomment>expiry of the period of stay</extracomment>
        <translation>在留期间届满日</translation>
    </message>
    <message>
        <source>在留カード等の番号</source>
        <extracomment>residence card number</extracomment>
        <translation>在留卡等的号码</translation>
    </message>
    <message>
        <source>異動する本人</source>
        <extracomment>a person moving</extracomment>
        <translation>异动的本人</translation>
    </message>
    <message>
        <source>世帯員</source>
        <extracomment>household member</extracomment>
        <translation>户内成员</translation>
    </message>
    <message>
        <source>届出人 氏名</source>
        <extracomment>notifier&apos;s name</extracomment>
        <translation>申报人 姓名</translation>
    </message>
    <message>
        <source>連絡先電話番号</source>
        <extracomment>phone</extracomment>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>住民異動届（転入届）</source>
        <extracomment>Notification of moving in</extracomment>
        <translation>住民异动申报（迁入申报）</translation>
    </message>
    <message>
        <source>転入の種類</source>
        <extracomment>kind of moving in</extracomment>
        <translation>迁入的种类</translation>
    </message>
    <message>
        <source>転出証明書による転入</source>
        <extracomment>with a moving-out certificate</extracomment>
        <translation>凭迁出证明书迁入</translation>
    </message>
    <message>
        <source>マイナンバーカードによる転入（特例転入）</source>
        <extracomment>with the My Number card (special procedure)</extracomment>
        <translation>凭个人编号卡迁入（特例迁入）</translation>
    </message>
    <message>
        <source>国外からの転入</source>
        <extracomment>from abroad</extracomment>
        <translation>从国外迁入</translation>
    </message>
    <message>
        <source>転入をした年月日</source>
        <extracomment>date of moving in</extracomment>
        <translation>迁入日期</translation>
    </message>
    <message>
        <source>転出証明書の提出</source>
        <extracomment>moving-out certificate presented</extracomment>
        <translation>提交迁出证明书</translation>
    </message>
    <message>
        <source>転出予定年月日（前住所地での届出）</source>
        <extracomment>planned moving-out date (notified at the previous municipality)</extracomment>
        <translation>预定迁出日期（在原住址地申报的）</translation>
    </message>
    <message>
        <source>国外からの転入では本籍・筆頭者が必要です（住民基本台帳法第7条第5号「戸籍の表示」・第22条第1項、国外からの転入は政令で定める事項。転出証明書がないため届出で記載します）。</source>
        <extracomment>Needed when moving in from abroad (住民基本台帳法 art. 7 no. 5 and art. 22(1)): without a moving-out certificate the notification gives the registered domicile.</extracomment>
        <translation>从国外迁入时需要填写本籍・笔头者（住民基本台帐法第7条第5项・第22条第1款）。</translation>
    </message>
    <message>
        <source>住民基本台帳カードを提示した方は不要です</source>
        <extracomment>not needed when a Juki card is shown</extracomment>
        <translation>出示了住民基本台账卡的人无需填写</translation>
    </message>
    <message>
        <source>住民異動届（転出届）</source>
        <extracomment>Notification of moving out</extracomment>
        <translation>住民异动申报（迁出申报）</translation>
    </message>
    <message>
        <source>届出人・返却物</source>
        <extracomment>Notifier and returns</extracomment>
        <translation>申报人・归还物品</translation>
    </message>
    <message>
        <source>転出の予定年月日</source>
        <extracomment>planned date of moving out</extracomment>
        <translation>预定迁出日期</translation>
    </message>
    <message>
        <source>現住所</source>
        <extracomment>current address</extracomment>
        <translation>现住址</translation>
    </message>
    <message>
        <source>国外へ転出</source>
        <extracomment>moving abroad</extracomment>
        <translation>迁往国外</translation>
    </message>
    <message>
        <source>転出先の住所 郵便番号</source>
        <extracomment>destination address: postal code</extracomment>
        <translation>迁出后住址 邮政编码</translation>
    </message>
    <message>
        <source>転出先の住所</source>
        <extracomment>destination address</extracomment>
        <translation>迁出后住址</translation>
    </message>
    <message>
        <source>転出先の住所 方書</source>
        <extracomment>destination address: building and room (katagaki)</extracomment>
        <translation>迁出后住址 楼名・房间号</translation>
    </message>
    <message>
        <source>転出先の国・地域</source>
        <extracomment>destination country</extracomment>
        <translation>迁出后的国家・地区</translation>
    </message>
    <message>
        <source>転出先の世帯主</source>
        <extracomment>head of household at the destination</extracomment>
        <translation>迁出后的户主</translation>
    </message>
    <message>
        <source>マイナンバーカードによる転出（転入届の特例を使う）</source>
        <extracomment>moving out with the My Number card (special procedure)</extracomment>
        <translation>凭个人编号卡迁出（使用迁入申报特例）</translation>
    </message>
    <message>
        <source>返却するもの</source>
        <extracomment>cards returned</extracomment>
        <translation>需归还的物品</translation>
    </message>
    <message>
        <source>印鑑登録証</source>
        <extracomment>seal registration card</extracomment>
        <translation>印鉴登记证</translation>
    </message>
    <message>
        <source>国民健康保険の資格確認書・被保険者証</source>
        <extracomment>National Health Insurance eligibility certificate or card</extracomment>
        <translation>国民健康保险资格确认书・被保险人证</translation>
    </message>
    <message>
        <source>後期高齢者医療被保険者証</source>
        <extracomment>late-stage elderly medical card</extracomment>
        <translation>后期高龄者医疗被保险者证</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <extracomment>long-term care insurance card</extracomment>
        <translation>介护保险被保险者证</translation>
    </message>
    <message>
        <source>子ども医療証</source>
        <extracomment>child medical care card</extracomment>
        <translation>儿童医疗证</translation>
    </message>
    <message>
        <source>税証明交付申請書</source>
        <extracomment>Application for tax certificates</extracomment>
        <translation>税务证明申请表</translation>
    </message>
    <message>
        <source>証明の内容</source>
        <extracomment>Certificate</extracomment>
        <translation>证明内容</translation>
    </message>
    <message>
        <source>証明を受ける方</source>
        <extracomment>Person concerned</extracomment>
        <translation>证明对象人</translation>
    </message>
    <message>
        <source>所得証明書</source>
        <extracomment>income certificate</extracomment>
        <translation>所得证明书</translation>
    </message>
    <message>
        <source>課税（非課税）証明書</source>
        <extracomment>tax assessment certificate</extracomment>
        <translation>课税（非课税）证明书</translation>
    </message>
    <message>
        <source>所得課税証明書</source>
        <extracomment>income and tax certificate</extracomment>
        <translation>所得课税证明书</translation>
    </message>
    <message>
        <source>納税証明書</source>
        <extracomment>tax payment certificate</extracomment>
        <translation>纳税证明书</translation>
    </message>
    <message>
        <source>年度（西暦）</source>
        <extracomment>tax year (fiscal year, Gregorian)</extracomment>
        <translation>年度（公历）</translation>
    </message>
    <message>
        <source>令和6年度は2024。令和6年度の証明書は令和5年（2023年）中の所得を示します</source>
        <extracomment>FY2024 shows the income of 2023</extracomment>
        <translation>令和6年度即2024年度。令和6年度的证明书显示令和5年（2023年）的所得</translation>
    </message>
    <message>
        <source>所得の年</source>
        <extracomment>income year covered</extracomment>
        <translation>所得年份</translation>
    </message>
    <message>
        <source>証明を受ける方との関係</source>
        <extracomment>relation to the person concerned</extracomment>
        <translation>与证明对象人的关系</translation>
    </message>
    <message>
        <source>同居の親族</source>
        <extracomment>relative in the same household</extracomment>
        <translation>同住的亲属</translation>
    </message>
    <message>
        <source>証明を受ける方 氏名</source>
        <extracomment>person concerned name</extracomment>
        <translation>证明对象人 姓名</translation>
    </message>
    <message>
        <source>証明を受ける方 住所</source>
        <extracomment>person concerned address</extracomment>
        <translation>证明对象人 住址</translation>
    </message>
    <message>
        <source>証明を受ける方 生年月日</source>
        <extracomment>person concerned date of birth</extracomment>
        <translation>证明对象人 出生日期</translation>
    </message>
    <message>
        <source>その年度の1月1日も今の住所に住んでいた</source>
        <extracomment>lived at the current address on 1 January of that year</extracomment>
        <translation>该年度的1月1日也住在现在的住址</translation>
    </message>
    <message>
        <source>1月1日現在の住所</source>
        <extracomment>address on 1 January of the tax year</extracomment>
        <translation>1月1日时的住址</translation>
    </message>
    <message>
        <source>住民税はその年度の1月1日に住んでいた市区町村が課税します</source>
        <extracomment>residence tax is levied where you lived on 1 January</extracomment>
        <translation>住民税由该年度1月1日居住的市区町村征收</translation>
    </message>
    <message>
        <source>入力してください。</source>
        <extracomment>This is required.</extracomment>
        <translation>请填写。</translation>
    </message>
    <message>
        <source>存在する日付を入力してください。</source>
        <extracomment>Enter a date that exists.</extracomment>
        <translation>请填写存在的日期。</translation>
    </message>
    <message>
        <source>選択肢から選んでください。</source>
        <extracomment>Choose one of the options.</extracomment>
        <translation>请从选项中选择。</translation>
    </message>
    <message>
        <source>値の形式が正しくありません。</source>
        <extracomment>The value has the wrong form.</extracomment>
        <translation>值的格式不正确。</translation>
    </message>
    <message>
        <source>書き方が正しくありません。</source>
        <extracomment>The format is not right.</extracomment>
        <translation>写法不正确。</translation>
    </message>
    <message>
        <source>長すぎます。</source>
        <extracomment>Too long.</extracomment>
        <translation>太长了。</translation>
    </message>
    <message>
        <source>範囲外の値です。</source>
        <extracomment>Out of range.</extracomment>
        <translation>超出范围。</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字です。</source>
        <extracomment>A postal code has 7 digits.</extracomment>
        <translation>邮政编码是7位数字。</translation>
    </message>
    <message>
        <source>個人番号が正しくありません。</source>
        <extracomment>The individual number is not valid.</extracomment>
        <translation>个人编号不正确。</translation>
    </message>
    <message>
        <source>人数が足りません。</source>
        <extracomment>Too few persons.</extracomment>
        <translation>人数不够。</translation>
    </message>
    <message>
        <source>人数が多すぎます。</source>
        <extracomment>Too many persons.</extracomment>
        <translation>人数太多。</translation>
    </message>
    <message>
        <source>この様式にない項目です。</source>
        <extracomment>This form has no such item.</extracomment>
        <translation>本表格没有这个项目。</translation>
    </message>
    <message>
        <source>この項目は自動で決まります。</source>
        <extracomment>This item is set automatically.</extracomment>
        <translation>这个项目会自动决定。</translation>
    </message>
    <message>
        <source>この項目は窓口の職員が入力します。</source>
        <extracomment>Staff at the counter fill in this item.</extracomment>
        <translation>这个项目由窗口职员填写。</translation>
    </message>
    <message>
        <source>代理人の方は委任状が必要です。</source>
        <extracomment>A proxy needs a power of attorney.</extracomment>
        <translation>代理人需要委托书。</translation>
    </message>
    <message>
        <source>第三者からの請求では個人番号・住民票コードは記載できません。</source>
        <extracomment>A third party cannot receive the individual number or the residence record code.</extracomment>
        <translation>第三方申请时不能记载个人编号和住民票代码。</translation>
    </message>
    <message>
        <source>広域交付は本人または同一世帯の方のみ請求できます。</source>
        <extracomment>Wide-area issuance is only for the person or their household.</extracomment>
        <translation>广域发放只限本人或同一户的人申请。</translation>
    </message>
    <message>
        <source>広域交付には顔写真付きの本人確認書類が必要です。</source>
        <extracomment>Wide-area issuance needs photo ID.</extracomment>
        <translation>广域发放需要带照片的身份证件。</translation>
    </message>
    <message>
        <source>広域交付では本籍・筆頭者は記載できません。</source>
        <extracomment>Wide-area issuance omits the registered domicile.</extracomment>
        <translation>广域发放不能记载本籍・户籍笔头人。</translation>
    </message>
    <message>
        <source>未来の日付は入力できません。</source>
        <extracomment>The date cannot be in the future.</extracomment>
        <translation>不能填写未来的日期。</translation>
    </message>
    <message>
        <source>印鑑登録証がないと証明書は交付できません。</source>
        <extracomment>No certificate without the seal registration card.</extracomment>
        <translation>没有印鉴登记证不能发放证明书。</translation>
    </message>
    <message>
        <source>15歳未満の方は印鑑登録できません。</source>
        <extracomment>Persons under 15 cannot register a seal.</extracomment>
        <translation>未满15岁的人不能进行印鉴登记。</translation>
    </message>
    <message>
        <source>広域交付は代理人による請求ができません。</source>
        <extracomment>Wide-area issuance cannot be requested by a proxy.</extracomment>
        <translation>广域发放不能由代理人申请。</translation>
    </message>
    <message>
        <source>広域交付は本人・配偶者・直系の親族のみ請求できます。</source>
        <extracomment>Wide-area issuance is for the person, spouse and lineal relatives only.</extracomment>
        <translation>广域发放只限本人・配偶・直系亲属申请。</translation>
    </message>
    <message>
        <source>広域交付では全部事項証明書のみ請求できます。</source>
        <extracomment>Wide-area issuance covers full certificates only.</extracomment>
        <translation>广域发放只能申请全部事项证明书。</translation>
    </message>
    <message>
        <source>証明できるのは今年度から過去5年度分です。</source>
        <extracomment>Certificates cover this fiscal year and the four before.</extracomment>
        <translation>可以证明本年度及以前4个年度（共5个年度）。</translation>
    </message>
    <message>
        <source>その年度の1月1日に住んでいた市区町村で請求してください。</source>
        <extracomment>Request it from the municipality where you lived on 1 January of that year.</extracomment>
        <translation>请向该年度1月1日居住的市区町村申请。</translation>
    </message>
    <message>
        <source>異動日が届出日より後になっています。</source>
        <extracomment>The moving date is after the notification date.</extracomment>
        <translation>异动日期晚于申报日期。</translation>
    </message>
    <message>
        <source>異動日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after moving (the notification is still accepted).</extracomment>
        <translation>距异动日期已超过14天（仍会受理申报）。</translation>
    </message>
    <message>
        <source>転出予定日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after the planned move-out (still accepted).</extracomment>
        <translation>距预定迁出日期已超过14天（仍会受理申报）。</translation>
    </message>
    <message>
        <source>転出証明書が必要です。</source>
        <extracomment>A moving-out certificate is required.</extracomment>
        <translation>需要迁出证明书。</translation>
    </message>
    <message>
        <source>転入した日から14日を過ぎたため、マイナンバーカードによる転入はできません。転出証明書が必要です。</source>
        <extracomment>More than 14 days after moving in: the card procedure has lapsed; a moving-out certificate is needed.</extracomment>
        <translation>迁入后已超过14天，不能凭个人编号卡迁入。需要迁出证明书。</translation>
    </message>
    <message>
        <source>転出予定日から30日を過ぎたため、マイナンバーカードによる転入はできません。転出証明書が必要です。</source>
        <extracomment>More than 30 days after the planned move-out: the card procedure has lapsed; a moving-out certificate is needed.</extracomment>
        <translation>距预定迁出日期已超过30天，不能凭个人编号卡迁入。需要迁出证明书。</translation>
    </message>
    <message>
        <source>新しい住所がこの市区町村ではありません。</source>
        <extracomment>The new address is not in this municipality.</extracomment>
        <translation>新住址不在本市区町村。</translation>
    </message>
    <message>
        <source>市区町村内での引越しは転居届です。</source>
        <extracomment>A move within the municipality is a 転居届.</extracomment>
        <translation>在本市区町村内搬家请提交迁居申报。</translation>
    </message>
    <message>
        <source>前の住所がこの市区町村ではありません（転入届になります）。</source>
        <extracomment>The previous address is elsewhere (use a 転入届).</extracomment>
        <translation>原住址不在本市区町村（应为迁入申报）。</translation>
    </message>
    <message>
        <source>新しい住所が前の住所と同じです。</source>
        <extracomment>The new address is the same as the old one.</extracomment>
        <translation>新住址与原住址相同。</translation>
    </message>
    <message>
        <source>現住所がこの市区町村ではありません。</source>
        <extracomment>The current address is not in this municipality.</extracomment>
        <translation>现住址不在本市区町村。</translation>
    </message>
    <message>
        <source>転出先がこの市区町村内です（転居届になります）。</source>
        <extracomment>The destination is in this municipality (use a 転居届).</extracomment>
        <translation>迁出后住址在本市区町村内（应为迁居申报）。</translation>
    </message>
    <message>
        <source>国外への転出はマイナンバーカードによる転出の対象外です。</source>
        <extracomment>Moving abroad cannot use the card procedure.</extracomment>
        <translation>迁往国外不能使用个人编号卡迁出。</translation>
    </message>
    <message>
        <source>生年月日が異動日より後になっています。</source>
        <extracomment>The date of birth is after the moving date.</extracomment>
        <translation>出生日期晚于异动日期。</translation>
    </message>
    <message>
        <source>在留期間の満了日が過ぎています。</source>
        <extracomment>The period of stay has expired.</extracomment>
        <translation>在留期间已届满。</translation>
    </message>
    <message>
        <source>世帯主は1人だけです。</source>
        <extracomment>There can be only one head of household.</extracomment>
        <translation>户主只能有1人。</translation>
    </message>
    <message>
        <source>世帯主を入力してください。</source>
        <extracomment>Enter the head of household.</extracomment>
        <translation>请填写户主。</translation>
    </message>
    <message>
        <source>ファイルが見つかりません。</source>
        <extracomment>File not found.</extracomment>
        <translation>找不到文件。</translation>
    </message>
    <message>
        <source>ファイルを読めません。</source>
        <extracomment>File unreadable.</extracomment>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>JSONとして読めません。</source>
        <extracomment>Not valid JSON.</extracomment>
        <translation>无法作为JSON读取。</translation>
    </message>
    <message>
        <source>様式定義に誤りがあります。</source>
        <extracomment>The form definition is broken.</extracomment>
        <translation>表格定义有错误。</translation>
    </message>
    <message>
        <source>様式IDが重複しています。</source>
        <extracomment>Duplicate form id.</extracomment>
        <translation>表格ID重复。</translation>
    </message>
    <message>
        <source>その様式はありません。</source>
        <extracomment>No such form.</extracomment>
        <translation>没有这个表格。</translation>
    </message>
    <message>
        <source>そのライフイベントはありません。</source>
        <extracomment>No such life event.</extracomment>
        <translation>没有这个生活事件。</translation>
    </message>
    <message>
        <source>入力データに誤りがあります。</source>
        <extracomment>The input data is invalid.</extracomment>
        <translation>输入数据有错误。</translation>
    </message>
    <message>
        <source>日付が正しくありません。</source>
        <extracomment>Invalid date.</extracomment>
        <translation>日期不正确。</translation>
    </message>
    <message>
        <source>元号の期間外の日付です。</source>
        <extracomment>The date is outside its era.</extracomment>
        <translation>日期不在该年号的期间内。</translation>
    </message>
    <message>
        <source>明治より前の日付は扱えません。</source>
        <extracomment>Dates before Meiji are not supported.</extracomment>
        <translation>不能处理明治以前的日期。</translation>
    </message>
    <message>
        <source>郵便番号が正しくありません。</source>
        <extracomment>Invalid postal code.</extracomment>
        <translation>邮政编码不正确。</translation>
    </message>
    <message>
        <source>データベースのエラーです。</source>
        <extracomment>Database error.</extracomment>
        <translation>数据库错误。</translation>
    </message>
    <message>
        <source>郵便番号データベースの版が古いです。</source>
        <extracomment>The postal database is outdated.</extracomment>
        <translation>邮政编码数据库的版本太旧。</translation>
    </message>
    <message>
        <source>郵便番号データに誤りがあります。</source>
        <extracomment>The postal table is invalid.</extracomment>
        <translation>邮政编码数据有错误。</translation>
    </message>
    <message>
        <source>圧縮ファイルを展開できません。</source>
        <extracomment>Cannot decompress.</extracomment>
        <translation>无法解压缩文件。</translation>
    </message>
    <message>
        <source>文字コードを判別できません。</source>
        <extracomment>Unknown text encoding.</extracomment>
        <translation>无法判断文字编码。</translation>
    </message>
    <message>
        <source>ほかの市区町村から引っ越してきた</source>
        <extracomment>Moved here from another municipality</extracomment>
        <translation>从其他市区町村搬来</translation>
    </message>
    <message>
        <source>市区町村内で引っ越した</source>
        <extracomment>Moved within the municipality</extracomment>
        <translation>在本市区町村内搬家</translation>
    </message>
    <message>
        <source>ほかの市区町村へ引っ越す</source>
        <extracomment>Moving out to another municipality</extracomment>
        <translation>搬到其他市区町村</translation>
    </message>
    <message>
        <source>証明書がほしい</source>
        <extracomment>I need certificates</extracomment>
        <translation>需要证明书</translation>
    </message>
    <message>
        <source>高校生年代までのお子さん（18歳になった後の最初の3月31日まで）がいますか</source>
        <extracomment>Do you have children up to high-school age (until the first 31 March after their 18th birthday)?</extracomment>
        <translation>您有高中年龄段（满18岁后的第一个3月31日之前）或更小的孩子吗</translation>
    </message>
    <message>
        <source>小・中学校に通うお子さんがいますか</source>
        <extracomment>Do you have children at elementary or junior high school?</extracomment>
        <translation>您有上小学或初中的孩子吗</translation>
    </message>
    <message>
        <source>国民健康保険に加入していますか（会社の保険ではない）</source>
        <extracomment>Are you in the National Health Insurance (not an employer&apos;s insurance)?</extracomment>
        <translation>您加入了国民健康保险吗（不是公司的保险）</translation>
    </message>
    <message>
        <source>国民年金第1号被保険者ですか（自営業・学生など）</source>
        <extracomment>Are you a category 1 National Pension insured person (self-employed, student …)?</extracomment>
        <translation>您是国民年金第1号被保险人吗（个体经营者、学生等）</translation>
    </message>
    <message>
        <source>65歳以上の方がいますか</source>
        <extracomment>Is anyone 65 or older?</extracomment>
        <translation>有65岁以上的人吗</translation>
    </message>
    <message>
        <source>75歳以上の方がいますか</source>
        <extracomment>Is anyone 75 or older?</extracomment>
        <translation>有75岁以上的人吗</translation>
    </message>
    <message>
        <source>印鑑登録をしていますか</source>
        <extracomment>Do you have a registered seal?</extracomment>
        <translation>您做了印鉴登记吗</translation>
    </message>
    <message>
        <source>マイナンバーカードをお持ちですか</source>
        <extracomment>Do you have a My Number card?</extracomment>
        <translation>您有个人编号卡吗</translation>
    </message>
    <message>
        <source>犬を飼っていますか</source>
        <extracomment>Do you keep a dog?</extracomment>
        <translation>您养狗吗</translation>
    </message>
    <message>
        <source>国民健康保険の加入</source>
        <extracomment>Join the National Health Insurance</extracomment>
        <translation>加入国民健康保险</translation>
    </message>
    <message>
        <source>保険年金課</source>
        <extracomment>Health insurance and pension desk</extracomment>
        <translation>保险年金课</translation>
    </message>
    <message>
        <source>本人確認書類</source>
        <extracomment>ID</extracomment>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>国民健康保険の住所変更</source>
        <extracomment>National Health Insurance: change of address</extracomment>
        <translation>国民健康保险 住址变更</translation>
    </message>
    <message>
        <source>国民健康保険の脱退（資格確認書等の返却）</source>
        <extracomment>Leave the National Health Insurance (return the card)</extracomment>
        <translation>退出国民健康保险（归还资格确认书等）</translation>
    </message>
    <message>
        <source>国民年金の住所変更</source>
        <extracomment>National Pension: change of address</extracomment>
        <translation>国民年金 住址变更</translation>
    </message>
    <message>
        <source>基礎年金番号がわかるもの</source>
        <extracomment>document with the basic pension number</extracomment>
        <translation>能确认基础年金号码的材料</translation>
    </message>
    <message>
        <source>児童手当の申請</source>
        <extracomment>Child allowance application</extracomment>
        <translation>申请儿童补贴</translation>
    </message>
    <message>
        <source>子育て支援課</source>
        <extracomment>Child support desk</extracomment>
        <translation>育儿支援课</translation>
    </message>
    <message>
        <source>請求者の口座がわかるもの</source>
        <extracomment>bank account details</extracomment>
        <translation>能确认申请人银行账户的材料</translation>
    </message>
    <message>
        <source>児童手当の住所変更・消滅届</source>
        <extracomment>Child allowance: change of address or end</extracomment>
        <translation>儿童补贴 住址变更・终止申报</translation>
    </message>
    <message>
        <source>子ども医療費助成の申請</source>
        <extracomment>Child medical expense subsidy</extracomment>
        <translation>申请儿童医疗费补助</translation>
    </message>
    <message>
        <source>お子さんの資格確認書（マイナ保険証の方は個人番号カード）</source>
        <extracomment>the child&apos;s health insurance eligibility certificate (or My Number card)</extracomment>
        <translation>孩子的资格确认书（使用My Number保险证者为个人编号卡）</translation>
    </message>
    <message>
        <source>転入学の手続き（転入学通知書）</source>
        <extracomment>School transfer</extracomment>
        <translation>转学手续（转学通知书）</translation>
    </message>
    <message>
        <source>教育委員会 学務課</source>
        <extracomment>Board of education</extracomment>
        <translation>教育委员会 学务课</translation>
    </message>
    <message>
        <source>在学証明書・教科書給与証明書</source>
        <extracomment>certificate of enrolment</extracomment>
        <translation>在学证明书・教科书发放证明书</translation>
    </message>
    <message>
        <source>介護保険の手続き</source>
        <extracomment>Long-term care insurance</extracomment>
        <translation>介护保险手续</translation>
    </message>
    <message>
        <source>介護保険課</source>
        <extracomment>Long-term care desk</extracomment>
        <translation>介护保险课</translation>
    </message>
    <message>
        <source>介護保険被保険者証・受給資格証明書</source>
        <extracomment>care insurance card</extracomment>
        <translation>介护保险被保险者证・领取资格证明书</translation>
    </message>
    <message>
        <source>後期高齢者医療の手続き</source>
        <extracomment>Late-stage elderly medical care</extracomment>
        <translation>后期高龄者医疗手续</translation>
    </message>
    <message>
        <source>負担区分等証明書</source>
        <extracomment>certificate from the previous municipality</extracomment>
        <translation>负担区分等证明书</translation>
    </message>
    <message>
        <source>印鑑登録の廃止（登録証の返却）</source>
        <extracomment>Cancel the seal registration (return the card)</extracomment>
        <translation>注销印鉴登记（归还登记证）</translation>
    </message>
    <message>
        <source>市民課</source>
        <extracomment>Citizens&apos; desk</extracomment>
        <translation>市民课</translation>
    </message>
    <message>
        <source>印鑑登録</source>
        <extracomment>Seal registration</extracomment>
        <translation>印鉴登记</translation>
    </message>
    <message>
        <source>登録する印鑑・顔写真付き本人確認書類</source>
        <extracomment>the seal and photo ID</extracomment>
        <translation>要登记的印章・带照片的身份证件</translation>
    </message>
    <message>
        <source>マイナンバーカードの住所変更（券面記載事項変更）</source>
        <extracomment>My Number card: change of address on the card</extracomment>
        <translation>个人编号卡的住址变更（卡面记载事项变更）</translation>
    </message>
    <message>
        <source>マイナンバーカードと暗証番号（住基用4桁）</source>
        <extracomment>the card and its 4-digit PIN</extracomment>
        <translation>个人编号卡和密码（住基用4位数）</translation>
    </message>
    <message>
        <source>犬の登録事項変更</source>
        <extracomment>Dog registration: change of address</extracomment>
        <translation>狗的登记事项变更</translation>
    </message>
    <message>
        <source>環境衛生課</source>
        <extracomment>Environment desk</extracomment>
        <translation>环境卫生课</translation>
    </message>
    <message>
        <source>犬の鑑札</source>
        <extracomment>dog licence tag</extracomment>
        <translation>狗的牌照</translation>
    </message>
    <message>
        <source>選挙人名簿の登録（転入後3か月で自動）</source>
        <extracomment>Electoral register (automatic after 3 months)</extracomment>
        <translation>选举人名册登记（迁入3个月后自动登记）</translation>
    </message>
    <message>
        <source>選挙管理委員会</source>
        <extracomment>Election board</extracomment>
        <translation>选举管理委员会</translation>
    </message>
    <message>
        <source>就職・転職</source>
        <translation>就职・换工作</translation>
    </message>
    <message>
        <source>運転免許</source>
        <translation>驾驶执照</translation>
    </message>
    <message>
        <source>年金・保険</source>
        <translation>年金・保险</translation>
    </message>
    <message>
        <source>学校・奨学金</source>
        <translation>学校・奖学金</translation>
    </message>
    <message>
        <source>不動産・登記</source>
        <translation>不动产・登记</translation>
    </message>
    <message>
        <source>自動車の登録</source>
        <translation>汽车登记</translation>
    </message>
    <message>
        <source>銀行・ローン</source>
        <translation>银行・贷款</translation>
    </message>
    <message>
        <source>パスポート</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>相続</source>
        <translation>继承</translation>
    </message>
    <message>
        <source>官公庁への提出</source>
        <translation>提交给政府机关</translation>
    </message>
    <message>
        <source>その他（窓口で確認）</source>
        <translation>其他（在窗口确认）</translation>
    </message>
    <message>
        <source>勤務先</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>金融機関</source>
        <translation>金融机构</translation>
    </message>
    <message>
        <source>警察署</source>
        <translation>警察署</translation>
    </message>
    <message>
        <source>年金事務所</source>
        <translation>年金事务所</translation>
    </message>
    <message>
        <source>法務局</source>
        <translation>法务局</translation>
    </message>
    <message>
        <source>運輸支局</source>
        <translation>运输支局</translation>
    </message>
    <message>
        <source>市区町村役場</source>
        <translation>市区町村政府</translation>
    </message>
    <message>
        <source>中国</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>ベトナム</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>韓国</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>フィリピン</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>ブラジル</source>
        <translation>巴西</translation>
    </message>
    <message>
        <source>ネパール</source>
        <translation>尼泊尔</translation>
    </message>
    <message>
        <source>インドネシア</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>ミャンマー</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>台湾</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>アメリカ合衆国</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>タイ</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>インド</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>スリランカ</source>
        <translation>斯里兰卡</translation>
    </message>
    <message>
        <source>ペルー</source>
        <translation>秘鲁</translation>
    </message>
    <message>
        <source>バングラデシュ</source>
        <translation>孟加拉国</translation>
    </message>
    <message>
        <source>永住者</source>
        <translation>永住者</translation>
    </message>
    <message>
        <source>日本人の配偶者等</source>
        <translation>日本人的配偶者等</translation>
    </message>
    <message>
        <source>永住者の配偶者等</source>
        <translation>永住者的配偶者等</translation>
    </message>
    <message>
        <source>定住者</source>
        <translation>定住者</translation>
    </message>
    <message>
        <source>技術・人文知識・国際業務</source>
        <translation>技术・人文知识・国际业务</translation>
    </message>
    <message>
        <source>技能実習</source>
        <translation>技能实习</translation>
    </message>
    <message>
        <source>特定技能</source>
        <translation>特定技能</translation>
    </message>
    <message>
        <source>留学</source>
        <translation>留学</translation>
    </message>
    <message>
        <source>家族滞在</source>
        <translation>家族滞在</translation>
    </message>
    <message>
        <source>技能</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>経営・管理</source>
        <translation>经营・管理</translation>
    </message>
    <message>
        <source>高度専門職</source>
        <translation>高度专门职</translation>
    </message>
    <message>
        <source>特定活動</source>
        <translation>特定活动</translation>
    </message>
    <message>
        <source>企業内転勤</source>
        <translation>企业内调动</translation>
    </message>
    <message>
        <source>介護</source>
        <translation>介护</translation>
    </message>
    <message>
        <source>教授</source>
        <translation>教授</translation>
    </message>
    <message>
        <source>研究</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>教育</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>医療</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>興行</source>
        <translation>兴行</translation>
    </message>
    <message>
        <source>文化活動</source>
        <translation>文化活动</translation>
    </message>
    <message>
        <source>請求する方の住所（マイナンバーカードの住所）が当市区町村の外にあるとき、広域交付（住民基本台帳法第12条の4）として自動で「はい」になります。</source>
        <extracomment>Set automatically: yes when the requester&apos;s address (the card&apos;s address) is outside this municipality (住民基本台帳法 第12条の4).</extracomment>
        <translation>申请人的住址（个人编号卡上的住址）在本市区町村以外时，自动设为“是”（广域发放，《住民基本台帳法》第12条之4）。</translation>
    </message>
    <message>
        <source>住民異動届（世帯変更届）</source>
        <extracomment>Notification of a change of household</extracomment>
        <translation>居民迁移申报（户变更申报）</translation>
    </message>
    <message>
        <source>変更があった年月日</source>
        <extracomment>date of the change</extracomment>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>世帯主が亡くなった場合は亡くなった日</source>
        <extracomment>when the head of household died: the date of death</extracomment>
        <translation>户主去世时，填写去世日期</translation>
    </message>
    <message>
        <source>変更の内容</source>
        <extracomment>what changed</extracomment>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>世帯主が亡くなり、世帯に残る方が1人だけのときは、その方が世帯主になるため、この届出はいりません。</source>
        <extracomment>When the head of household died and only one person remains in the household, that person becomes the head and this notification is not needed.</extracomment>
        <translation>户主去世后，户内只剩一人时，此人自动成为户主，无需此申报。</translation>
    </message>
    <message>
        <source>世帯主の変更</source>
        <extracomment>change of the head of household</extracomment>
        <translation>变更户主</translation>
    </message>
    <message>
        <source>世帯分離（同じ住所で世帯を分ける）</source>
        <extracomment>splitting the household (same address)</extracomment>
        <translation>分户（同一地址分为两户）</translation>
    </message>
    <message>
        <source>世帯合併（同じ住所の世帯を一つにする）</source>
        <extracomment>merging households (same address)</extracomment>
        <translation>合户（同一地址的户合为一户）</translation>
    </message>
    <message>
        <source>世帯構成の変更（世帯員の続柄など）</source>
        <extracomment>change in the household (relations)</extracomment>
        <translation>户内构成变更（成员关系等）</translation>
    </message>
    <message>
        <source>世帯主が変わる理由</source>
        <extracomment>why the head changes</extracomment>
        <translation>户主变更的原因</translation>
    </message>
    <message>
        <source>世帯主の死亡</source>
        <extracomment>the head of household died</extracomment>
        <translation>户主去世</translation>
    </message>
    <message>
        <source>世帯主の転出</source>
        <extracomment>the head of household moved out</extracomment>
        <translation>户主迁出</translation>
    </message>
    <message>
        <source>世帯員の話し合いによる変更</source>
        <extracomment>the household decided on a new head</extracomment>
        <translation>经户内成员商量变更</translation>
    </message>
    <message>
        <source>世帯の住所（住民票の住所）</source>
        <extracomment>the household&apos;s address (as on the residence record)</extracomment>
        <translation>户的地址（居民票上的地址）</translation>
    </message>
    <message>
        <source>方書</source>
        <extracomment>building and room (katagaki)</extracomment>
        <translation>方书（建筑名称和房间号）</translation>
    </message>
    <message>
        <source>変更前の世帯主 氏名</source>
        <extracomment>head of household before the change</extracomment>
        <translation>变更前的户主姓名</translation>
    </message>
    <message>
        <source>変更後の世帯主 氏名</source>
        <extracomment>head of household after the change</extracomment>
        <translation>变更后的户主姓名</translation>
    </message>
    <message>
        <source>変更があった方</source>
        <extracomment>persons concerned</extracomment>
        <translation>变更涉及的人</translation>
    </message>
    <message>
        <source>世帯や続柄が変わる方（新しい世帯主を含む）。</source>
        <extracomment>everyone whose household or relation changes (the new head included)</extracomment>
        <translation>户或关系发生变化的人（包括新户主）。</translation>
    </message>
    <message>
        <source>変更後の世帯主との続柄</source>
        <extracomment>relation to the new head of household</extracomment>
        <translation>与新户主的关系</translation>
    </message>
    <message>
        <source>変更後の世帯主</source>
        <extracomment>the new head of household</extracomment>
        <translation>变更后的户主</translation>
    </message>
    <message>
        <source>変更があった日が届出日より後になっています。</source>
        <extracomment>The date of the change is after the notification date.</extracomment>
        <translation>变更日期晚于申报日期。</translation>
    </message>
    <message>
        <source>変更があった日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after the change (the notification is still accepted).</extracomment>
        <translation>已超过变更之日起14天（仍受理申报）。</translation>
    </message>
    <message>
        <source>変更前と変更後の世帯主が同じです。</source>
        <extracomment>The head of household before and after the change is the same person.</extracomment>
        <translation>变更前后的户主是同一人。</translation>
    </message>
    <message>
        <source>転入届をした日から14日以内</source>
        <extracomment>within 14 days of the notification of moving in</extracomment>
        <translation>自提交迁入申报之日起14天内</translation>
    </message>
    <message>
        <source>転入した日から14日以内</source>
        <extracomment>within 14 days of moving in</extracomment>
        <translation>自迁入之日起14天内</translation>
    </message>
    <message>
        <source>転入した日の翌日から15日以内に申請すると、翌月分から受けられます（15日特例）</source>
        <extracomment>apply within 15 days from the day after moving in to receive it from the next month (15-day rule)</extracomment>
        <translation>自迁入次日起15天内申请，可从下个月起领取（15日特例）</translation>
    </message>
    <message>
        <source>転入した日から30日以内</source>
        <extracomment>within 30 days of moving in</extracomment>
        <translation>自迁入之日起30天内</translation>
    </message>
    <message>
        <source>転居届をした日から14日以内</source>
        <extracomment>within 14 days of the notification of moving</extracomment>
        <translation>自提交迁居申报之日起14天内</translation>
    </message>
    <message>
        <source>転居した日から14日以内</source>
        <extracomment>within 14 days of moving</extracomment>
        <translation>自迁居之日起14天内</translation>
    </message>
    <message>
        <source>転居した日から30日以内</source>
        <extracomment>within 30 days of moving</extracomment>
        <translation>自迁居之日起30天内</translation>
    </message>
    <message>
        <source>世帯主が亡くなった（おくやみの手続き）</source>
        <extracomment>The head of the household died (procedures after a death)</extracomment>
        <translation>户主去世（丧事相关手续）</translation>
    </message>
    <message>
        <source>死亡の事実を知った日から7日以内</source>
        <extracomment>within 7 days of learning of the death</extracomment>
        <translation>自得知死亡之日起7天内</translation>
    </message>
    <message>
        <source>亡くなった日から14日以内</source>
        <extracomment>within 14 days of the death</extracomment>
        <translation>自去世之日起14天内</translation>
    </message>
    <message>
        <source>葬儀を行った日の翌日から2年以内</source>
        <extracomment>within 2 years from the day after the funeral</extracomment>
        <translation>自葬礼次日起2年内</translation>
    </message>
    <message>
        <source>亡くなった方は国民健康保険に加入していましたか</source>
        <extracomment>Was the deceased in the National Health Insurance?</extracomment>
        <translation>逝者是否加入了国民健康保险？</translation>
    </message>
    <message>
        <source>亡くなった方は後期高齢者医療に加入していましたか（75歳以上の方など）</source>
        <extracomment>Was the deceased in the late-stage elderly medical care system (75 or older, for example)?</extracomment>
        <translation>逝者是否加入了后期高龄者医疗制度（75岁以上等）？</translation>
    </message>
    <message>
        <source>亡くなった方は介護保険の被保険者証をお持ちでしたか（65歳以上の方、要介護認定を受けた方）</source>
        <extracomment>Did the deceased have a long-term care insurance card (65 or older, or certified as needing care)?</extracomment>
        <translation>逝者是否持有护理保险被保险人证（65岁以上或已获护理认定）？</translation>
    </message>
    <message>
        <source>亡くなった方は年金を受け取っていましたか</source>
        <extracomment>Did the deceased receive a pension?</extracomment>
        <translation>逝者是否在领取年金？</translation>
    </message>
    <message>
        <source>亡くなった方は印鑑登録をしていましたか</source>
        <extracomment>Did the deceased have a registered seal?</extracomment>
        <translation>逝者是否进行过印章登记？</translation>
    </message>
    <message>
        <source>亡くなった方は福祉医療証や障害者手帳などをお持ちでしたか</source>
        <extracomment>Did the deceased have a welfare medical card, a disability certificate or similar?</extracomment>
        <translation>逝者是否持有福利医疗证或残疾人手册等？</translation>
    </message>
    <message>
        <source>死亡届（この端末では受け付けません。多くの場合、葬儀社が提出します）</source>
        <extracomment>Notification of death (not filed at this kiosk; usually the funeral company files it)</extracomment>
        <translation>死亡申报（本终端不受理。多由殡仪公司提交）</translation>
    </message>
    <message>
        <source>市民課（戸籍）</source>
        <extracomment>Citizens&apos; desk (family register)</extracomment>
        <translation>市民课（户籍）</translation>
    </message>
    <message>
        <source>死亡診断書（死亡届と一枚の用紙）</source>
        <extracomment>the medical certificate of death (on the same sheet as the notification)</extracomment>
        <translation>死亡诊断书（与死亡申报为同一张纸）</translation>
    </message>
    <message>
        <source>国民健康保険の資格喪失（資格確認書等の返却）</source>
        <extracomment>National Health Insurance: end of the deceased&apos;s coverage (return the card)</extracomment>
        <translation>国民健康保险资格丧失（退还资格确认书等）</translation>
    </message>
    <message>
        <source>亡くなった方の資格確認書・被保険者証</source>
        <extracomment>the deceased&apos;s eligibility certificate or card</extracomment>
        <translation>逝者的资格确认书或被保险人证</translation>
    </message>
    <message>
        <source>葬祭費の申請（国民健康保険）</source>
        <extracomment>Funeral expenses grant (National Health Insurance)</extracomment>
        <translation>申请丧葬费（国民健康保险）</translation>
    </message>
    <message>
        <source>葬儀の領収書又は会葬礼状・喪主の口座がわかるもの</source>
        <extracomment>the funeral receipt or notice and the chief mourner&apos;s bank account details</extracomment>
        <translation>葬礼收据或会葬答谢函、丧主的银行账户信息</translation>
    </message>
    <message>
        <source>後期高齢者医療の資格喪失（資格確認書等の返却）</source>
        <extracomment>Late-stage elderly medical care: end of coverage (return the card)</extracomment>
        <translation>后期高龄者医疗资格丧失（退还资格确认书等）</translation>
    </message>
    <message>
        <source>葬祭費の申請（後期高齢者医療）</source>
        <extracomment>Funeral expenses grant (late-stage elderly medical care)</extracomment>
        <translation>申请丧葬费（后期高龄者医疗）</translation>
    </message>
    <message>
        <source>介護保険の資格喪失（被保険者証の返却）</source>
        <extracomment>Long-term care insurance: end of coverage (return the card)</extracomment>
        <translation>护理保险资格丧失（退还被保险人证）</translation>
    </message>
    <message>
        <source>亡くなった方の介護保険被保険者証</source>
        <extracomment>the deceased&apos;s care insurance card</extracomment>
        <translation>逝者的护理保险被保险人证</translation>
    </message>
    <message>
        <source>年金の手続き（未支給年金・遺族年金）</source>
        <extracomment>Pension: unpaid pension and survivors&apos; pension</extracomment>
        <translation>年金手续（未支付年金、遗属年金）</translation>
    </message>
    <message>
        <source>保険年金課（国民年金）・年金事務所（厚生年金）</source>
        <extracomment>Pension desk (National Pension) or the pension office (employees&apos; pension)</extracomment>
        <translation>保险年金课（国民年金）・年金事务所（厚生年金）</translation>
    </message>
    <message>
        <source>年金証書・亡くなった方との関係がわかる戸籍謄本</source>
        <extracomment>the pension certificate and a family register showing the relationship</extracomment>
        <translation>年金证书、能证明与逝者关系的户籍誊本</translation>
    </message>
    <message>
        <source>印鑑登録証の返却（印鑑登録は死亡により廃止されます）</source>
        <extracomment>Return the seal registration card (the registration ends at death)</extracomment>
        <translation>退还印章登记证（印章登记因死亡而废止）</translation>
    </message>
    <message>
        <source>亡くなった方の印鑑登録証</source>
        <extracomment>the deceased&apos;s seal registration card</extracomment>
        <translation>逝者的印章登记证</translation>
    </message>
    <message>
        <source>福祉医療証・障害者手帳などの返却</source>
        <extracomment>Return welfare medical cards, disability certificates and the like</extracomment>
        <translation>退还福利医疗证、残疾人手册等</translation>
    </message>
    <message>
        <source>福祉課</source>
        <extracomment>Welfare desk</extracomment>
        <translation>福利课</translation>
    </message>
    <message>
        <source>亡くなった方の福祉医療証・手帳</source>
        <extracomment>the deceased&apos;s welfare cards and certificates</extracomment>
        <translation>逝者的福利医疗证、手册</translation>
    </message>
    <message>
        <source>マイナンバーカードの返納は不要です（死亡により失効。相続の手続きのため個人番号は控えておいてください）</source>
        <extracomment>The My Number card need not be returned (it lapses at death; keep the number for inheritance paperwork)</extracomment>
        <translation>无需交还个人编号卡（因死亡而失效。请记下个人编号，以便办理继承手续）</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <source>Moved to %1 from another municipality</source>
        <translation>从其他市区町村搬到了%1</translation>
    </message>
    <message>
        <source>Moved within %1</source>
        <translation>在%1内搬家了</translation>
    </message>
    <message>
        <source>Moving out of %1 to another municipality</source>
        <translation>要从%1搬到其他市区町村</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Fee: %1 × %2 = %3</source>
        <translation>手续费：%1 × %2份 = %3</translation>
    </message>
    <message>
        <source>Fee to pay at the counter: %1</source>
        <translation>在窗口支付的手续费：%1</translation>
    </message>
    <message>
        <source>Read with the verification code B by staff.</source>
        <translation>由工作人员用照合番号B读取。</translation>
    </message>
    <message>
        <source>The card&apos;s data is genuine: its signature was checked.</source>
        <translation>已确认卡的信息是真实的（签名已验证）。</translation>
    </message>
    <message>
        <source>The card&apos;s signature was not checked on this kiosk (no key set up).</source>
        <translation>本终端未验证卡的签名（未设置密钥）。</translation>
    </message>
    <message>
        <source>The card&apos;s data failed its check.</source>
        <translation>卡的信息验证失败。</translation>
    </message>
</context>
<context>
    <name>StaffConfirmScreen</name>
    <message>
        <source>Pre-entry</source>
        <translation>事先填写</translation>
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
        <translation>卡的密码已被锁定</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly 3 times, so the card locked itself to protect you.</source>
        <translation>连续输错3次密码，为了保护您，卡已被锁定。</translation>
    </message>
    <message>
        <source>the resident registration desk of the city hall where you live</source>
        <translation>您居住的市区町村政府的居民登记窗口</translation>
    </message>
    <message>
        <source>The PIN can be reset at %1. Please come in person with this card; the staff will check your identity.</source>
        <translation>可以在%1重新设定密码。请本人携带此卡前来，窗口会确认您的身份。</translation>
    </message>
    <message>
        <source>Today, staff can still read the card without the PIN, with the verification code B printed on its front.</source>
        <translation>今天，工作人员可以用卡正面印的照合番号B，在没有密码的情况下读取。</translation>
    </message>
    <message>
        <source>Please take your card and ask at the counter.</source>
        <translation>请取回卡，到窗口咨询。</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>不用密码读取：照合番号B（工作人员）</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::BusyScreen</name>
    <message>
        <source>Checking your card</source>
        <translation>正在确认卡</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>请不要移动卡。</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <translation>正在读取卡</translation>
    </message>
    <message>
        <source>Please do not move the card. This takes a moment.</source>
        <translation>请不要移动卡。请稍候。</translation>
    </message>
    <message>
        <source>Saving your request</source>
        <translation>正在保存申请</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>请稍候。</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardFaceDiagram</name>
    <message>
        <source>Diagram of the card&apos;s front: 1 date of birth, 2 expiry year, 3 security code under the photo</source>
        <translation>卡正面示意图：1 出生日期，2 有效期限的年份，3 照片下方的安全码</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardProblemScreen</name>
    <message>
        <source>The card cannot be read</source>
        <translation>无法读取卡</translation>
    </message>
    <message>
        <source>Check that it is a My Number card, the right way up, and place it on the reader again.</source>
        <translation>请确认是个人编号卡、方向正确，然后重新放在读卡器上。</translation>
    </message>
    <message>
        <source>This is not a My Number card</source>
        <translation>这不是个人编号卡</translation>
    </message>
    <message>
        <source>Please place your My Number card (個人番号カード). Other cards cannot be used here.</source>
        <translation>请放置您的个人编号卡（个人番号卡）。其他卡不能使用。</translation>
    </message>
    <message>
        <source>The card&apos;s data could not be confirmed</source>
        <translation>无法确认卡的信息</translation>
    </message>
    <message>
        <source>The data on the card did not pass its security check, so it is not used. Please ask the staff.</source>
        <translation>卡的信息未通过安全检查，因此不会使用。请询问工作人员。</translation>
    </message>
    <message>
        <source>A different card was placed</source>
        <translation>放置了另一张卡</translation>
    </message>
    <message>
        <source>This is not the card read first. For your safety everything entered was cleared. Please start again.</source>
        <translation>这不是最初读取的卡。为了安全，已输入的内容全部删除。请从头开始。</translation>
    </message>
    <message>
        <source>The card is in use by another program</source>
        <translation>卡正在被其他程序使用</translation>
    </message>
    <message>
        <source>Please wait a moment and try again, or ask the staff.</source>
        <translation>请稍等后再试，或询问工作人员。</translation>
    </message>
    <message>
        <source>Reading the card did not work</source>
        <translation>无法读取卡</translation>
    </message>
    <message>
        <source>Please try again. If it fails again, please ask the staff.</source>
        <translation>请再试一次。如果还是不行，请询问工作人员。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
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
        <translation>年号</translation>
    </message>
    <message>
        <source>Era of the date</source>
        <translation>日期的年号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Year of the date</source>
        <translation>日期的年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Month of the date</source>
        <translation>日期的月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Day of the date</source>
        <translation>日期的日</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>日本年号</translation>
    </message>
    <message>
        <source>Switches between the Japanese era and the Western calendar</source>
        <translation>在日本年号和公历之间切换</translation>
    </message>
    <message>
        <source>1st year</source>
        <comment>date picker: 元年</comment>
        <translation>元年</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>date picker: year</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>date picker: month</comment>
        <translation>%1月</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>date picker: day</comment>
        <translation>%1日</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::DoneScreen</name>
    <message numerus="yes">
        <source>This screen closes by itself in %n second(s).</source>
        <translation>
            <numerusform>此画面将在%n秒后自动关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>已受理您的申请</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Receipt number %1</source>
        <translation>受理编号 %1</translation>
    </message>
    <message>
        <source>Take the printed receipt to the counter. You will be called by this number.</source>
        <translation>请拿着打印的受理单到窗口。会按此编号叫您。</translation>
    </message>
    <message>
        <source>Please wait near the counter. You will be called by this number.</source>
        <translation>请在窗口附近等候。会按此编号叫您。</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>请别忘了带走您的卡。</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>需携带：%1</translation>
    </message>
    <message>
        <source>You may also need these procedures:</source>
        <translation>您可能还需要办理以下手续：</translation>
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
        <translation>完成</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <comment>the rule: within 14 days of moving in</comment>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <comment>a date, then the rule it comes from</comment>
        <translation>期限：%1之前（%2）</translation>
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
        <translation>读卡器服务未运行。请询问工作人员。</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff.</source>
        <translation>未连接读卡器。请询问工作人员。</translation>
    </message>
    <message>
        <source>The card reader is ready.</source>
        <translation>读卡器已准备好。</translation>
    </message>
    <message>
        <source>A card is on the reader. Tap “Start”, or take the card and place it again.</source>
        <translation>读卡器上有卡。请按“开始”，或取出卡后重新放置。</translation>
    </message>
    <message>
        <source>The card cannot be read. Check that it is the right way up and place it again.</source>
        <translation>无法读取卡。请确认方向后重新放置。</translation>
    </message>
    <message>
        <source>Please place your My Number card on the reader</source>
        <translation>请将个人编号卡放在读卡器上</translation>
    </message>
    <message>
        <source>Nothing to write by hand: your forms are filled in from the card.</source>
        <translation>无需手写：根据卡的信息填写申请表。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
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
        <translation>清除</translation>
    </message>
    <message>
        <source>Clears everything entered</source>
        <translation>清除所有输入</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除一位</translation>
    </message>
    <message>
        <source>Deletes the last character</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>连字符</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::KioskWindow</name>
    <message>
        <source>End here and clear everything?</source>
        <translation>要在这里结束并清除所有内容吗？</translation>
    </message>
    <message>
        <source>What you have entered so far will be deleted, and the first screen comes back.</source>
        <translation>到目前为止输入的内容将被删除，并返回最初的画面。</translation>
    </message>
    <message>
        <source>No, continue</source>
        <translation>不，继续</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>是，结束并清除</translation>
    </message>
    <message>
        <source>Your pre-entry code was read. Place your My Number card on the reader; you will enter your PIN as usual.</source>
        <translation>已读取事先填写的二维码。请把个人编号卡放在读卡器上，然后照常输入密码。</translation>
    </message>
    <message>
        <source>This QR code is not a pre-entry code of this city.</source>
        <translation>此二维码不是本市的事先填写二维码。</translation>
    </message>
    <message>
        <source>The QR code could not be read completely. Show it again, or answer the questions here.</source>
        <translation>未能完整读取二维码。请再出示一次，或在这里回答问题。</translation>
    </message>
    <message>
        <source>This pre-entry code is older than 30 days. Please answer the questions here.</source>
        <translation>此事先填写二维码已超过30天。请在这里回答问题。</translation>
    </message>
    <message>
        <source>This pre-entry code was made for newer forms than this kiosk has. Please answer the questions here.</source>
        <translation>此事先填写二维码是按比本终端更新的表格制作的。请在这里回答问题。</translation>
    </message>
    <message>
        <source>This QR code cannot be used. Please answer the questions here.</source>
        <translation>此二维码无法使用。请在这里回答问题。</translation>
    </message>
    <message>
        <source>No-writing counter</source>
        <translation>免填写窗口</translation>
    </message>
    <message>
        <source>Choose the language</source>
        <translation>选择语言</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>填写</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Reader: service not running</source>
        <translation>读卡器：服务已停止</translation>
    </message>
    <message>
        <source>Reader: not connected</source>
        <translation>读卡器：未连接</translation>
    </message>
    <message>
        <source>Reader: ready</source>
        <translation>读卡器：就绪</translation>
    </message>
    <message>
        <source>Reader: card in place</source>
        <translation>读卡器：已放卡</translation>
    </message>
    <message>
        <source>Reader: card unreadable</source>
        <translation>读卡器：无法读取卡</translation>
    </message>
    <message>
        <source>Counter mode</source>
        <translation>窗口模式</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>自助模式</translation>
    </message>
    <message>
        <source>Back office: not connected (no queue set up)</source>
        <translation>后台：未连接（未设置队列）</translation>
    </message>
    <message numerus="yes">
        <source>Back office: online, %n waiting</source>
        <translation>
            <numerusform>后台：在线，等待发送%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OFFLINE: %n waiting since %1</source>
        <translation>
            <numerusform>离线：自%1起%n件等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>OFFLINE: nothing waiting</source>
        <translation>离线：没有等待发送的</translation>
    </message>
    <message numerus="yes">
        <source>, %n set aside (call IT)</source>
        <translation>
            <numerusform>，%n 件已搁置（请联系 IT）</numerusform>
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
            <numerusform>您还在使用吗？
如果不触摸屏幕，%n秒后将全部清除。</numerusform>
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
        <translation>只剩1次机会</translation>
    </message>
    <message>
        <source>If the next PIN is wrong, the card locks. It can then only be unlocked at the counter of the city hall, in person.</source>
        <translation>如果下次密码输错，卡将被锁定。锁定后只能由本人到市区町村政府窗口解除。</translation>
    </message>
    <message>
        <source>If you are not sure of your PIN, do not enter it. Please ask the staff instead.</source>
        <translation>如果您不确定密码，请不要输入，请询问工作人员。</translation>
    </message>
    <message>
        <source>I am sure: enter the PIN</source>
        <translation>我确定：输入密码</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>不用密码读取：照合番号B（工作人员）</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinDots</name>
    <message numerus="yes">
        <source>%n of %1 digits entered</source>
        <translation>
            <numerusform>%1位中已输入%n位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinScreen</name>
    <message>
        <source>Enter your PIN again to read your individual number</source>
        <translation>为了读取个人编号，请再次输入密码</translation>
    </message>
    <message>
        <source>Enter your 4-digit PIN</source>
        <translation>请输入4位密码</translation>
    </message>
    <message>
        <source>The PIN for filling in forms from the card (券面事項入力補助用暗証番号), 4 digits.</source>
        <translation>用卡填写申请表所需的密码（券面事项输入辅助用密码），4位。</translation>
    </message>
    <message numerus="yes">
        <source>You can enter it %n more time(s). After 3 wrong PINs in a row the card locks.</source>
        <translation>
            <numerusform>还可以输入%n次。连续输错3次，卡将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>After 3 wrong PINs in a row the card locks.</source>
        <translation>连续输错3次，卡将被锁定。</translation>
    </message>
    <message>
        <source>That PIN was wrong. Please check it and enter it again.</source>
        <translation>密码错误。请确认后重新输入。</translation>
    </message>
    <message>
        <source>Staff never ask for your PIN. Only dots are shown while you type.</source>
        <translation>工作人员绝不会询问您的密码。输入时只显示圆点。</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>不用密码读取：照合番号B（工作人员）</translation>
    </message>
    <message>
        <source>Staff read the card with the verification code B printed on its front</source>
        <translation>工作人员用卡正面印的照合番号B读取</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ProcedureScreen</name>
    <message>
        <source>A copy of my residence record</source>
        <translation>我需要住民票副本</translation>
    </message>
    <message>
        <source>My seal registration certificate</source>
        <translation>我需要印鉴登记证明书</translation>
    </message>
    <message>
        <source>A family register certificate</source>
        <translation>我需要户籍证明书</translation>
    </message>
    <message>
        <source>A tax or income certificate</source>
        <translation>我需要税务或收入证明书</translation>
    </message>
    <message>
        <source>What would you like to do today?</source>
        <translation>今天您要办理什么？</translation>
    </message>
    <message>
        <source>Card read: %1</source>
        <translation>已读取的卡：%1</translation>
    </message>
    <message>
        <source>Card data checked</source>
        <translation>卡的信息已验证</translation>
    </message>
    <message>
        <source>Card data read</source>
        <translation>卡的信息已读取</translation>
    </message>
    <message>
        <source>Something happened in your life</source>
        <translation>从生活中的事情选择</translation>
    </message>
    <message>
        <source>Certificates and notifications (choose one or more)</source>
        <translation>从证明书・申报选择（可多选）</translation>
    </message>
    <message>
        <source>Fills in: %1</source>
        <translation>填写：%1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>A change in my household</source>
        <translation>户的变更</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::QuestionsScreen</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>A few questions about your move</source>
        <translation>关于搬家的几个问题</translation>
    </message>
    <message>
        <source>Your answers only decide which other procedures we list for you. Skip a question if it does not apply.</source>
        <translation>您的回答仅用于告诉您还需要办理哪些手续。不适用的问题可以跳过。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ReaderIllustration</name>
    <message>
        <source>Picture: a card placed flat on the card reader</source>
        <translation>图：把卡平放在读卡器上</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ResidentConfirmScreen</name>
    <message>
        <source>Please check your request</source>
        <translation>请确认申请内容</translation>
    </message>
    <message>
        <source>This is what will be submitted. If it is right, tap “Yes, submit”.</source>
        <translation>将按此内容申请。如无误，请按“是，申请”。</translation>
    </message>
    <message>
        <source>Yes, submit</source>
        <translation>是，申请</translation>
    </message>
    <message>
        <source>Fix something</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ReviewScreen</name>
    <message>
        <source>The address on your card is already in %1. A move within %1 is notified with a 転居届.</source>
        <translation>您卡上的地址已在%1内。在%1内搬家需提交转居申报（転居届）。</translation>
    </message>
    <message>
        <source>The address on your card is not in %1. Moving here from another municipality is notified with a 転入届.</source>
        <translation>您卡上的地址不在%1。从其他市区町村搬来需提交转入申报（転入届）。</translation>
    </message>
    <message>
        <source>The address on your card does not fit this procedure.</source>
        <translation>您卡上的地址与此手续不符。</translation>
    </message>
    <message>
        <source>Switch to: %1</source>
        <translation>改为：%1</translation>
    </message>
    <message>
        <source>Your answers that fit are kept</source>
        <translation>适用的回答会保留</translation>
    </message>
    <message>
        <source>Please check the items marked in red.</source>
        <translation>请确认标有红色的项目。</translation>
    </message>
    <message>
        <source>Form %1 of %2 · Check what came from your card, then answer the questions below.</source>
        <translation>表格 %1 / %2 · 请确认从卡读取的内容，然后回答下面的问题。</translation>
    </message>
    <message>
        <source>From your card</source>
        <translation>从卡读取的内容</translation>
    </message>
    <message>
        <source>This form needs details that are entered at the counter. Please take your card to the counter; the staff will help you.</source>
        <translation>此表格有需要在窗口填写的项目。请带着卡到窗口，工作人员会帮助您。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Check the summary</source>
        <translation>到确认画面</translation>
    </message>
    <message>
        <source>Next form</source>
        <translation>下一张表格</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Screen</name>
    <message>
        <source>Quit</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Asks first, then ends and clears everything</source>
        <translation>先确认，然后结束并清除所有内容</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Spinner</name>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
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
        <translation>从卡片读取的内容只能由工作人员更正。请叫工作人员。</translation>
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
        <translation>工作人员登录</translation>
    </message>
    <message>
        <source>Reading the card with the verification code B is for staff only.</source>
        <translation>照合番号Bでの読み取りは職員専用です。</translation>
    </message>
    <message>
        <source>A staff member confirms the request before it is accepted. Please call the staff.</source>
        <translation>申请将由工作人员确认后受理。请叫工作人员。</translation>
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
        <translation>验证器应用中的验证码（6位）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>验证码</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Stepper</name>
    <message>
        <source>Fewer: %1</source>
        <translation>减少：%1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>增加：%1</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::SubmitFailedScreen</name>
    <message>
        <source>The request could not be saved</source>
        <translation>无法保存申请</translation>
    </message>
    <message>
        <source>Nothing was accepted yet. Please ask the staff; you can also try again.</source>
        <translation>尚未受理。请询问工作人员，也可以再试一次。</translation>
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
        <translation>再试一次</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::TouchKeyboard</name>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>转换汉字</translation>
    </message>
    <message>
        <source>Shows the next kanji for the highlighted part</source>
        <translation>显示所选部分的下一个汉字</translation>
    </message>
    <message>
        <source>Converts the kana to kanji</source>
        <translation>将假名转换为汉字</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小写假名</translation>
    </message>
    <message>
        <source>Makes the last kana small (っ, ゃ)</source>
        <translation>将最后一个假名改为小写（っ、ゃ）</translation>
    </message>
    <message>
        <source>Voiced mark</source>
        <translation>浊音符号</translation>
    </message>
    <message>
        <source>Semi-voiced mark</source>
        <translation>半浊音符号</translation>
    </message>
    <message>
        <source>a / A</source>
        <translation>a / A</translation>
    </message>
    <message>
        <source>Switches between capital and small letters</source>
        <translation>切换大写和小写字母</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deletes the last character</source>
        <translation>删除最后一个字</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Puts the text into the field</source>
        <translation>将文字填入栏中</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Closes the keyboard</source>
        <translation>关闭键盘</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Shows more kanji</source>
        <translation>显示更多汉字</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>上一部分</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>下一部分</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>平假名</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>片假名</translation>
    </message>
    <message>
        <source>Letters and digits</source>
        <translation>字母和数字</translation>
    </message>
</context>
</TS>
