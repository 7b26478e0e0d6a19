<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>FieldEditor</name>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
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
        <translation>Không dùng được danh sách mã bưu chính. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>No address has this postal code. Please check the number.</source>
        <translation>Không có địa chỉ nào với mã bưu chính này. Vui lòng kiểm tra lại số.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Đổi</translation>
    </message>
    <message>
        <source>Enters the address again</source>
        <translation>Nhập lại địa chỉ</translation>
    </message>
    <message>
        <source>This is the address</source>
        <translation>Đúng địa chỉ này</translation>
    </message>
    <message>
        <source>1. Enter the postal code (7 digits)</source>
        <translation>1. Nhập mã bưu chính (7 chữ số)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <source>2. Tap your town</source>
        <translation>2. Chọn tên khu phố</translation>
    </message>
    <message>
        <source>3. Enter the block and house number (丁目・番地・号) with the hyphen key, e.g. 4-2-8</source>
        <translation>3. Nhập số chome, banchi, go, ngăn cách bằng phím gạch nối, ví dụ 4-2-8</translation>
    </message>
    <message>
        <source>%1 — %2 (the card holder)</source>
        <translation>%1 — %2 (chủ thẻ)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Removes this person</source>
        <translation>Xóa người này</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Thêm: %1</translation>
    </message>
    <message>
        <source>Not read (read it only if this procedure needs it)</source>
        <translation>Chưa đọc (chỉ đọc khi thủ tục này cần)</translation>
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
        <translation>Sửa (nhân viên)</translation>
    </message>
    <message>
        <source>Staff correct a value read from the card</source>
        <translation>カードから読み取った値を職員が修正します</translation>
    </message>
    <message>
        <source>Read from the card (PIN)</source>
        <translation>Đọc từ thẻ (cần mã PIN)</translation>
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
        <translation>Đơn xin cấp giấy chứng nhận đăng ký con dấu</translation>
    </message>
    <message>
        <source>登録者</source>
        <extracomment>Registrant</extracomment>
        <translation>Người đăng ký</translation>
    </message>
    <message>
        <source>窓口に来た方</source>
        <extracomment>Person at the counter</extracomment>
        <translation>Người đến quầy</translation>
    </message>
    <message>
        <source>申請の内容</source>
        <extracomment>Application</extracomment>
        <translation>Nội dung đơn</translation>
    </message>
    <message>
        <source>窓口に来た方 氏名</source>
        <extracomment>person at the counter name</extracomment>
        <translation>Người đến quầy: họ tên</translation>
    </message>
    <message>
        <source>窓口に来た方 住所</source>
        <extracomment>person at the counter address</extracomment>
        <translation>Người đến quầy: địa chỉ</translation>
    </message>
    <message>
        <source>窓口に来た方 生年月日</source>
        <extracomment>person at the counter date of birth</extracomment>
        <translation>Người đến quầy: ngày sinh</translation>
    </message>
    <message>
        <source>窓口に来た方が登録者本人</source>
        <extracomment>the person at the counter is the registrant</extracomment>
        <translation>Người đến quầy chính là người đăng ký</translation>
    </message>
    <message>
        <source>登録者 氏名</source>
        <extracomment>registrant name</extracomment>
        <translation>Người đăng ký: họ tên</translation>
    </message>
    <message>
        <source>登録者 住所</source>
        <extracomment>registrant address</extracomment>
        <translation>Người đăng ký: địa chỉ</translation>
    </message>
    <message>
        <source>登録者 生年月日</source>
        <extracomment>registrant date of birth</extracomment>
        <translation>Người đăng ký: ngày sinh</translation>
    </message>
    <message>
        <source>印鑑登録番号</source>
        <extracomment>seal registration number</extracomment>
        <translation>Số đăng ký con dấu</translation>
    </message>
    <message>
        <source>印鑑登録証の提示</source>
        <extracomment>seal registration card presented</extracomment>
        <translation>Xuất trình thẻ đăng ký con dấu</translation>
    </message>
    <message>
        <source>印鑑登録証がないと交付できません</source>
        <extracomment>no certificate without the registration card</extracomment>
        <translation>Không có thẻ đăng ký con dấu thì không thể cấp</translation>
    </message>
    <message>
        <source>通数</source>
        <extracomment>copies</extracomment>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>使いみち</source>
        <extracomment>purpose</extracomment>
        <translation>Mục đích sử dụng</translation>
    </message>
    <message>
        <source>住民票の写し等交付請求書</source>
        <extracomment>Request for a copy of the residence record</extracomment>
        <translation>Đơn yêu cầu cấp bản sao phiếu cư trú (住民票の写し)</translation>
    </message>
    <message>
        <source>請求者・窓口に来た方</source>
        <extracomment>Requester and person at the counter</extracomment>
        <translation>Người yêu cầu và người đến quầy</translation>
    </message>
    <message>
        <source>請求の対象</source>
        <extracomment>Subject</extracomment>
        <translation>Đối tượng yêu cầu</translation>
    </message>
    <message>
        <source>請求の内容</source>
        <extracomment>Request</extracomment>
        <translation>Nội dung yêu cầu</translation>
    </message>
    <message>
        <source>職員記入欄</source>
        <extracomment>For staff</extracomment>
        <translation>Phần dành cho nhân viên</translation>
    </message>
    <message>
        <source>請求者と対象者の関係</source>
        <extracomment>requester&apos;s relation to the subject</extracomment>
        <translation>Quan hệ giữa người yêu cầu và người được yêu cầu</translation>
    </message>
    <message>
        <source>住民基本台帳法第12条・第12条の3</source>
        <extracomment>Basic Resident Registration Act art. 12 and 12-3</extracomment>
        <translation>Luật Sổ cơ bản cư dân, Điều 12 và Điều 12-3</translation>
    </message>
    <message>
        <source>本人</source>
        <extracomment>the person themselves</extracomment>
        <translation>Chính bản thân</translation>
    </message>
    <message>
        <source>同一世帯の方</source>
        <extracomment>member of the same household</extracomment>
        <translation>Người cùng hộ</translation>
    </message>
    <message>
        <source>代理人（委任状）</source>
        <extracomment>proxy with a power of attorney</extracomment>
        <translation>Người đại diện (có giấy ủy quyền)</translation>
    </message>
    <message>
        <source>第三者（正当な理由）</source>
        <extracomment>third party with a legitimate reason</extracomment>
        <translation>Bên thứ ba (có lý do chính đáng)</translation>
    </message>
    <message>
        <source>窓口に来た方 電話番号</source>
        <extracomment>person at the counter: phone</extracomment>
        <translation>Người đến quầy: số điện thoại</translation>
    </message>
    <message>
        <source>請求者 氏名</source>
        <extracomment>requester name</extracomment>
        <translation>Người yêu cầu: họ tên</translation>
    </message>
    <message>
        <source>請求者 住所</source>
        <extracomment>requester address</extracomment>
        <translation>Người yêu cầu: địa chỉ</translation>
    </message>
    <message>
        <source>請求者 生年月日</source>
        <extracomment>requester date of birth</extracomment>
        <translation>Người yêu cầu: ngày sinh</translation>
    </message>
    <message>
        <source>対象者は請求者と同じ</source>
        <extracomment>the subject is the requester</extracomment>
        <translation>Người được yêu cầu là người yêu cầu</translation>
    </message>
    <message>
        <source>請求の対象とする者 氏名</source>
        <extracomment>subject of the request name</extracomment>
        <translation>Người được yêu cầu: họ tên</translation>
    </message>
    <message>
        <source>請求の対象とする者 住所</source>
        <extracomment>subject of the request address</extracomment>
        <translation>Người được yêu cầu: địa chỉ</translation>
    </message>
    <message>
        <source>請求の対象とする者 生年月日</source>
        <extracomment>subject of the request date of birth</extracomment>
        <translation>Người được yêu cầu: ngày sinh</translation>
    </message>
    <message>
        <source>世帯全員・一部</source>
        <extracomment>whole household or some members</extracomment>
        <translation>Cả hộ hay một số người</translation>
    </message>
    <message>
        <source>世帯全員（謄本）</source>
        <extracomment>whole household</extracomment>
        <translation>Cả hộ (bản đầy đủ)</translation>
    </message>
    <message>
        <source>世帯の一部（抄本）</source>
        <extracomment>some members</extracomment>
        <translation>Một số người trong hộ (bản trích)</translation>
    </message>
    <message>
        <source>必要な方</source>
        <extracomment>persons to include</extracomment>
        <translation>Những người cần có</translation>
    </message>
    <message>
        <source>氏名</source>
        <extracomment>name</extracomment>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>生年月日</source>
        <extracomment>date of birth</extracomment>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>種類</source>
        <extracomment>kind</extracomment>
        <translation>Loại</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <extracomment>copy of the residence record</extracomment>
        <translation>Bản sao phiếu cư trú</translation>
    </message>
    <message>
        <source>住民票の除票の写し</source>
        <extracomment>copy of a removed residence record</extracomment>
        <translation>Bản sao phiếu cư trú đã xóa</translation>
    </message>
    <message>
        <source>住民票記載事項証明書</source>
        <extracomment>certificate of recorded items</extracomment>
        <translation>Giấy chứng nhận nội dung phiếu cư trú</translation>
    </message>
    <message>
        <source>記載する項目</source>
        <extracomment>optional items</extracomment>
        <translation>Các mục ghi thêm</translation>
    </message>
    <message>
        <source>載せない項目は省略されます</source>
        <extracomment>items not chosen are omitted</extracomment>
        <translation>Các mục không chọn sẽ được bỏ qua</translation>
    </message>
    <message>
        <source>世帯主・続柄</source>
        <extracomment>head of household and relation</extracomment>
        <translation>Chủ hộ và quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>本籍・筆頭者</source>
        <extracomment>registered domicile and head of the family register</extracomment>
        <translation>Nơi đăng ký hộ tịch và người đứng đầu hộ tịch</translation>
    </message>
    <message>
        <source>個人番号</source>
        <extracomment>individual number</extracomment>
        <translation>Mã số cá nhân</translation>
    </message>
    <message>
        <source>住民票コード</source>
        <extracomment>residence record code</extracomment>
        <translation>Mã phiếu cư trú</translation>
    </message>
    <message>
        <source>提出先</source>
        <extracomment>submitted to</extracomment>
        <translation>Nơi nộp</translation>
    </message>
    <message>
        <source>正当な理由</source>
        <extracomment>legitimate reason</extracomment>
        <translation>Lý do chính đáng</translation>
    </message>
    <message>
        <source>委任状</source>
        <extracomment>power of attorney presented</extracomment>
        <translation>Giấy ủy quyền</translation>
    </message>
    <message>
        <source>広域交付（住所地以外の市区町村で請求）</source>
        <extracomment>wide-area issuance (at another municipality)</extracomment>
        <translation>Cấp liên vùng (yêu cầu ở thành phố khác nơi cư trú)</translation>
    </message>
    <message>
        <source>交付方法</source>
        <extracomment>delivery</extracomment>
        <translation>Cách nhận</translation>
    </message>
    <message>
        <source>窓口で交付</source>
        <extracomment>handed over at the counter</extracomment>
        <translation>Nhận tại quầy</translation>
    </message>
    <message>
        <source>住所地へ郵送</source>
        <extracomment>mailed to the resident&apos;s address</extracomment>
        <translation>Gửi bưu điện đến địa chỉ cư trú</translation>
    </message>
    <message>
        <source>戸籍証明書等請求書</source>
        <extracomment>Request for family register certificates</extracomment>
        <translation>Đơn yêu cầu giấy chứng nhận hộ tịch</translation>
    </message>
    <message>
        <source>請求する戸籍</source>
        <extracomment>Register requested</extracomment>
        <translation>Hộ tịch yêu cầu</translation>
    </message>
    <message>
        <source>請求者</source>
        <extracomment>Requester</extracomment>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>代理人の場合</source>
        <extracomment>When a proxy requests</extracomment>
        <translation>Trường hợp người đại diện yêu cầu</translation>
    </message>
    <message>
        <source>本籍</source>
        <extracomment>registered domicile</extracomment>
        <translation>Nơi đăng ký hộ tịch (honseki)</translation>
    </message>
    <message>
        <source>筆頭者</source>
        <extracomment>head of the family register</extracomment>
        <translation>Người đứng đầu hộ tịch</translation>
    </message>
    <message>
        <source>証明書の種類</source>
        <extracomment>kind of certificate</extracomment>
        <translation>Loại giấy chứng nhận</translation>
    </message>
    <message>
        <source>戸籍全部事項証明書（謄本）</source>
        <extracomment>full family register</extracomment>
        <translation>Giấy chứng nhận toàn bộ hộ tịch (bản đầy đủ)</translation>
    </message>
    <message>
        <source>戸籍個人事項証明書（抄本）</source>
        <extracomment>individual extract</extracomment>
        <translation>Giấy chứng nhận cá nhân trong hộ tịch (bản trích)</translation>
    </message>
    <message>
        <source>除籍全部事項証明書</source>
        <extracomment>full removed register</extracomment>
        <translation>Giấy chứng nhận toàn bộ hộ tịch đã xóa</translation>
    </message>
    <message>
        <source>除籍個人事項証明書</source>
        <extracomment>removed register extract</extracomment>
        <translation>Giấy chứng nhận cá nhân trong hộ tịch đã xóa</translation>
    </message>
    <message>
        <source>改製原戸籍謄本</source>
        <extracomment>pre-revision register</extracomment>
        <translation>Bản sao hộ tịch gốc trước khi cải chế</translation>
    </message>
    <message>
        <source>戸籍の附票の写し</source>
        <extracomment>family register annex (addresses)</extracomment>
        <translation>Bản sao phụ lục hộ tịch (địa chỉ)</translation>
    </message>
    <message>
        <source>身分証明書</source>
        <extracomment>certificate of legal capacity</extracomment>
        <translation>Giấy chứng nhận thân phận</translation>
    </message>
    <message>
        <source>独身証明書</source>
        <extracomment>certificate of single status</extracomment>
        <translation>Giấy chứng nhận độc thân</translation>
    </message>
    <message>
        <source>受理証明書</source>
        <extracomment>certificate of acceptance</extracomment>
        <translation>Giấy chứng nhận tiếp nhận</translation>
    </message>
    <message>
        <source>請求者の区分</source>
        <extracomment>requester category</extracomment>
        <translation>Phân loại người yêu cầu</translation>
    </message>
    <message>
        <source>戸籍法第10条・第10条の2</source>
        <extracomment>Family Register Act art. 10 and 10-2</extracomment>
        <translation>Luật Hộ tịch, Điều 10 và Điều 10-2</translation>
    </message>
    <message>
        <source>本人・配偶者・直系の親族</source>
        <extracomment>the person, spouse or lineal relative</extracomment>
        <translation>Bản thân, vợ/chồng hoặc người thân trực hệ</translation>
    </message>
    <message>
        <source>自己の権利行使・義務履行</source>
        <extracomment>exercising a right or fulfilling a duty</extracomment>
        <translation>Thực hiện quyền hoặc nghĩa vụ của bản thân</translation>
    </message>
    <message>
        <source>国・地方公共団体への提出</source>
        <extracomment>submission to a government body</extracomment>
        <translation>Nộp cho cơ quan nhà nước hoặc chính quyền địa phương</translation>
    </message>
    <message>
        <source>筆頭者・対象者との続柄</source>
        <extracomment>relationship to the person in the register</extracomment>
        <translation>Quan hệ với người đứng đầu hộ tịch hoặc người được yêu cầu</translation>
    </message>
    <message>
        <source>配偶者</source>
        <extracomment>spouse</extracomment>
        <translation>Vợ/chồng</translation>
    </message>
    <message>
        <source>直系尊属（父母・祖父母）</source>
        <extracomment>lineal ascendant</extracomment>
        <translation>Người thân trực hệ bề trên (cha mẹ, ông bà)</translation>
    </message>
    <message>
        <source>直系卑属（子・孫）</source>
        <extracomment>lineal descendant</extracomment>
        <translation>Người thân trực hệ bề dưới (con, cháu)</translation>
    </message>
    <message>
        <source>権利・義務の発生原因と内容</source>
        <extracomment>the right or duty and its cause</extracomment>
        <translation>Nguyên nhân và nội dung của quyền hoặc nghĩa vụ</translation>
    </message>
    <message>
        <source>戸籍の記載事項の利用目的</source>
        <extracomment>why the register is needed</extracomment>
        <translation>Mục đích sử dụng nội dung hộ tịch</translation>
    </message>
    <message>
        <source>提出先の機関</source>
        <extracomment>government body</extracomment>
        <translation>Cơ quan nộp</translation>
    </message>
    <message>
        <source>提出先での利用目的</source>
        <extracomment>purpose at that body</extracomment>
        <translation>Mục đích sử dụng tại cơ quan nộp</translation>
    </message>
    <message>
        <source>委任者 氏名</source>
        <extracomment>principal name</extracomment>
        <translation>Người ủy quyền: họ tên</translation>
    </message>
    <message>
        <source>委任者 住所</source>
        <extracomment>principal address</extracomment>
        <translation>Người ủy quyền: địa chỉ</translation>
    </message>
    <message>
        <source>委任者 生年月日</source>
        <extracomment>principal date of birth</extracomment>
        <translation>Người ủy quyền: ngày sinh</translation>
    </message>
    <message>
        <source>広域交付（本籍地以外で請求）</source>
        <extracomment>wide-area issuance (outside the registered domicile)</extracomment>
        <translation>Cấp liên vùng (yêu cầu ở nơi khác nơi đăng ký hộ tịch)</translation>
    </message>
    <message>
        <source>住民異動届（転居届）</source>
        <extracomment>Notification of moving within the municipality</extracomment>
        <translation>Thông báo thay đổi cư trú (chuyển nhà trong thành phố)</translation>
    </message>
    <message>
        <source>届出</source>
        <extracomment>Notification</extracomment>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>住所</source>
        <extracomment>Address</extracomment>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>世帯</source>
        <extracomment>Household</extracomment>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>届出人</source>
        <extracomment>Notifier</extracomment>
        <translation>Người thông báo</translation>
    </message>
    <message>
        <source>届出年月日</source>
        <extracomment>date of notification</extracomment>
        <translation>Ngày thông báo</translation>
    </message>
    <message>
        <source>転居をした年月日</source>
        <extracomment>date of moving</extracomment>
        <translation>Ngày chuyển nhà</translation>
    </message>
    <message>
        <source>新しい住所 郵便番号</source>
        <extracomment>new address: postal code</extracomment>
        <translation>Địa chỉ mới: mã bưu chính</translation>
    </message>
    <message>
        <source>新しい住所</source>
        <extracomment>new address</extracomment>
        <translation>Địa chỉ mới</translation>
    </message>
    <message>
        <source>新しい住所 方書</source>
        <extracomment>new address: building and room (katagaki)</extracomment>
        <translation>Địa chỉ mới: tên tòa nhà, số phòng</translation>
    </message>
    <message>
        <source>従前の住所</source>
        <extracomment>previous address</extracomment>
        <translation>Địa chỉ cũ</translation>
    </message>
    <message>
        <source>世帯主 氏名</source>
        <extracomment>head of household</extracomment>
        <translation>Chủ hộ: họ tên</translation>
    </message>
    <message>
        <source>異動する方に世帯主がいない場合（既存の世帯に入る場合）</source>
        <extracomment>when none of the persons moving is the head</extracomment>
        <translation>Khi không ai trong số người chuyển là chủ hộ (vào một hộ đã có)</translation>
    </message>
    <message>
        <source>異動する方</source>
        <extracomment>persons moving</extracomment>
        <translation>Người chuyển</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <extracomment>name in katakana</extracomment>
        <translation>Cách đọc tên (kana)</translation>
    </message>
    <message>
        <source>外国人住民は西暦で記入できます</source>
        <extracomment>foreign residents may use the Western calendar</extracomment>
        <translation>Cư dân người nước ngoài có thể ghi theo dương lịch</translation>
    </message>
    <message>
        <source>性別</source>
        <extracomment>sex</extracomment>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>男</source>
        <extracomment>male</extracomment>
        <translation>Nam</translation>
    </message>
    <message>
        <source>女</source>
        <extracomment>female</extracomment>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>世帯主との続柄</source>
        <extracomment>relation to the head of household</extracomment>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>住民票の書き方で、世帯主から見た続柄を選んでください（「その他」はありません。親族でない方は縁故者又は同居人）。</source>
        <extracomment>The relationship to the head of household as the residence record writes it (there is no &quot;other&quot;: someone not listed is 縁故者 or 同居人).</extracomment>
        <translation>Chọn quan hệ với chủ hộ theo cách ghi trong phiếu cư trú (không có &quot;khác&quot;: người không có trong danh sách là 縁故者 hoặc 同居人).</translation>
    </message>
    <message>
        <source>世帯主</source>
        <extracomment>head of household</extracomment>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>妻</source>
        <extracomment>wife</extracomment>
        <translation>Vợ</translation>
    </message>
    <message>
        <source>夫</source>
        <extracomment>husband</extracomment>
        <translation>Chồng</translation>
    </message>
    <message>
        <source>子</source>
        <extracomment>child</extracomment>
        <translation>Con</translation>
    </message>
    <message>
        <source>父</source>
        <extracomment>father</extracomment>
        <translation>Cha</translation>
    </message>
    <message>
        <source>母</source>
        <extracomment>mother</extracomment>
        <translation>Mẹ</translation>
    </message>
    <message>
        <source>兄</source>
        <extracomment>elder brother</extracomment>
        <translation>anh trai</translation>
    </message>
    <message>
        <source>姉</source>
        <extracomment>elder sister</extracomment>
        <translation>chị gái</translation>
    </message>
    <message>
        <source>弟</source>
        <extracomment>younger brother</extracomment>
        <translation>em trai</translation>
    </message>
    <message>
        <source>妹</source>
        <extracomment>younger sister</extracomment>
        <translation>em gái</translation>
    </message>
    <message>
        <source>子の妻</source>
        <extracomment>child&apos;s wife</extracomment>
        <translation>vợ của con</translation>
    </message>
    <message>
        <source>子の夫</source>
        <extracomment>child&apos;s husband</extracomment>
        <translation>chồng của con</translation>
    </message>
    <message>
        <source>孫</source>
        <extracomment>grandchild</extracomment>
        <translation>Cháu</translation>
    </message>
    <message>
        <source>祖父</source>
        <extracomment>grandfather</extracomment>
        <translation>Ông</translation>
    </message>
    <message>
        <source>祖母</source>
        <extracomment>grandmother</extracomment>
        <translation>Bà</translation>
    </message>
    <message>
        <source>妻の父</source>
        <extracomment>wife&apos;s father</extracomment>
        <translation>bố vợ</translation>
    </message>
    <message>
        <source>妻の母</source>
        <extracomment>wife&apos;s mother</extracomment>
        <translation>mẹ vợ</translation>
    </message>
    <message>
        <source>夫の父</source>
        <extracomment>husband&apos;s father</extracomment>
        <translation>bố chồng</translation>
    </message>
    <message>
        <source>夫の母</source>
        <extracomment>husband&apos;s mother</extracomment>
        <translation>mẹ chồng</translation>
    </message>
    <message>
        <source>縁故者</source>
        <extracomment>other relative or connection (縁故者)</extracomment>
        <translation>người thân khác hoặc người có quan hệ (縁故者)</translation>
    </message>
    <message>
        <source>同居人</source>
        <extracomment>lodger (同居人)</extracomment>
        <translation>Người ở chung</translation>
    </message>
    <message>
        <source>妻（未届）</source>
        <extracomment>wife (common-law, 未届)</extracomment>
        <translation>vợ (chưa đăng ký kết hôn)</translation>
    </message>
    <message>
        <source>夫（未届）</source>
        <extracomment>husband (common-law, 未届)</extracomment>
        <translation>chồng (chưa đăng ký kết hôn)</translation>
    </message>
    <message>
        <source>外国人住民</source>
        <extracomment>foreign resident</extracomment>
        <translation>Cư dân người nước ngoài</translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <extracomment>nationality or region</extracomment>
        <translation>Quốc tịch hoặc khu vực</translation>
    </message>
    <message>
        <source>第30条の45に規定する区分</source>
        <extracomment>category under art. 30-45</extracomment>
        <translation>Phân loại theo Điều 30-45</translation>
    </message>
    <message>
        <source>中長期在留者</source>
        <extracomment>mid- to long-term resident</extracomment>
        <translation>Người lưu trú trung và dài hạn</translation>
    </message>
    <message>
        <source>特別永住者</source>
        <extracomment>special permanent resident</extracomment>
        <translation>Người vĩnh trú đặc biệt</translation>
    </message>
    <message>
        <source>一時庇護許可者</source>
        <extracomment>temporary refuge</extracomment>
        <translation>Người được phép tị nạn tạm thời</translation>
    </message>
    <message>
        <source>仮滞在許可者</source>
        <extracomment>provisional stay</extracomment>
        <translation>Người được phép lưu trú tạm thời</translation>
    </message>
    <message>
        <source>出生による経過滞在者</source>
        <extracomment>transitional stay by birth</extracomment>
        <translation>Người lưu trú chuyển tiếp do sinh ra</translation>
    </message>
    <message>
        <source>国籍喪失による経過滞在者</source>
        <extracomment>transitional stay by loss of nationality</extracomment>
        <translation>Người lưu trú chuyển tiếp do mất quốc tịch</translation>
    </message>
    <message>
        <source>在留資格</source>
        <extracomment>status of residence</extracomment>
        <translation>Tư cách lưu trú</translation>
    </message>
    <message>
        <source>在留期間</source>
        <extracomment>period of stay</extracomment>
        <translation>Thời hạn lưu trú</translation>
    </message>
    <message>
        <source>在留期間の満了の日</source>
        <extracomment>expiry of the period of stay</extracomment>
        <translation>Ngày hết hạn lưu trú</translation>
    </message>
    <message>
        <source>在留カード等の番号</source>
        <extracomment>residence card number</extracomment>
        <translation>Số thẻ lưu trú</translation>
    </message>
    <message>
        <source>異動する本人</source>
        <extracomment>a person moving</extracomment>
        <translation>Chính người chuyển</translation>
    </message>
    <message>
        <source>世帯員</source>
        <extracomment>household member</extracomment>
        <translation>Thành viên trong hộ</translation>
    </message>
    <message>
        <source>届出人 氏名</source>
        <extracomment>notifier&apos;s name</extracomment>
        <translation>Người thông báo: họ tên</translation>
    </message>
    <message>
        <source>連絡先電話番号</source>
        <extracomment>phone</extracomment>
        <translation>Số điện thoại liên lạc</translation>
    </message>
    <message>
        <source>住民異動届（転入届）</source>
        <extracomment>Notification of moving in</extracomment>
        <translation>Thông báo thay đổi cư trú (chuyển đến)</translation>
    </message>
    <message>
        <source>転入の種類</source>
        <extracomment>kind of moving in</extracomment>
        <translation>Hình thức chuyển đến</translation>
    </message>
    <message>
        <source>転出証明書による転入</source>
        <extracomment>with a moving-out certificate</extracomment>
        <translation>Chuyển đến bằng giấy chứng nhận chuyển đi</translation>
    </message>
    <message>
        <source>マイナンバーカードによる転入（特例転入）</source>
        <extracomment>with the My Number card (special procedure)</extracomment>
        <translation>Chuyển đến bằng thẻ My Number (thủ tục đặc biệt)</translation>
    </message>
    <message>
        <source>国外からの転入</source>
        <extracomment>from abroad</extracomment>
        <translation>Chuyển đến từ nước ngoài</translation>
    </message>
    <message>
        <source>転入をした年月日</source>
        <extracomment>date of moving in</extracomment>
        <translation>Ngày chuyển đến</translation>
    </message>
    <message>
        <source>転出証明書の提出</source>
        <extracomment>moving-out certificate presented</extracomment>
        <translation>Nộp giấy chứng nhận chuyển đi</translation>
    </message>
    <message>
        <source>転出予定年月日（前住所地での届出）</source>
        <extracomment>planned moving-out date (notified at the previous municipality)</extracomment>
        <translation>Ngày dự định chuyển đi (đã thông báo ở nơi cũ)</translation>
    </message>
    <message>
        <source>国外からの転入では本籍・筆頭者が必要です（住民基本台帳法第7条第5号「戸籍の表示」・第22条第1項、国外からの転入は政令で定める事項。転出証明書がないため届出で記載します）。</source>
        <extracomment>Needed when moving in from abroad (住民基本台帳法 art. 7 no. 5 and art. 22(1)): without a moving-out certificate the notification gives the registered domicile.</extracomment>
        <translation>Cần khi chuyển đến từ nước ngoài: nơi đăng ký hộ tịch (本籍) và chủ hộ tịch (筆頭者) (Luật Sổ đăng ký cư dân cơ bản, Điều 7 khoản 5, Điều 22 khoản 1).</translation>
    </message>
    <message>
        <source>住民基本台帳カードを提示した方は不要です</source>
        <extracomment>not needed when a Juki card is shown</extracomment>
        <translation>Không cần nếu đã xuất trình thẻ Sổ cơ bản cư dân</translation>
    </message>
    <message>
        <source>住民異動届（転出届）</source>
        <extracomment>Notification of moving out</extracomment>
        <translation>Thông báo thay đổi cư trú (chuyển đi)</translation>
    </message>
    <message>
        <source>届出人・返却物</source>
        <extracomment>Notifier and returns</extracomment>
        <translation>Người thông báo và đồ trả lại</translation>
    </message>
    <message>
        <source>転出の予定年月日</source>
        <extracomment>planned date of moving out</extracomment>
        <translation>Ngày dự định chuyển đi</translation>
    </message>
    <message>
        <source>現住所</source>
        <extracomment>current address</extracomment>
        <translation>Địa chỉ hiện tại</translation>
    </message>
    <message>
        <source>国外へ転出</source>
        <extracomment>moving abroad</extracomment>
        <translation>Chuyển ra nước ngoài</translation>
    </message>
    <message>
        <source>転出先の住所 郵便番号</source>
        <extracomment>destination address: postal code</extracomment>
        <translation>Địa chỉ nơi chuyển đến: mã bưu chính</translation>
    </message>
    <message>
        <source>転出先の住所</source>
        <extracomment>destination address</extracomment>
        <translation>Địa chỉ nơi chuyển đến</translation>
    </message>
    <message>
        <source>転出先の住所 方書</source>
        <extracomment>destination address: building and room (katagaki)</extracomment>
        <translation>Địa chỉ nơi chuyển đến: tên tòa nhà, số phòng</translation>
    </message>
    <message>
        <source>転出先の国・地域</source>
        <extracomment>destination country</extracomment>
        <translation>Quốc gia hoặc khu vực nơi chuyển đến</translation>
    </message>
    <message>
        <source>転出先の世帯主</source>
        <extracomment>head of household at the destination</extracomment>
        <translation>Chủ hộ ở nơi chuyển đến</translation>
    </message>
    <message>
        <source>マイナンバーカードによる転出（転入届の特例を使う）</source>
        <extracomment>moving out with the My Number card (special procedure)</extracomment>
        <translation>Chuyển đi bằng thẻ My Number (thủ tục đặc biệt)</translation>
    </message>
    <message>
        <source>返却するもの</source>
        <extracomment>cards returned</extracomment>
        <translation>Những thứ cần trả lại</translation>
    </message>
    <message>
        <source>印鑑登録証</source>
        <extracomment>seal registration card</extracomment>
        <translation>Thẻ đăng ký con dấu</translation>
    </message>
    <message>
        <source>国民健康保険の資格確認書・被保険者証</source>
        <extracomment>National Health Insurance eligibility certificate or card</extracomment>
        <translation>Giấy xác nhận tư cách hoặc thẻ Bảo hiểm Y tế Quốc dân</translation>
    </message>
    <message>
        <source>後期高齢者医療被保険者証</source>
        <extracomment>late-stage elderly medical card</extracomment>
        <translation>Thẻ bảo hiểm y tế người cao tuổi giai đoạn cuối</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <extracomment>long-term care insurance card</extracomment>
        <translation>Thẻ bảo hiểm chăm sóc dài hạn</translation>
    </message>
    <message>
        <source>子ども医療証</source>
        <extracomment>child medical care card</extracomment>
        <translation>Thẻ y tế trẻ em</translation>
    </message>
    <message>
        <source>税証明交付申請書</source>
        <extracomment>Application for tax certificates</extracomment>
        <translation>Đơn xin cấp giấy chứng nhận thuế</translation>
    </message>
    <message>
        <source>証明の内容</source>
        <extracomment>Certificate</extracomment>
        <translation>Nội dung chứng nhận</translation>
    </message>
    <message>
        <source>証明を受ける方</source>
        <extracomment>Person concerned</extracomment>
        <translation>Người được chứng nhận</translation>
    </message>
    <message>
        <source>所得証明書</source>
        <extracomment>income certificate</extracomment>
        <translation>Giấy chứng nhận thu nhập</translation>
    </message>
    <message>
        <source>課税（非課税）証明書</source>
        <extracomment>tax assessment certificate</extracomment>
        <translation>Giấy chứng nhận đánh thuế (không đánh thuế)</translation>
    </message>
    <message>
        <source>所得課税証明書</source>
        <extracomment>income and tax certificate</extracomment>
        <translation>Giấy chứng nhận thu nhập và thuế</translation>
    </message>
    <message>
        <source>納税証明書</source>
        <extracomment>tax payment certificate</extracomment>
        <translation>Giấy chứng nhận nộp thuế</translation>
    </message>
    <message>
        <source>年度（西暦）</source>
        <extracomment>tax year (fiscal year, Gregorian)</extracomment>
        <translation>Năm tài chính (dương lịch)</translation>
    </message>
    <message>
        <source>令和6年度は2024。令和6年度の証明書は令和5年（2023年）中の所得を示します</source>
        <extracomment>FY2024 shows the income of 2023</extracomment>
        <translation>Năm tài chính Reiwa 6 là 2024. Giấy chứng nhận năm Reiwa 6 cho biết thu nhập của năm Reiwa 5 (2023)</translation>
    </message>
    <message>
        <source>所得の年</source>
        <extracomment>income year covered</extracomment>
        <translation>Năm thu nhập</translation>
    </message>
    <message>
        <source>証明を受ける方との関係</source>
        <extracomment>relation to the person concerned</extracomment>
        <translation>Quan hệ với người được chứng nhận</translation>
    </message>
    <message>
        <source>同居の親族</source>
        <extracomment>relative in the same household</extracomment>
        <translation>Người thân sống cùng nhà</translation>
    </message>
    <message>
        <source>証明を受ける方 氏名</source>
        <extracomment>person concerned name</extracomment>
        <translation>Người được chứng nhận: họ tên</translation>
    </message>
    <message>
        <source>証明を受ける方 住所</source>
        <extracomment>person concerned address</extracomment>
        <translation>Người được chứng nhận: địa chỉ</translation>
    </message>
    <message>
        <source>証明を受ける方 生年月日</source>
        <extracomment>person concerned date of birth</extracomment>
        <translation>Người được chứng nhận: ngày sinh</translation>
    </message>
    <message>
        <source>その年度の1月1日も今の住所に住んでいた</source>
        <extracomment>lived at the current address on 1 January of that year</extracomment>
        <translation>Ngày 1 tháng 1 của năm đó cũng sống ở địa chỉ hiện tại</translation>
    </message>
    <message>
        <source>1月1日現在の住所</source>
        <extracomment>address on 1 January of the tax year</extracomment>
        <translation>Địa chỉ vào ngày 1 tháng 1</translation>
    </message>
    <message>
        <source>住民税はその年度の1月1日に住んでいた市区町村が課税します</source>
        <extracomment>residence tax is levied where you lived on 1 January</extracomment>
        <translation>Thuế cư trú do thành phố nơi bạn sống vào ngày 1 tháng 1 của năm đó đánh</translation>
    </message>
    <message>
        <source>入力してください。</source>
        <extracomment>This is required.</extracomment>
        <translation>Vui lòng nhập.</translation>
    </message>
    <message>
        <source>存在する日付を入力してください。</source>
        <extracomment>Enter a date that exists.</extracomment>
        <translation>Vui lòng nhập một ngày có thật.</translation>
    </message>
    <message>
        <source>選択肢から選んでください。</source>
        <extracomment>Choose one of the options.</extracomment>
        <translation>Vui lòng chọn từ các lựa chọn.</translation>
    </message>
    <message>
        <source>値の形式が正しくありません。</source>
        <extracomment>The value has the wrong form.</extracomment>
        <translation>Định dạng giá trị không đúng.</translation>
    </message>
    <message>
        <source>書き方が正しくありません。</source>
        <extracomment>The format is not right.</extracomment>
        <translation>Cách viết không đúng.</translation>
    </message>
    <message>
        <source>長すぎます。</source>
        <extracomment>Too long.</extracomment>
        <translation>Quá dài.</translation>
    </message>
    <message>
        <source>範囲外の値です。</source>
        <extracomment>Out of range.</extracomment>
        <translation>Giá trị ngoài phạm vi.</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字です。</source>
        <extracomment>A postal code has 7 digits.</extracomment>
        <translation>Mã bưu chính gồm 7 chữ số.</translation>
    </message>
    <message>
        <source>個人番号が正しくありません。</source>
        <extracomment>The individual number is not valid.</extracomment>
        <translation>Mã số cá nhân không đúng.</translation>
    </message>
    <message>
        <source>人数が足りません。</source>
        <extracomment>Too few persons.</extracomment>
        <translation>Thiếu người.</translation>
    </message>
    <message>
        <source>人数が多すぎます。</source>
        <extracomment>Too many persons.</extracomment>
        <translation>Quá nhiều người.</translation>
    </message>
    <message>
        <source>この様式にない項目です。</source>
        <extracomment>This form has no such item.</extracomment>
        <translation>Mẫu đơn này không có mục này.</translation>
    </message>
    <message>
        <source>この項目は自動で決まります。</source>
        <extracomment>This item is set automatically.</extracomment>
        <translation>Mục này được tự động xác định.</translation>
    </message>
    <message>
        <source>この項目は窓口の職員が入力します。</source>
        <extracomment>Staff at the counter fill in this item.</extracomment>
        <translation>Nhân viên tại quầy sẽ nhập mục này.</translation>
    </message>
    <message>
        <source>代理人の方は委任状が必要です。</source>
        <extracomment>A proxy needs a power of attorney.</extracomment>
        <translation>Người đại diện cần giấy ủy quyền.</translation>
    </message>
    <message>
        <source>第三者からの請求では個人番号・住民票コードは記載できません。</source>
        <extracomment>A third party cannot receive the individual number or the residence record code.</extracomment>
        <translation>Yêu cầu của bên thứ ba không thể ghi mã số cá nhân và mã phiếu cư trú.</translation>
    </message>
    <message>
        <source>広域交付は本人または同一世帯の方のみ請求できます。</source>
        <extracomment>Wide-area issuance is only for the person or their household.</extracomment>
        <translation>Cấp liên vùng chỉ dành cho bản thân hoặc người cùng hộ.</translation>
    </message>
    <message>
        <source>広域交付には顔写真付きの本人確認書類が必要です。</source>
        <extracomment>Wide-area issuance needs photo ID.</extracomment>
        <translation>Cấp liên vùng cần giấy tờ tùy thân có ảnh.</translation>
    </message>
    <message>
        <source>広域交付では本籍・筆頭者は記載できません。</source>
        <extracomment>Wide-area issuance omits the registered domicile.</extracomment>
        <translation>Cấp liên vùng không ghi nơi đăng ký hộ tịch và người đứng đầu hộ tịch.</translation>
    </message>
    <message>
        <source>未来の日付は入力できません。</source>
        <extracomment>The date cannot be in the future.</extracomment>
        <translation>Không thể nhập ngày trong tương lai.</translation>
    </message>
    <message>
        <source>印鑑登録証がないと証明書は交付できません。</source>
        <extracomment>No certificate without the seal registration card.</extracomment>
        <translation>Không có thẻ đăng ký con dấu thì không thể cấp giấy chứng nhận.</translation>
    </message>
    <message>
        <source>15歳未満の方は印鑑登録できません。</source>
        <extracomment>Persons under 15 cannot register a seal.</extracomment>
        <translation>Người dưới 15 tuổi không thể đăng ký con dấu.</translation>
    </message>
    <message>
        <source>広域交付は代理人による請求ができません。</source>
        <extracomment>Wide-area issuance cannot be requested by a proxy.</extracomment>
        <translation>Cấp liên vùng không thể do người đại diện yêu cầu.</translation>
    </message>
    <message>
        <source>広域交付は本人・配偶者・直系の親族のみ請求できます。</source>
        <extracomment>Wide-area issuance is for the person, spouse and lineal relatives only.</extracomment>
        <translation>Cấp liên vùng chỉ dành cho bản thân, vợ/chồng và người thân trực hệ.</translation>
    </message>
    <message>
        <source>広域交付では全部事項証明書のみ請求できます。</source>
        <extracomment>Wide-area issuance covers full certificates only.</extracomment>
        <translation>Cấp liên vùng chỉ cấp giấy chứng nhận toàn bộ.</translation>
    </message>
    <message>
        <source>証明できるのは今年度から過去5年度分です。</source>
        <extracomment>Certificates cover this fiscal year and the four before.</extracomment>
        <translation>Có thể chứng nhận năm tài chính này và 4 năm trước đó.</translation>
    </message>
    <message>
        <source>その年度の1月1日に住んでいた市区町村で請求してください。</source>
        <extracomment>Request it from the municipality where you lived on 1 January of that year.</extracomment>
        <translation>Vui lòng yêu cầu ở thành phố nơi bạn sống vào ngày 1 tháng 1 của năm đó.</translation>
    </message>
    <message>
        <source>異動日が届出日より後になっています。</source>
        <extracomment>The moving date is after the notification date.</extracomment>
        <translation>Ngày chuyển sau ngày thông báo.</translation>
    </message>
    <message>
        <source>異動日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after moving (the notification is still accepted).</extracomment>
        <translation>Đã quá 14 ngày kể từ ngày chuyển (thông báo vẫn được tiếp nhận).</translation>
    </message>
    <message>
        <source>転出予定日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after the planned move-out (still accepted).</extracomment>
        <translation>Đã quá 14 ngày kể từ ngày dự định chuyển đi (vẫn được tiếp nhận).</translation>
    </message>
    <message>
        <source>転出証明書が必要です。</source>
        <extracomment>A moving-out certificate is required.</extracomment>
        <translation>Cần giấy chứng nhận chuyển đi.</translation>
    </message>
    <message>
        <source>転入した日から14日を過ぎたため、マイナンバーカードによる転入はできません。転出証明書が必要です。</source>
        <extracomment>More than 14 days after moving in: the card procedure has lapsed; a moving-out certificate is needed.</extracomment>
        <translation>Đã quá 14 ngày kể từ ngày chuyển đến nên không thể dùng thẻ My Number. Cần giấy chứng nhận chuyển đi.</translation>
    </message>
    <message>
        <source>転出予定日から30日を過ぎたため、マイナンバーカードによる転入はできません。転出証明書が必要です。</source>
        <extracomment>More than 30 days after the planned move-out: the card procedure has lapsed; a moving-out certificate is needed.</extracomment>
        <translation>Đã quá 30 ngày kể từ ngày dự định chuyển đi nên không thể dùng thẻ My Number. Cần giấy chứng nhận chuyển đi.</translation>
    </message>
    <message>
        <source>新しい住所がこの市区町村ではありません。</source>
        <extracomment>The new address is not in this municipality.</extracomment>
        <translation>Địa chỉ mới không thuộc thành phố này.</translation>
    </message>
    <message>
        <source>市区町村内での引越しは転居届です。</source>
        <extracomment>A move within the municipality is a 転居届.</extracomment>
        <translation>Chuyển nhà trong thành phố thì dùng thông báo chuyển nhà trong thành phố.</translation>
    </message>
    <message>
        <source>前の住所がこの市区町村ではありません（転入届になります）。</source>
        <extracomment>The previous address is elsewhere (use a 転入届).</extracomment>
        <translation>Địa chỉ cũ không thuộc thành phố này (là thông báo chuyển đến).</translation>
    </message>
    <message>
        <source>新しい住所が前の住所と同じです。</source>
        <extracomment>The new address is the same as the old one.</extracomment>
        <translation>Địa chỉ mới giống địa chỉ cũ.</translation>
    </message>
    <message>
        <source>現住所がこの市区町村ではありません。</source>
        <extracomment>The current address is not in this municipality.</extracomment>
        <translation>Địa chỉ hiện tại không thuộc thành phố này.</translation>
    </message>
    <message>
        <source>転出先がこの市区町村内です（転居届になります）。</source>
        <extracomment>The destination is in this municipality (use a 転居届).</extracomment>
        <translation>Nơi chuyển đến thuộc thành phố này (là thông báo chuyển nhà trong thành phố).</translation>
    </message>
    <message>
        <source>国外への転出はマイナンバーカードによる転出の対象外です。</source>
        <extracomment>Moving abroad cannot use the card procedure.</extracomment>
        <translation>Chuyển ra nước ngoài không dùng được thủ tục bằng thẻ My Number.</translation>
    </message>
    <message>
        <source>生年月日が異動日より後になっています。</source>
        <extracomment>The date of birth is after the moving date.</extracomment>
        <translation>Ngày sinh sau ngày chuyển.</translation>
    </message>
    <message>
        <source>在留期間の満了日が過ぎています。</source>
        <extracomment>The period of stay has expired.</extracomment>
        <translation>Thời hạn lưu trú đã hết.</translation>
    </message>
    <message>
        <source>世帯主は1人だけです。</source>
        <extracomment>There can be only one head of household.</extracomment>
        <translation>Chỉ có một chủ hộ.</translation>
    </message>
    <message>
        <source>世帯主を入力してください。</source>
        <extracomment>Enter the head of household.</extracomment>
        <translation>Vui lòng nhập chủ hộ.</translation>
    </message>
    <message>
        <source>ファイルが見つかりません。</source>
        <extracomment>File not found.</extracomment>
        <translation>Không tìm thấy tệp.</translation>
    </message>
    <message>
        <source>ファイルを読めません。</source>
        <extracomment>File unreadable.</extracomment>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>JSONとして読めません。</source>
        <extracomment>Not valid JSON.</extracomment>
        <translation>Không đọc được dưới dạng JSON.</translation>
    </message>
    <message>
        <source>様式定義に誤りがあります。</source>
        <extracomment>The form definition is broken.</extracomment>
        <translation>Định nghĩa mẫu đơn bị lỗi.</translation>
    </message>
    <message>
        <source>様式IDが重複しています。</source>
        <extracomment>Duplicate form id.</extracomment>
        <translation>Mã mẫu đơn bị trùng.</translation>
    </message>
    <message>
        <source>その様式はありません。</source>
        <extracomment>No such form.</extracomment>
        <translation>Không có mẫu đơn đó.</translation>
    </message>
    <message>
        <source>そのライフイベントはありません。</source>
        <extracomment>No such life event.</extracomment>
        <translation>Không có sự kiện đó.</translation>
    </message>
    <message>
        <source>入力データに誤りがあります。</source>
        <extracomment>The input data is invalid.</extracomment>
        <translation>Dữ liệu nhập bị lỗi.</translation>
    </message>
    <message>
        <source>日付が正しくありません。</source>
        <extracomment>Invalid date.</extracomment>
        <translation>Ngày không đúng.</translation>
    </message>
    <message>
        <source>元号の期間外の日付です。</source>
        <extracomment>The date is outside its era.</extracomment>
        <translation>Ngày nằm ngoài niên hiệu.</translation>
    </message>
    <message>
        <source>明治より前の日付は扱えません。</source>
        <extracomment>Dates before Meiji are not supported.</extracomment>
        <translation>Không xử lý được ngày trước thời Meiji.</translation>
    </message>
    <message>
        <source>郵便番号が正しくありません。</source>
        <extracomment>Invalid postal code.</extracomment>
        <translation>Mã bưu chính không đúng.</translation>
    </message>
    <message>
        <source>データベースのエラーです。</source>
        <extracomment>Database error.</extracomment>
        <translation>Lỗi cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>郵便番号データベースの版が古いです。</source>
        <extracomment>The postal database is outdated.</extracomment>
        <translation>Cơ sở dữ liệu mã bưu chính đã cũ.</translation>
    </message>
    <message>
        <source>郵便番号データに誤りがあります。</source>
        <extracomment>The postal table is invalid.</extracomment>
        <translation>Dữ liệu mã bưu chính bị lỗi.</translation>
    </message>
    <message>
        <source>圧縮ファイルを展開できません。</source>
        <extracomment>Cannot decompress.</extracomment>
        <translation>Không giải nén được tệp.</translation>
    </message>
    <message>
        <source>文字コードを判別できません。</source>
        <extracomment>Unknown text encoding.</extracomment>
        <translation>Không xác định được mã ký tự.</translation>
    </message>
    <message>
        <source>ほかの市区町村から引っ越してきた</source>
        <extracomment>Moved here from another municipality</extracomment>
        <translation>Tôi chuyển đến từ thành phố khác</translation>
    </message>
    <message>
        <source>市区町村内で引っ越した</source>
        <extracomment>Moved within the municipality</extracomment>
        <translation>Tôi chuyển nhà trong thành phố</translation>
    </message>
    <message>
        <source>ほかの市区町村へ引っ越す</source>
        <extracomment>Moving out to another municipality</extracomment>
        <translation>Tôi sẽ chuyển đến thành phố khác</translation>
    </message>
    <message>
        <source>証明書がほしい</source>
        <extracomment>I need certificates</extracomment>
        <translation>Tôi cần giấy chứng nhận</translation>
    </message>
    <message>
        <source>高校生年代までのお子さん（18歳になった後の最初の3月31日まで）がいますか</source>
        <extracomment>Do you have children up to high-school age (until the first 31 March after their 18th birthday)?</extracomment>
        <translation>Bạn có con đến độ tuổi học sinh trung học phổ thông (đến ngày 31 tháng 3 đầu tiên sau khi tròn 18 tuổi) không?</translation>
    </message>
    <message>
        <source>小・中学校に通うお子さんがいますか</source>
        <extracomment>Do you have children at elementary or junior high school?</extracomment>
        <translation>Bạn có con đang học tiểu học hoặc trung học cơ sở không?</translation>
    </message>
    <message>
        <source>国民健康保険に加入していますか（会社の保険ではない）</source>
        <extracomment>Are you in the National Health Insurance (not an employer&apos;s insurance)?</extracomment>
        <translation>Bạn có tham gia Bảo hiểm y tế quốc dân không (không phải bảo hiểm công ty)?</translation>
    </message>
    <message>
        <source>国民年金第1号被保険者ですか（自営業・学生など）</source>
        <extracomment>Are you a category 1 National Pension insured person (self-employed, student …)?</extracomment>
        <translation>Bạn có phải người tham gia Lương hưu quốc dân loại 1 không (tự kinh doanh, sinh viên…)?</translation>
    </message>
    <message>
        <source>65歳以上の方がいますか</source>
        <extracomment>Is anyone 65 or older?</extracomment>
        <translation>Có ai từ 65 tuổi trở lên không?</translation>
    </message>
    <message>
        <source>75歳以上の方がいますか</source>
        <extracomment>Is anyone 75 or older?</extracomment>
        <translation>Có ai từ 75 tuổi trở lên không?</translation>
    </message>
    <message>
        <source>印鑑登録をしていますか</source>
        <extracomment>Do you have a registered seal?</extracomment>
        <translation>Bạn đã đăng ký con dấu chưa?</translation>
    </message>
    <message>
        <source>マイナンバーカードをお持ちですか</source>
        <extracomment>Do you have a My Number card?</extracomment>
        <translation>Bạn có thẻ My Number không?</translation>
    </message>
    <message>
        <source>犬を飼っていますか</source>
        <extracomment>Do you keep a dog?</extracomment>
        <translation>Bạn có nuôi chó không?</translation>
    </message>
    <message>
        <source>国民健康保険の加入</source>
        <extracomment>Join the National Health Insurance</extracomment>
        <translation>Tham gia Bảo hiểm y tế quốc dân</translation>
    </message>
    <message>
        <source>保険年金課</source>
        <extracomment>Health insurance and pension desk</extracomment>
        <translation>Phòng Bảo hiểm và Lương hưu</translation>
    </message>
    <message>
        <source>本人確認書類</source>
        <extracomment>ID</extracomment>
        <translation>Giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>国民健康保険の住所変更</source>
        <extracomment>National Health Insurance: change of address</extracomment>
        <translation>Bảo hiểm y tế quốc dân: thay đổi địa chỉ</translation>
    </message>
    <message>
        <source>国民健康保険の脱退（資格確認書等の返却）</source>
        <extracomment>Leave the National Health Insurance (return the card)</extracomment>
        <translation>Rút khỏi Bảo hiểm Y tế Quốc dân (trả lại giấy xác nhận tư cách hoặc thẻ)</translation>
    </message>
    <message>
        <source>国民年金の住所変更</source>
        <extracomment>National Pension: change of address</extracomment>
        <translation>Lương hưu quốc dân: thay đổi địa chỉ</translation>
    </message>
    <message>
        <source>基礎年金番号がわかるもの</source>
        <extracomment>document with the basic pension number</extracomment>
        <translation>Giấy tờ có số lương hưu cơ bản</translation>
    </message>
    <message>
        <source>児童手当の申請</source>
        <extracomment>Child allowance application</extracomment>
        <translation>Xin trợ cấp nhi đồng</translation>
    </message>
    <message>
        <source>子育て支援課</source>
        <extracomment>Child support desk</extracomment>
        <translation>Phòng Hỗ trợ nuôi dạy con</translation>
    </message>
    <message>
        <source>請求者の口座がわかるもの</source>
        <extracomment>bank account details</extracomment>
        <translation>Giấy tờ có số tài khoản ngân hàng của người xin</translation>
    </message>
    <message>
        <source>児童手当の住所変更・消滅届</source>
        <extracomment>Child allowance: change of address or end</extracomment>
        <translation>Trợ cấp nhi đồng: thay đổi địa chỉ hoặc chấm dứt</translation>
    </message>
    <message>
        <source>子ども医療費助成の申請</source>
        <extracomment>Child medical expense subsidy</extracomment>
        <translation>Xin hỗ trợ chi phí y tế cho trẻ em</translation>
    </message>
    <message>
        <source>お子さんの資格確認書（マイナ保険証の方は個人番号カード）</source>
        <extracomment>the child&apos;s health insurance eligibility certificate (or My Number card)</extracomment>
        <translation>giấy xác nhận tư cách bảo hiểm y tế của con (hoặc thẻ My Number)</translation>
    </message>
    <message>
        <source>転入学の手続き（転入学通知書）</source>
        <extracomment>School transfer</extracomment>
        <translation>Thủ tục chuyển trường (giấy thông báo chuyển trường)</translation>
    </message>
    <message>
        <source>教育委員会 学務課</source>
        <extracomment>Board of education</extracomment>
        <translation>Ủy ban Giáo dục, Phòng Học vụ</translation>
    </message>
    <message>
        <source>在学証明書・教科書給与証明書</source>
        <extracomment>certificate of enrolment</extracomment>
        <translation>Giấy chứng nhận đang học, giấy chứng nhận cấp sách giáo khoa</translation>
    </message>
    <message>
        <source>介護保険の手続き</source>
        <extracomment>Long-term care insurance</extracomment>
        <translation>Thủ tục bảo hiểm chăm sóc dài hạn</translation>
    </message>
    <message>
        <source>介護保険課</source>
        <extracomment>Long-term care desk</extracomment>
        <translation>Phòng Bảo hiểm chăm sóc dài hạn</translation>
    </message>
    <message>
        <source>介護保険被保険者証・受給資格証明書</source>
        <extracomment>care insurance card</extracomment>
        <translation>Thẻ bảo hiểm chăm sóc dài hạn, giấy chứng nhận đủ điều kiện</translation>
    </message>
    <message>
        <source>後期高齢者医療の手続き</source>
        <extracomment>Late-stage elderly medical care</extracomment>
        <translation>Thủ tục y tế người cao tuổi giai đoạn cuối</translation>
    </message>
    <message>
        <source>負担区分等証明書</source>
        <extracomment>certificate from the previous municipality</extracomment>
        <translation>Giấy chứng nhận phân loại chi trả</translation>
    </message>
    <message>
        <source>印鑑登録の廃止（登録証の返却）</source>
        <extracomment>Cancel the seal registration (return the card)</extracomment>
        <translation>Hủy đăng ký con dấu (trả thẻ đăng ký)</translation>
    </message>
    <message>
        <source>市民課</source>
        <extracomment>Citizens&apos; desk</extracomment>
        <translation>Phòng Thị dân</translation>
    </message>
    <message>
        <source>印鑑登録</source>
        <extracomment>Seal registration</extracomment>
        <translation>Đăng ký con dấu</translation>
    </message>
    <message>
        <source>登録する印鑑・顔写真付き本人確認書類</source>
        <extracomment>the seal and photo ID</extracomment>
        <translation>Con dấu cần đăng ký và giấy tờ tùy thân có ảnh</translation>
    </message>
    <message>
        <source>マイナンバーカードの住所変更（券面記載事項変更）</source>
        <extracomment>My Number card: change of address on the card</extracomment>
        <translation>Thẻ My Number: thay đổi địa chỉ ghi trên thẻ</translation>
    </message>
    <message>
        <source>マイナンバーカードと暗証番号（住基用4桁）</source>
        <extracomment>the card and its 4-digit PIN</extracomment>
        <translation>Thẻ My Number và mã PIN (4 số, dùng cho Sổ cơ bản cư dân)</translation>
    </message>
    <message>
        <source>犬の登録事項変更</source>
        <extracomment>Dog registration: change of address</extracomment>
        <translation>Thay đổi đăng ký chó</translation>
    </message>
    <message>
        <source>環境衛生課</source>
        <extracomment>Environment desk</extracomment>
        <translation>Phòng Vệ sinh môi trường</translation>
    </message>
    <message>
        <source>犬の鑑札</source>
        <extracomment>dog licence tag</extracomment>
        <translation>Thẻ bài đăng ký chó</translation>
    </message>
    <message>
        <source>選挙人名簿の登録（転入後3か月で自動）</source>
        <extracomment>Electoral register (automatic after 3 months)</extracomment>
        <translation>Đăng ký danh sách cử tri (tự động sau 3 tháng kể từ khi chuyển đến)</translation>
    </message>
    <message>
        <source>選挙管理委員会</source>
        <extracomment>Election board</extracomment>
        <translation>Ủy ban Quản lý bầu cử</translation>
    </message>
    <message>
        <source>就職・転職</source>
        <translation>Xin việc hoặc đổi việc</translation>
    </message>
    <message>
        <source>運転免許</source>
        <translation>Bằng lái xe</translation>
    </message>
    <message>
        <source>年金・保険</source>
        <translation>Lương hưu, bảo hiểm</translation>
    </message>
    <message>
        <source>学校・奨学金</source>
        <translation>Trường học, học bổng</translation>
    </message>
    <message>
        <source>不動産・登記</source>
        <translation>Bất động sản, đăng ký</translation>
    </message>
    <message>
        <source>自動車の登録</source>
        <translation>Đăng ký xe ô tô</translation>
    </message>
    <message>
        <source>銀行・ローン</source>
        <translation>Ngân hàng, vay tiền</translation>
    </message>
    <message>
        <source>パスポート</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>相続</source>
        <translation>Thừa kế</translation>
    </message>
    <message>
        <source>官公庁への提出</source>
        <translation>Nộp cho cơ quan nhà nước</translation>
    </message>
    <message>
        <source>その他（窓口で確認）</source>
        <translation>Khác (xác nhận tại quầy)</translation>
    </message>
    <message>
        <source>勤務先</source>
        <translation>Nơi làm việc</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <source>金融機関</source>
        <translation>Tổ chức tài chính</translation>
    </message>
    <message>
        <source>警察署</source>
        <translation>Đồn cảnh sát</translation>
    </message>
    <message>
        <source>年金事務所</source>
        <translation>Văn phòng lương hưu</translation>
    </message>
    <message>
        <source>法務局</source>
        <translation>Cục Pháp vụ</translation>
    </message>
    <message>
        <source>運輸支局</source>
        <translation>Chi cục Vận tải</translation>
    </message>
    <message>
        <source>市区町村役場</source>
        <translation>Ủy ban thành phố</translation>
    </message>
    <message>
        <source>中国</source>
        <translation>Trung Quốc</translation>
    </message>
    <message>
        <source>ベトナム</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>韓国</source>
        <translation>Hàn Quốc</translation>
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
        <translation>Đài Loan</translation>
    </message>
    <message>
        <source>アメリカ合衆国</source>
        <translation>Hoa Kỳ</translation>
    </message>
    <message>
        <source>タイ</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <source>インド</source>
        <translation>Ấn Độ</translation>
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
        <translation>Vĩnh trú</translation>
    </message>
    <message>
        <source>日本人の配偶者等</source>
        <translation>Vợ/chồng của người Nhật</translation>
    </message>
    <message>
        <source>永住者の配偶者等</source>
        <translation>Vợ/chồng của người vĩnh trú</translation>
    </message>
    <message>
        <source>定住者</source>
        <translation>Định cư</translation>
    </message>
    <message>
        <source>技術・人文知識・国際業務</source>
        <translation>Kỹ thuật, tri thức nhân văn, nghiệp vụ quốc tế</translation>
    </message>
    <message>
        <source>技能実習</source>
        <translation>Thực tập kỹ năng</translation>
    </message>
    <message>
        <source>特定技能</source>
        <translation>Kỹ năng đặc định</translation>
    </message>
    <message>
        <source>留学</source>
        <translation>Du học</translation>
    </message>
    <message>
        <source>家族滞在</source>
        <translation>Đoàn tụ gia đình</translation>
    </message>
    <message>
        <source>技能</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>経営・管理</source>
        <translation>Kinh doanh, quản lý</translation>
    </message>
    <message>
        <source>高度専門職</source>
        <translation>Chuyên môn cao cấp</translation>
    </message>
    <message>
        <source>特定活動</source>
        <translation>Hoạt động đặc định</translation>
    </message>
    <message>
        <source>企業内転勤</source>
        <translation>Thuyên chuyển nội bộ doanh nghiệp</translation>
    </message>
    <message>
        <source>介護</source>
        <translation>Chăm sóc điều dưỡng</translation>
    </message>
    <message>
        <source>教授</source>
        <translation>Giáo sư</translation>
    </message>
    <message>
        <source>研究</source>
        <translation>Nghiên cứu</translation>
    </message>
    <message>
        <source>教育</source>
        <translation>Giáo dục</translation>
    </message>
    <message>
        <source>医療</source>
        <translation>Y tế</translation>
    </message>
    <message>
        <source>興行</source>
        <translation>Biểu diễn nghệ thuật</translation>
    </message>
    <message>
        <source>文化活動</source>
        <translation>Hoạt động văn hóa</translation>
    </message>
    <message>
        <source>請求する方の住所（マイナンバーカードの住所）が当市区町村の外にあるとき、広域交付（住民基本台帳法第12条の4）として自動で「はい」になります。</source>
        <extracomment>Set automatically: yes when the requester&apos;s address (the card&apos;s address) is outside this municipality (住民基本台帳法 第12条の4).</extracomment>
        <translation>Tự động chọn &quot;Có&quot; khi địa chỉ của người yêu cầu (địa chỉ trên thẻ My Number) ở ngoài thành phố này (cấp liên vùng, Luật Đăng ký Cư trú cơ bản, Điều 12-4).</translation>
    </message>
    <message>
        <source>住民異動届（世帯変更届）</source>
        <extracomment>Notification of a change of household</extracomment>
        <translation>Thông báo thay đổi hộ gia đình (世帯変更届)</translation>
    </message>
    <message>
        <source>変更があった年月日</source>
        <extracomment>date of the change</extracomment>
        <translation>ngày thay đổi</translation>
    </message>
    <message>
        <source>世帯主が亡くなった場合は亡くなった日</source>
        <extracomment>when the head of household died: the date of death</extracomment>
        <translation>nếu chủ hộ qua đời: ngày mất</translation>
    </message>
    <message>
        <source>変更の内容</source>
        <extracomment>what changed</extracomment>
        <translation>nội dung thay đổi</translation>
    </message>
    <message>
        <source>世帯主が亡くなり、世帯に残る方が1人だけのときは、その方が世帯主になるため、この届出はいりません。</source>
        <extracomment>When the head of household died and only one person remains in the household, that person becomes the head and this notification is not needed.</extracomment>
        <translation>Khi chủ hộ qua đời và trong hộ chỉ còn một người, người đó trở thành chủ hộ nên không cần thông báo này.</translation>
    </message>
    <message>
        <source>世帯主の変更</source>
        <extracomment>change of the head of household</extracomment>
        <translation>thay đổi chủ hộ</translation>
    </message>
    <message>
        <source>世帯分離（同じ住所で世帯を分ける）</source>
        <extracomment>splitting the household (same address)</extracomment>
        <translation>tách hộ (cùng địa chỉ)</translation>
    </message>
    <message>
        <source>世帯合併（同じ住所の世帯を一つにする）</source>
        <extracomment>merging households (same address)</extracomment>
        <translation>nhập hộ (cùng địa chỉ)</translation>
    </message>
    <message>
        <source>世帯構成の変更（世帯員の続柄など）</source>
        <extracomment>change in the household (relations)</extracomment>
        <translation>thay đổi trong hộ (quan hệ)</translation>
    </message>
    <message>
        <source>世帯主が変わる理由</source>
        <extracomment>why the head changes</extracomment>
        <translation>lý do thay đổi chủ hộ</translation>
    </message>
    <message>
        <source>世帯主の死亡</source>
        <extracomment>the head of household died</extracomment>
        <translation>chủ hộ qua đời</translation>
    </message>
    <message>
        <source>世帯主の転出</source>
        <extracomment>the head of household moved out</extracomment>
        <translation>chủ hộ chuyển đi</translation>
    </message>
    <message>
        <source>世帯員の話し合いによる変更</source>
        <extracomment>the household decided on a new head</extracomment>
        <translation>hộ gia đình thống nhất chọn chủ hộ mới</translation>
    </message>
    <message>
        <source>世帯の住所（住民票の住所）</source>
        <extracomment>the household&apos;s address (as on the residence record)</extracomment>
        <translation>địa chỉ của hộ (như trên phiếu cư trú)</translation>
    </message>
    <message>
        <source>方書</source>
        <extracomment>building and room (katagaki)</extracomment>
        <translation>tên tòa nhà và số phòng (katagaki)</translation>
    </message>
    <message>
        <source>変更前の世帯主 氏名</source>
        <extracomment>head of household before the change</extracomment>
        <translation>chủ hộ trước khi thay đổi</translation>
    </message>
    <message>
        <source>変更後の世帯主 氏名</source>
        <extracomment>head of household after the change</extracomment>
        <translation>chủ hộ sau khi thay đổi</translation>
    </message>
    <message>
        <source>変更があった方</source>
        <extracomment>persons concerned</extracomment>
        <translation>những người liên quan</translation>
    </message>
    <message>
        <source>世帯や続柄が変わる方（新しい世帯主を含む）。</source>
        <extracomment>everyone whose household or relation changes (the new head included)</extracomment>
        <translation>mọi người có hộ hoặc quan hệ thay đổi (kể cả chủ hộ mới)</translation>
    </message>
    <message>
        <source>変更後の世帯主との続柄</source>
        <extracomment>relation to the new head of household</extracomment>
        <translation>quan hệ với chủ hộ mới</translation>
    </message>
    <message>
        <source>変更後の世帯主</source>
        <extracomment>the new head of household</extracomment>
        <translation>chủ hộ mới</translation>
    </message>
    <message>
        <source>変更があった日が届出日より後になっています。</source>
        <extracomment>The date of the change is after the notification date.</extracomment>
        <translation>Ngày thay đổi sau ngày thông báo.</translation>
    </message>
    <message>
        <source>変更があった日から14日を過ぎています（届出は受け付けます）。</source>
        <extracomment>More than 14 days after the change (the notification is still accepted).</extracomment>
        <translation>Đã quá 14 ngày kể từ ngày thay đổi (vẫn nhận thông báo).</translation>
    </message>
    <message>
        <source>変更前と変更後の世帯主が同じです。</source>
        <extracomment>The head of household before and after the change is the same person.</extracomment>
        <translation>Chủ hộ trước và sau khi thay đổi là cùng một người.</translation>
    </message>
    <message>
        <source>転入届をした日から14日以内</source>
        <extracomment>within 14 days of the notification of moving in</extracomment>
        <translation>trong vòng 14 ngày kể từ ngày thông báo chuyển đến</translation>
    </message>
    <message>
        <source>転入した日から14日以内</source>
        <extracomment>within 14 days of moving in</extracomment>
        <translation>trong vòng 14 ngày kể từ ngày chuyển đến</translation>
    </message>
    <message>
        <source>転入した日の翌日から15日以内に申請すると、翌月分から受けられます（15日特例）</source>
        <extracomment>apply within 15 days from the day after moving in to receive it from the next month (15-day rule)</extracomment>
        <translation>nộp đơn trong vòng 15 ngày kể từ ngày hôm sau ngày chuyển đến để được nhận từ tháng sau (quy định 15 ngày)</translation>
    </message>
    <message>
        <source>転入した日から30日以内</source>
        <extracomment>within 30 days of moving in</extracomment>
        <translation>trong vòng 30 ngày kể từ ngày chuyển đến</translation>
    </message>
    <message>
        <source>転居届をした日から14日以内</source>
        <extracomment>within 14 days of the notification of moving</extracomment>
        <translation>trong vòng 14 ngày kể từ ngày thông báo chuyển nhà</translation>
    </message>
    <message>
        <source>転居した日から14日以内</source>
        <extracomment>within 14 days of moving</extracomment>
        <translation>trong vòng 14 ngày kể từ ngày chuyển nhà</translation>
    </message>
    <message>
        <source>転居した日から30日以内</source>
        <extracomment>within 30 days of moving</extracomment>
        <translation>trong vòng 30 ngày kể từ ngày chuyển nhà</translation>
    </message>
    <message>
        <source>世帯主が亡くなった（おくやみの手続き）</source>
        <extracomment>The head of the household died (procedures after a death)</extracomment>
        <translation>Chủ hộ qua đời (thủ tục sau khi mất)</translation>
    </message>
    <message>
        <source>死亡の事実を知った日から7日以内</source>
        <extracomment>within 7 days of learning of the death</extracomment>
        <translation>trong vòng 7 ngày kể từ khi biết tin mất</translation>
    </message>
    <message>
        <source>亡くなった日から14日以内</source>
        <extracomment>within 14 days of the death</extracomment>
        <translation>trong vòng 14 ngày kể từ ngày mất</translation>
    </message>
    <message>
        <source>葬儀を行った日の翌日から2年以内</source>
        <extracomment>within 2 years from the day after the funeral</extracomment>
        <translation>trong vòng 2 năm kể từ ngày hôm sau tang lễ</translation>
    </message>
    <message>
        <source>亡くなった方は国民健康保険に加入していましたか</source>
        <extracomment>Was the deceased in the National Health Insurance?</extracomment>
        <translation>Người mất có tham gia Bảo hiểm Y tế Quốc dân không?</translation>
    </message>
    <message>
        <source>亡くなった方は後期高齢者医療に加入していましたか（75歳以上の方など）</source>
        <extracomment>Was the deceased in the late-stage elderly medical care system (75 or older, for example)?</extracomment>
        <translation>Người mất có tham gia chế độ y tế cho người cao tuổi giai đoạn sau không (75 tuổi trở lên, v.v.)?</translation>
    </message>
    <message>
        <source>亡くなった方は介護保険の被保険者証をお持ちでしたか（65歳以上の方、要介護認定を受けた方）</source>
        <extracomment>Did the deceased have a long-term care insurance card (65 or older, or certified as needing care)?</extracomment>
        <translation>Người mất có thẻ bảo hiểm chăm sóc dài hạn không (từ 65 tuổi, hoặc được công nhận cần chăm sóc)?</translation>
    </message>
    <message>
        <source>亡くなった方は年金を受け取っていましたか</source>
        <extracomment>Did the deceased receive a pension?</extracomment>
        <translation>Người mất có nhận lương hưu không?</translation>
    </message>
    <message>
        <source>亡くなった方は印鑑登録をしていましたか</source>
        <extracomment>Did the deceased have a registered seal?</extracomment>
        <translation>Người mất có đăng ký con dấu không?</translation>
    </message>
    <message>
        <source>亡くなった方は福祉医療証や障害者手帳などをお持ちでしたか</source>
        <extracomment>Did the deceased have a welfare medical card, a disability certificate or similar?</extracomment>
        <translation>Người mất có thẻ y tế phúc lợi, sổ người khuyết tật hoặc giấy tờ tương tự không?</translation>
    </message>
    <message>
        <source>死亡届（この端末では受け付けません。多くの場合、葬儀社が提出します）</source>
        <extracomment>Notification of death (not filed at this kiosk; usually the funeral company files it)</extracomment>
        <translation>Khai tử (không nộp tại máy này; thường do công ty tang lễ nộp)</translation>
    </message>
    <message>
        <source>市民課（戸籍）</source>
        <extracomment>Citizens&apos; desk (family register)</extracomment>
        <translation>Ban Công dân (hộ tịch)</translation>
    </message>
    <message>
        <source>死亡診断書（死亡届と一枚の用紙）</source>
        <extracomment>the medical certificate of death (on the same sheet as the notification)</extracomment>
        <translation>giấy chứng tử của bác sĩ (cùng tờ với đơn khai tử)</translation>
    </message>
    <message>
        <source>国民健康保険の資格喪失（資格確認書等の返却）</source>
        <extracomment>National Health Insurance: end of the deceased&apos;s coverage (return the card)</extracomment>
        <translation>Bảo hiểm Y tế Quốc dân: chấm dứt tư cách (trả lại thẻ)</translation>
    </message>
    <message>
        <source>亡くなった方の資格確認書・被保険者証</source>
        <extracomment>the deceased&apos;s eligibility certificate or card</extracomment>
        <translation>giấy xác nhận tư cách hoặc thẻ bảo hiểm của người mất</translation>
    </message>
    <message>
        <source>葬祭費の申請（国民健康保険）</source>
        <extracomment>Funeral expenses grant (National Health Insurance)</extracomment>
        <translation>Xin trợ cấp chi phí tang lễ (Bảo hiểm Y tế Quốc dân)</translation>
    </message>
    <message>
        <source>葬儀の領収書又は会葬礼状・喪主の口座がわかるもの</source>
        <extracomment>the funeral receipt or notice and the chief mourner&apos;s bank account details</extracomment>
        <translation>biên lai tang lễ hoặc thư cảm ơn dự tang, và thông tin tài khoản của người chủ tang</translation>
    </message>
    <message>
        <source>後期高齢者医療の資格喪失（資格確認書等の返却）</source>
        <extracomment>Late-stage elderly medical care: end of coverage (return the card)</extracomment>
        <translation>Y tế người cao tuổi giai đoạn sau: chấm dứt tư cách (trả lại thẻ)</translation>
    </message>
    <message>
        <source>葬祭費の申請（後期高齢者医療）</source>
        <extracomment>Funeral expenses grant (late-stage elderly medical care)</extracomment>
        <translation>Xin trợ cấp chi phí tang lễ (y tế người cao tuổi giai đoạn sau)</translation>
    </message>
    <message>
        <source>介護保険の資格喪失（被保険者証の返却）</source>
        <extracomment>Long-term care insurance: end of coverage (return the card)</extracomment>
        <translation>Bảo hiểm chăm sóc dài hạn: chấm dứt tư cách (trả lại thẻ)</translation>
    </message>
    <message>
        <source>亡くなった方の介護保険被保険者証</source>
        <extracomment>the deceased&apos;s care insurance card</extracomment>
        <translation>thẻ bảo hiểm chăm sóc của người mất</translation>
    </message>
    <message>
        <source>年金の手続き（未支給年金・遺族年金）</source>
        <extracomment>Pension: unpaid pension and survivors&apos; pension</extracomment>
        <translation>Lương hưu: lương hưu chưa chi trả và lương hưu cho người thân còn sống</translation>
    </message>
    <message>
        <source>保険年金課（国民年金）・年金事務所（厚生年金）</source>
        <extracomment>Pension desk (National Pension) or the pension office (employees&apos; pension)</extracomment>
        <translation>Ban Bảo hiểm và Lương hưu (Lương hưu Quốc dân) hoặc văn phòng lương hưu (lương hưu người lao động)</translation>
    </message>
    <message>
        <source>年金証書・亡くなった方との関係がわかる戸籍謄本</source>
        <extracomment>the pension certificate and a family register showing the relationship</extracomment>
        <translation>giấy chứng nhận lương hưu và bản sao hộ tịch cho thấy quan hệ với người mất</translation>
    </message>
    <message>
        <source>印鑑登録証の返却（印鑑登録は死亡により廃止されます）</source>
        <extracomment>Return the seal registration card (the registration ends at death)</extracomment>
        <translation>Trả lại thẻ đăng ký con dấu (đăng ký chấm dứt khi qua đời)</translation>
    </message>
    <message>
        <source>亡くなった方の印鑑登録証</source>
        <extracomment>the deceased&apos;s seal registration card</extracomment>
        <translation>thẻ đăng ký con dấu của người mất</translation>
    </message>
    <message>
        <source>福祉医療証・障害者手帳などの返却</source>
        <extracomment>Return welfare medical cards, disability certificates and the like</extracomment>
        <translation>Trả lại thẻ y tế phúc lợi, sổ người khuyết tật và giấy tờ tương tự</translation>
    </message>
    <message>
        <source>福祉課</source>
        <extracomment>Welfare desk</extracomment>
        <translation>Ban Phúc lợi</translation>
    </message>
    <message>
        <source>亡くなった方の福祉医療証・手帳</source>
        <extracomment>the deceased&apos;s welfare cards and certificates</extracomment>
        <translation>thẻ và sổ phúc lợi của người mất</translation>
    </message>
    <message>
        <source>マイナンバーカードの返納は不要です（死亡により失効。相続の手続きのため個人番号は控えておいてください）</source>
        <extracomment>The My Number card need not be returned (it lapses at death; keep the number for inheritance paperwork)</extracomment>
        <translation>Không cần trả lại thẻ My Number (thẻ hết hiệu lực khi qua đời; hãy ghi lại mã số cá nhân để làm thủ tục thừa kế)</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <source>Moved to %1 from another municipality</source>
        <translation>Tôi đã chuyển đến %1 từ nơi khác</translation>
    </message>
    <message>
        <source>Moved within %1</source>
        <translation>Tôi đã chuyển nhà trong %1</translation>
    </message>
    <message>
        <source>Moving out of %1 to another municipality</source>
        <translation>Tôi sắp chuyển từ %1 đi nơi khác</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Fee: %1 × %2 = %3</source>
        <translation>Lệ phí: %1 × %2 bản = %3</translation>
    </message>
    <message>
        <source>Fee to pay at the counter: %1</source>
        <translation>Lệ phí trả tại quầy: %1</translation>
    </message>
    <message>
        <source>Read with the verification code B by staff.</source>
        <translation>Nhân viên đã đọc bằng mã đối chiếu B.</translation>
    </message>
    <message>
        <source>The card&apos;s data is genuine: its signature was checked.</source>
        <translation>Đã xác nhận thông tin trên thẻ là thật (chữ ký đã được kiểm tra).</translation>
    </message>
    <message>
        <source>The card&apos;s signature was not checked on this kiosk (no key set up).</source>
        <translation>Máy này chưa kiểm tra chữ ký của thẻ (chưa cài khóa).</translation>
    </message>
    <message>
        <source>The card&apos;s data failed its check.</source>
        <translation>Kiểm tra thông tin thẻ không thành công.</translation>
    </message>
</context>
<context>
    <name>StaffConfirmScreen</name>
    <message>
        <source>Pre-entry</source>
        <translation>Nhập trước</translation>
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
        <translation>Mã PIN của thẻ đã bị khóa</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly 3 times, so the card locked itself to protect you.</source>
        <translation>Mã PIN đã bị nhập sai 3 lần liên tiếp nên thẻ đã tự khóa để bảo vệ bạn.</translation>
    </message>
    <message>
        <source>the resident registration desk of the city hall where you live</source>
        <translation>quầy đăng ký cư dân của ủy ban thành phố nơi bạn sống</translation>
    </message>
    <message>
        <source>The PIN can be reset at %1. Please come in person with this card; the staff will check your identity.</source>
        <translation>Có thể đặt lại mã PIN tại %1. Vui lòng tự mình mang thẻ này đến; nhân viên sẽ xác nhận danh tính của bạn.</translation>
    </message>
    <message>
        <source>Today, staff can still read the card without the PIN, with the verification code B printed on its front.</source>
        <translation>Hôm nay nhân viên vẫn có thể đọc thẻ mà không cần mã PIN, bằng mã đối chiếu B in ở mặt trước thẻ.</translation>
    </message>
    <message>
        <source>Please take your card and ask at the counter.</source>
        <translation>Vui lòng lấy thẻ và hỏi tại quầy.</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>Đọc không cần PIN: mã B (nhân viên)</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::BusyScreen</name>
    <message>
        <source>Checking your card</source>
        <translation>Đang kiểm tra thẻ</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>Vui lòng không di chuyển thẻ.</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <translation>Đang đọc thẻ</translation>
    </message>
    <message>
        <source>Please do not move the card. This takes a moment.</source>
        <translation>Vui lòng không di chuyển thẻ. Xin chờ một chút.</translation>
    </message>
    <message>
        <source>Saving your request</source>
        <translation>Đang lưu đơn của bạn</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Xin chờ một chút.</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardFaceDiagram</name>
    <message>
        <source>Diagram of the card&apos;s front: 1 date of birth, 2 expiry year, 3 security code under the photo</source>
        <translation>Hình mặt trước thẻ: 1 ngày sinh, 2 năm hết hạn, 3 mã bảo mật dưới ảnh</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardProblemScreen</name>
    <message>
        <source>The card cannot be read</source>
        <translation>Không đọc được thẻ</translation>
    </message>
    <message>
        <source>Check that it is a My Number card, the right way up, and place it on the reader again.</source>
        <translation>Vui lòng kiểm tra đó là thẻ My Number, đặt đúng chiều, rồi đặt lại lên máy đọc.</translation>
    </message>
    <message>
        <source>This is not a My Number card</source>
        <translation>Đây không phải thẻ My Number</translation>
    </message>
    <message>
        <source>Please place your My Number card (個人番号カード). Other cards cannot be used here.</source>
        <translation>Vui lòng đặt thẻ My Number (thẻ mã số cá nhân). Không dùng được thẻ khác.</translation>
    </message>
    <message>
        <source>The card&apos;s data could not be confirmed</source>
        <translation>Không xác nhận được thông tin trên thẻ</translation>
    </message>
    <message>
        <source>The data on the card did not pass its security check, so it is not used. Please ask the staff.</source>
        <translation>Thông tin trên thẻ không qua được kiểm tra an toàn nên sẽ không được dùng. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>A different card was placed</source>
        <translation>Một thẻ khác đã được đặt vào</translation>
    </message>
    <message>
        <source>This is not the card read first. For your safety everything entered was cleared. Please start again.</source>
        <translation>Đây không phải thẻ đã đọc lúc đầu. Để an toàn, mọi nội dung đã nhập đều đã được xóa. Vui lòng bắt đầu lại.</translation>
    </message>
    <message>
        <source>The card is in use by another program</source>
        <translation>Thẻ đang được một chương trình khác sử dụng</translation>
    </message>
    <message>
        <source>Please wait a moment and try again, or ask the staff.</source>
        <translation>Vui lòng chờ một chút rồi thử lại, hoặc hỏi nhân viên.</translation>
    </message>
    <message>
        <source>Reading the card did not work</source>
        <translation>Đọc thẻ không thành công</translation>
    </message>
    <message>
        <source>Please try again. If it fails again, please ask the staff.</source>
        <translation>Vui lòng thử lại. Nếu vẫn không được, vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
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
        <translation>Niên hiệu</translation>
    </message>
    <message>
        <source>Era of the date</source>
        <translation>Niên hiệu của ngày</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Year of the date</source>
        <translation>Năm của ngày</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Month of the date</source>
        <translation>Tháng của ngày</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Day of the date</source>
        <translation>Ngày trong tháng</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation>Dương lịch</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>Niên hiệu Nhật</translation>
    </message>
    <message>
        <source>Switches between the Japanese era and the Western calendar</source>
        <translation>Chuyển giữa niên hiệu Nhật và dương lịch</translation>
    </message>
    <message>
        <source>1st year</source>
        <comment>date picker: 元年</comment>
        <translation>Năm thứ nhất</translation>
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
            <numerusform>Màn hình này sẽ tự đóng sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>Đơn của bạn đã được tiếp nhận</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Số tiếp nhận</translation>
    </message>
    <message>
        <source>Receipt number %1</source>
        <translation>Số tiếp nhận %1</translation>
    </message>
    <message>
        <source>Take the printed receipt to the counter. You will be called by this number.</source>
        <translation>Hãy mang phiếu tiếp nhận đã in đến quầy. Bạn sẽ được gọi theo số này.</translation>
    </message>
    <message>
        <source>Please wait near the counter. You will be called by this number.</source>
        <translation>Vui lòng chờ gần quầy. Bạn sẽ được gọi theo số này.</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>Xin đừng quên mang theo thẻ của bạn.</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>Mang theo: %1</translation>
    </message>
    <message>
        <source>You may also need these procedures:</source>
        <translation>Có thể bạn cũng cần làm các thủ tục sau:</translation>
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
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <comment>the rule: within 14 days of moving in</comment>
        <translation>Thời hạn: %1</translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <comment>a date, then the rule it comes from</comment>
        <translation>Thời hạn: trước %1 (%2)</translation>
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
        <translation>Dịch vụ máy đọc thẻ không hoạt động. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff.</source>
        <translation>Chưa kết nối máy đọc thẻ. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>The card reader is ready.</source>
        <translation>Máy đọc thẻ đã sẵn sàng.</translation>
    </message>
    <message>
        <source>A card is on the reader. Tap “Start”, or take the card and place it again.</source>
        <translation>Có thẻ trên máy đọc. Nhấn “Bắt đầu”, hoặc lấy thẻ ra rồi đặt lại.</translation>
    </message>
    <message>
        <source>The card cannot be read. Check that it is the right way up and place it again.</source>
        <translation>Không đọc được thẻ. Vui lòng kiểm tra chiều của thẻ rồi đặt lại.</translation>
    </message>
    <message>
        <source>Please place your My Number card on the reader</source>
        <translation>Vui lòng đặt thẻ My Number lên máy đọc</translation>
    </message>
    <message>
        <source>Nothing to write by hand: your forms are filled in from the card.</source>
        <translation>Không cần viết tay: đơn được điền từ thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
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
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Clears everything entered</source>
        <translation>Xóa mọi thứ đã nhập</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa 1 ký tự</translation>
    </message>
    <message>
        <source>Deletes the last character</source>
        <translation>Xóa ký tự cuối cùng</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Gạch nối</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::KioskWindow</name>
    <message>
        <source>End here and clear everything?</source>
        <translation>Kết thúc tại đây và xóa tất cả?</translation>
    </message>
    <message>
        <source>What you have entered so far will be deleted, and the first screen comes back.</source>
        <translation>Những gì bạn đã nhập sẽ bị xóa và màn hình đầu tiên sẽ hiện lại.</translation>
    </message>
    <message>
        <source>No, continue</source>
        <translation>Không, tiếp tục</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>Có, kết thúc và xóa</translation>
    </message>
    <message>
        <source>Your pre-entry code was read. Place your My Number card on the reader; you will enter your PIN as usual.</source>
        <translation>Đã đọc mã QR nhập trước. Hãy đặt thẻ My Number lên đầu đọc; bạn nhập mã PIN như bình thường.</translation>
    </message>
    <message>
        <source>This QR code is not a pre-entry code of this city.</source>
        <translation>Mã QR này không phải là mã nhập trước của thành phố này.</translation>
    </message>
    <message>
        <source>The QR code could not be read completely. Show it again, or answer the questions here.</source>
        <translation>Không đọc được trọn vẹn mã QR. Hãy đưa lại, hoặc trả lời câu hỏi tại đây.</translation>
    </message>
    <message>
        <source>This pre-entry code is older than 30 days. Please answer the questions here.</source>
        <translation>Mã nhập trước này đã quá 30 ngày. Vui lòng trả lời câu hỏi tại đây.</translation>
    </message>
    <message>
        <source>This pre-entry code was made for newer forms than this kiosk has. Please answer the questions here.</source>
        <translation>Mã nhập trước này được tạo cho mẫu đơn mới hơn của máy này. Vui lòng trả lời câu hỏi tại đây.</translation>
    </message>
    <message>
        <source>This QR code cannot be used. Please answer the questions here.</source>
        <translation>Không thể dùng mã QR này. Vui lòng trả lời câu hỏi tại đây.</translation>
    </message>
    <message>
        <source>No-writing counter</source>
        <translation>Quầy không cần viết</translation>
    </message>
    <message>
        <source>Choose the language</source>
        <translation>Chọn ngôn ngữ</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Độ tương phản cao</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Điền thông tin</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Bước hiện tại</translation>
    </message>
    <message>
        <source>Reader: service not running</source>
        <translation>Máy đọc: dịch vụ dừng</translation>
    </message>
    <message>
        <source>Reader: not connected</source>
        <translation>Máy đọc: chưa kết nối</translation>
    </message>
    <message>
        <source>Reader: ready</source>
        <translation>Máy đọc: sẵn sàng</translation>
    </message>
    <message>
        <source>Reader: card in place</source>
        <translation>Máy đọc: đã có thẻ</translation>
    </message>
    <message>
        <source>Reader: card unreadable</source>
        <translation>Máy đọc: không đọc được thẻ</translation>
    </message>
    <message>
        <source>Counter mode</source>
        <translation>Chế độ quầy</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Chế độ tự phục vụ</translation>
    </message>
    <message>
        <source>Back office: not connected (no queue set up)</source>
        <translation>Văn phòng: chưa kết nối (chưa cài hàng đợi)</translation>
    </message>
    <message numerus="yes">
        <source>Back office: online, %n waiting</source>
        <translation>
            <numerusform>Văn phòng: trực tuyến, %n đơn đang chờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OFFLINE: %n waiting since %1</source>
        <translation>
            <numerusform>NGOẠI TUYẾN: %n đơn đang chờ từ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>OFFLINE: nothing waiting</source>
        <translation>NGOẠI TUYẾN: không có đơn chờ</translation>
    </message>
    <message numerus="yes">
        <source>, %n set aside (call IT)</source>
        <translation>
            <numerusform>, %n mục bị tạm giữ (gọi IT)</numerusform>
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
            <numerusform>Bạn vẫn đang sử dụng chứ?
Nếu không chạm vào màn hình, mọi thứ sẽ bị xóa sau %n giây.</numerusform>
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
        <translation>Chỉ còn 1 lần</translation>
    </message>
    <message>
        <source>If the next PIN is wrong, the card locks. It can then only be unlocked at the counter of the city hall, in person.</source>
        <translation>Nếu lần tới nhập sai mã PIN, thẻ sẽ bị khóa. Khi đó chỉ có thể mở khóa khi bạn tự mình đến quầy của ủy ban thành phố.</translation>
    </message>
    <message>
        <source>If you are not sure of your PIN, do not enter it. Please ask the staff instead.</source>
        <translation>Nếu không chắc mã PIN, xin đừng nhập. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>I am sure: enter the PIN</source>
        <translation>Tôi chắc chắn: nhập mã PIN</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>Đọc không cần PIN: mã B (nhân viên)</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinDots</name>
    <message numerus="yes">
        <source>%n of %1 digits entered</source>
        <translation>
            <numerusform>Đã nhập %n trên %1 chữ số</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinScreen</name>
    <message>
        <source>Enter your PIN again to read your individual number</source>
        <translation>Vui lòng nhập lại mã PIN để đọc mã số cá nhân</translation>
    </message>
    <message>
        <source>Enter your 4-digit PIN</source>
        <translation>Vui lòng nhập mã PIN 4 chữ số</translation>
    </message>
    <message>
        <source>The PIN for filling in forms from the card (券面事項入力補助用暗証番号), 4 digits.</source>
        <translation>Mã PIN dùng để điền đơn từ thẻ (mã PIN hỗ trợ nhập thông tin, 4 chữ số).</translation>
    </message>
    <message numerus="yes">
        <source>You can enter it %n more time(s). After 3 wrong PINs in a row the card locks.</source>
        <translation>
            <numerusform>Bạn còn nhập được %n lần. Nhập sai 3 lần liên tiếp thì thẻ sẽ bị khóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>After 3 wrong PINs in a row the card locks.</source>
        <translation>Nhập sai 3 lần liên tiếp thì thẻ sẽ bị khóa.</translation>
    </message>
    <message>
        <source>That PIN was wrong. Please check it and enter it again.</source>
        <translation>Mã PIN không đúng. Vui lòng kiểm tra rồi nhập lại.</translation>
    </message>
    <message>
        <source>Staff never ask for your PIN. Only dots are shown while you type.</source>
        <translation>Nhân viên không bao giờ hỏi mã PIN của bạn. Khi nhập chỉ hiện dấu chấm.</translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation>Đọc không cần PIN: mã B (nhân viên)</translation>
    </message>
    <message>
        <source>Staff read the card with the verification code B printed on its front</source>
        <translation>Nhân viên đọc thẻ bằng mã đối chiếu B in ở mặt trước</translation>
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
        <translation>Bản sao phiếu cư trú</translation>
    </message>
    <message>
        <source>My seal registration certificate</source>
        <translation>Giấy chứng nhận đăng ký con dấu</translation>
    </message>
    <message>
        <source>A family register certificate</source>
        <translation>Giấy chứng nhận hộ tịch</translation>
    </message>
    <message>
        <source>A tax or income certificate</source>
        <translation>Giấy chứng nhận thuế hoặc thu nhập</translation>
    </message>
    <message>
        <source>What would you like to do today?</source>
        <translation>Hôm nay bạn cần làm gì?</translation>
    </message>
    <message>
        <source>Card read: %1</source>
        <translation>Thẻ đã đọc: %1</translation>
    </message>
    <message>
        <source>Card data checked</source>
        <translation>Đã kiểm tra thẻ</translation>
    </message>
    <message>
        <source>Card data read</source>
        <translation>Đã đọc thẻ</translation>
    </message>
    <message>
        <source>Something happened in your life</source>
        <translation>Chọn theo sự việc trong cuộc sống</translation>
    </message>
    <message>
        <source>Certificates and notifications (choose one or more)</source>
        <translation>Giấy chứng nhận và thông báo (chọn một hoặc nhiều)</translation>
    </message>
    <message>
        <source>Fills in: %1</source>
        <translation>Điền: %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>A change in my household</source>
        <translation>Thay đổi hộ gia đình</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::QuestionsScreen</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>A few questions about your move</source>
        <translation>Vài câu hỏi về việc chuyển nhà</translation>
    </message>
    <message>
        <source>Your answers only decide which other procedures we list for you. Skip a question if it does not apply.</source>
        <translation>Câu trả lời chỉ dùng để cho bạn biết các thủ tục khác có thể cần. Có thể bỏ qua câu hỏi không liên quan.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ReaderIllustration</name>
    <message>
        <source>Picture: a card placed flat on the card reader</source>
        <translation>Hình: đặt thẻ nằm phẳng trên máy đọc</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ResidentConfirmScreen</name>
    <message>
        <source>Please check your request</source>
        <translation>Vui lòng kiểm tra đơn của bạn</translation>
    </message>
    <message>
        <source>This is what will be submitted. If it is right, tap “Yes, submit”.</source>
        <translation>Đây là nội dung sẽ được nộp. Nếu đúng, hãy nhấn “Đúng, nộp đơn”.</translation>
    </message>
    <message>
        <source>Yes, submit</source>
        <translation>Đúng, nộp đơn</translation>
    </message>
    <message>
        <source>Fix something</source>
        <translation>Sửa lại</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ReviewScreen</name>
    <message>
        <source>The address on your card is already in %1. A move within %1 is notified with a 転居届.</source>
        <translation>Địa chỉ trên thẻ của bạn đã ở trong %1. Chuyển nhà trong %1 thì nộp đơn chuyển chỗ ở (転居届).</translation>
    </message>
    <message>
        <source>The address on your card is not in %1. Moving here from another municipality is notified with a 転入届.</source>
        <translation>Địa chỉ trên thẻ của bạn không ở %1. Chuyển đến từ nơi khác thì nộp đơn chuyển đến (転入届).</translation>
    </message>
    <message>
        <source>The address on your card does not fit this procedure.</source>
        <translation>Địa chỉ trên thẻ không phù hợp với thủ tục này.</translation>
    </message>
    <message>
        <source>Switch to: %1</source>
        <translation>Chuyển sang: %1</translation>
    </message>
    <message>
        <source>Your answers that fit are kept</source>
        <translation>Các câu trả lời phù hợp được giữ lại</translation>
    </message>
    <message>
        <source>Please check the items marked in red.</source>
        <translation>Vui lòng kiểm tra các mục đánh dấu màu đỏ.</translation>
    </message>
    <message>
        <source>Form %1 of %2 · Check what came from your card, then answer the questions below.</source>
        <translation>Mẫu %1 / %2 · Kiểm tra thông tin từ thẻ, rồi trả lời các câu hỏi bên dưới.</translation>
    </message>
    <message>
        <source>From your card</source>
        <translation>Thông tin từ thẻ</translation>
    </message>
    <message>
        <source>This form needs details that are entered at the counter. Please take your card to the counter; the staff will help you.</source>
        <translation>Mẫu này có các mục phải nhập tại quầy. Vui lòng mang thẻ đến quầy; nhân viên sẽ giúp bạn.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Check the summary</source>
        <translation>Xem lại toàn bộ</translation>
    </message>
    <message>
        <source>Next form</source>
        <translation>Mẫu tiếp theo</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Screen</name>
    <message>
        <source>Quit</source>
        <translation>Thôi</translation>
    </message>
    <message>
        <source>Asks first, then ends and clears everything</source>
        <translation>Hỏi lại trước, rồi kết thúc và xóa tất cả</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Spinner</name>
    <message>
        <source>Working</source>
        <translation>Đang xử lý</translation>
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
        <translation>Chỉ nhân viên mới được sửa thông tin đọc từ thẻ. Vui lòng gọi nhân viên.</translation>
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
        <translation>Nhân viên đăng nhập</translation>
    </message>
    <message>
        <source>Reading the card with the verification code B is for staff only.</source>
        <translation>照合番号Bでの読み取りは職員専用です。</translation>
    </message>
    <message>
        <source>A staff member confirms the request before it is accepted. Please call the staff.</source>
        <translation>Nhân viên sẽ kiểm tra đơn trước khi tiếp nhận. Vui lòng gọi nhân viên.</translation>
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
        <translation>Mã từ ứng dụng xác thực (6 chữ số)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Stepper</name>
    <message>
        <source>Fewer: %1</source>
        <translation>Bớt: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Thêm: %1</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::SubmitFailedScreen</name>
    <message>
        <source>The request could not be saved</source>
        <translation>Không lưu được đơn</translation>
    </message>
    <message>
        <source>Nothing was accepted yet. Please ask the staff; you can also try again.</source>
        <translation>Đơn chưa được tiếp nhận. Vui lòng hỏi nhân viên; bạn cũng có thể thử lại.</translation>
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
        <translation>Thử lại</translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::TouchKeyboard</name>
    <message>
        <source>Next</source>
        <translation>Chữ tiếp</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Đổi chữ Hán</translation>
    </message>
    <message>
        <source>Shows the next kanji for the highlighted part</source>
        <translation>Hiện chữ Hán tiếp theo cho phần được chọn</translation>
    </message>
    <message>
        <source>Converts the kana to kanji</source>
        <translation>Đổi chữ kana sang chữ Hán</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Chữ nhỏ</translation>
    </message>
    <message>
        <source>Makes the last kana small (っ, ゃ)</source>
        <translation>Đổi chữ kana cuối thành chữ nhỏ (っ, ゃ)</translation>
    </message>
    <message>
        <source>Voiced mark</source>
        <translation>Dấu dakuten</translation>
    </message>
    <message>
        <source>Semi-voiced mark</source>
        <translation>Dấu handakuten</translation>
    </message>
    <message>
        <source>a / A</source>
        <translation>a / A</translation>
    </message>
    <message>
        <source>Switches between capital and small letters</source>
        <translation>Chuyển giữa chữ hoa và chữ thường</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Deletes the last character</source>
        <translation>Xóa ký tự cuối</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Puts the text into the field</source>
        <translation>Đưa chữ vào ô</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Closes the keyboard</source>
        <translation>Đóng bàn phím</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Shows more kanji</source>
        <translation>Hiện thêm chữ Hán</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Phần trước</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Phần sau</translation>
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
        <translation>Chữ cái và chữ số</translation>
    </message>
</context>
</TS>
