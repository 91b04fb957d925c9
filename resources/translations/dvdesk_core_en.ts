<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
  <context>
    <name>Messages</name>
    <message>
      <source>  [QUÁ HẠN]</source>
      <translation>  [OVERDUE]</translation>
    </message>
    <message>
      <source> (bản sao trước khi nâng cấp: {name})</source>
      <translation> (copy made before the upgrade: {name})</translation>
    </message>
    <message>
      <source> (cụm mã {id})</source>
      <translation> (cluster {id})</translation>
    </message>
    <message>
      <source> (số {number})</source>
      <translation> (no. {number})</translation>
    </message>
    <message>
      <source> (vụ việc phức tạp)</source>
      <translation> (complex matter)</translation>
    </message>
    <message>
      <source> (xã mã {id})</source>
      <translation> (commune {id})</translation>
    </message>
    <message>
      <source> (đồng chí {names} cùng được mời)</source>
      <translation> (comrades {names} are all invited)</translation>
    </message>
    <message>
      <source> [ghim]</source>
      <translation> [pinned]</translation>
    </message>
    <message>
      <source> — QUÁ HẠN</source>
      <translation> — OVERDUE</translation>
    </message>
    <message>
      <source>%(prog)s: lỗi: %(message)s
</source>
      <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
      <source>%r không gọi được</source>
      <translation>%r is not callable</translation>
    </message>
    <message>
      <source>(chưa có cán bộ dự)</source>
      <translation>(no attendees yet)</translation>
    </message>
    <message>
      <source>(chưa ghi)</source>
      <translation>(not given)</translation>
    </message>
    <message>
      <source>(không có)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>(đầu ra)</source>
      <translation>(output)</translation>
    </message>
    <message>
      <source>, trong đó {changes} phân công thay người đang phụ trách</source>
      <translation>, {changes} of them replacing the current holder</translation>
    </message>
    <message>
      <source>.__call__() chưa được viết</source>
      <translation>.__call__() not defined</translation>
    </message>
    <message>
      <source>; {cells} đã chuyển sang Unicode</source>
      <translation>; {cells} converted to Unicode</translation>
    </message>
    <message>
      <source>; {count} bản lịch tháng tạo mới hoặc cập nhật</source>
      <translation>; {count} monthly calendar versions created or updated</translation>
    </message>
    <message>
      <source>; {count} mục cài đặt</source>
      <translation>; {count} settings</translation>
    </message>
    <message>
      <source>; {count} ô để nguyên, cần xem lại</source>
      <translation>; {count} cells left as typed, to be checked</translation>
    </message>
    <message>
      <source>; {unchanged} phân công đã có, giữ nguyên</source>
      <translation>; {unchanged} assignments already recorded, kept</translation>
    </message>
    <message>
      <source>Buổi họp phải là sáng, chiều hoặc tối, không phải {session}.</source>
      <translation>The session must be morning, afternoon or evening, not {session}.</translation>
    </message>
    <message>
      <source>Buổi phải là sáng, chiều hoặc tối.</source>
      <translation>The session must be sáng, chiều or tối (morning, afternoon or evening).</translation>
    </message>
    <message>
      <source>Bản gốc (--from {base}) phải là bản trước bản so sánh (--to {target}).</source>
      <translation>The base version (--from {base}) must come before the version compared (--to {target}).</translation>
    </message>
    <message>
      <source>Bản sao lưu {file} thuộc lược đồ {revision}, cơ sở dữ liệu đang ở lược đồ {current}; hãy dùng phiên bản DV Desk cùng lược đồ.</source>
      <translation>The backup {file} has schema {revision} but the database has schema {current}; use the DV Desk version with the same schema.</translation>
    </message>
    <message>
      <source>Bản đã duyệt cần số văn bản và ngày duyệt.</source>
      <translation>An approved version needs a document number and an approval date.</translation>
    </message>
    <message>
      <source>Bản “{version}” phải là một số từ 1 trở lên.</source>
      <translation>Version “{version}” must be a number from 1 up.</translation>
    </message>
    <message>
      <source>Bảng “{sheet}” trong tệp “{file}” không có dòng nào.</source>
      <translation>Sheet “{sheet}” in “{file}” has no rows.</translation>
    </message>
    <message>
      <source>Bổ sung</source>
      <translation>Added</translation>
    </message>
    <message>
      <source>Bổ sung {meeting}: {when}.</source>
      <translation>Added: {meeting}, {when}.</translation>
    </message>
    <message>
      <source>Chung</source>
      <translation>Overall</translation>
    </message>
    <message>
      <source>Chuyển mã: {line}</source>
      <translation>Converted: {line}</translation>
    </message>
    <message>
      <source>Chưa cài đặt máy chủ thư (mail.host); hãy chạy: dvdesk settings set mail.host smtp.example.vn</source>
      <translation>No mail server is set (mail.host); run: dvdesk settings set mail.host smtp.example.vn</translation>
    </message>
    <message>
      <source>Chưa cài đặt địa chỉ gửi (mail.sender).</source>
      <translation>No sender address is set (mail.sender).</translation>
    </message>
    <message>
      <source>Chưa có lịch nào được duyệt trong khoảng này.</source>
      <translation>No calendar in this range is approved yet.</translation>
    </message>
    <message>
      <source>Chưa có lịch tháng {month} để sao chép.</source>
      <translation>There is no calendar for {month} to copy.</translation>
    </message>
    <message>
      <source>Chưa có lịch tháng {month}; dự họp ghi nhận theo lịch đã duyệt.</source>
      <translation>There is no calendar for {month} yet; attendance is recorded against the approved calendar.</translation>
    </message>
    <message>
      <source>Chưa có lịch tháng {month}; hãy chạy: dvdesk calendar new {code}.</source>
      <translation>There is no calendar for {month} yet; run: dvdesk calendar new {code}.</translation>
    </message>
    <message>
      <source>Chưa ghi nhận</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <source>Chưa nhập mật khẩu thư.</source>
      <translation>No mail password was entered.</translation>
    </message>
    <message>
      <source>Chưa thuộc {cluster}</source>
      <translation>Not in a {cluster}</translation>
    </message>
    <message>
      <source>Chưa tìm được cách xếp tránh hết xung đột của các cuộc họp {meetings}{who}; hãy nới rộng khung ngày hoặc điều chỉnh phân công.</source>
      <translation>No schedule was found that avoids every conflict between the meetings {meetings}{who}; widen the date windows or adjust the assignments.</translation>
    </message>
    <message>
      <source>Chưa xếp ngày</source>
      <translation>Not placed yet</translation>
    </message>
    <message>
      <source>Chỉ khôi phục được cơ sở dữ liệu SQLite (tệp trên máy).</source>
      <translation>Only an SQLite database (a file on this computer) can be restored.</translation>
    </message>
    <message>
      <source>Chỉ nạp bản sao lưu vào một cơ sở dữ liệu trống.</source>
      <translation>A backup can only be loaded into an empty database.</translation>
    </message>
    <message>
      <source>Chỉ sáp nhập các {level} cùng một {parent}.</source>
      <translation>Only {level} units of the same {parent} can be merged.</translation>
    </message>
    <message>
      <source>Chỉ sáp nhập được các xã (cấp xã) hoặc các thôn, ấp (cấp thôn); không sáp nhập {level}.</source>
      <translation>Only communes (commune level) or hamlets (hamlet level) can be merged, not {level}.</translation>
    </message>
    <message>
      <source>Chỉ xóa được bản mới nhất của lịch tháng.</source>
      <translation>Only the latest version of a month's calendar can be deleted.</translation>
    </message>
    <message>
      <source>Chức vụ</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Chức vụ người ký</source>
      <translation>Signer's position</translation>
    </message>
    <message>
      <source>Cuộc họp mã {id} không thuộc lịch tháng {month} đã duyệt (bản {version}).</source>
      <translation>Meeting {id} is not in the approved calendar for {month} (version {version}).</translation>
    </message>
    <message>
      <source>Cuộc họp mã {id} không thuộc lịch tháng {month}.</source>
      <translation>Meeting {id} is not in the calendar for {month}.</translation>
    </message>
    <message>
      <source>Cuộc họp mã {id} thuộc bản {version} của lịch tháng {month}, nay bản được duyệt là bản {approved}; hãy xuất lại bảng theo dõi dự họp.</source>
      <translation>Meeting {id} belongs to version {version} of the {month} calendar, but the approved version is now {approved}; export the attendance sheet again.</translation>
    </message>
    <message>
      <source>Cuộc họp mã {id} thuộc lịch tháng {month} chưa được duyệt; dự họp chỉ ghi nhận theo lịch đã duyệt.</source>
      <translation>Meeting {id} is in the {month} calendar, which is not approved; attendance is recorded only against an approved calendar.</translation>
    </message>
    <message>
      <source>Cuộc họp mã {id} thuộc tháng {month}, còn bảng này là của tháng {sheet_month}.</source>
      <translation>Meeting {id} is in {month}, but this sheet is for {sheet_month}.</translation>
    </message>
    <message>
      <source>Cuộc họp mã {id} đã có dự họp ghi nhận; không xóa được.</source>
      <translation>Meeting {id} already has attendance recorded; it cannot be removed.</translation>
    </message>
    <message>
      <source>Cuộc họp mã {meeting} đã ghi nhận đủ; không thay đổi gì.</source>
      <translation>Meeting {meeting} is fully recorded; nothing changed.</translation>
    </message>
    <message>
      <source>Cuộc họp này vừa được người khác ghi lại; hãy tải lại rồi làm lại.</source>
      <translation>Someone else has just saved this meeting; reload and try again.</translation>
    </message>
    <message>
      <source>Cài đặt “{setting}”: {value}</source>
      <translation>Setting “{setting}”: {value}</translation>
    </message>
    <message>
      <source>Các bước:</source>
      <translation>Steps:</translation>
    </message>
    <message>
      <source>Các cuộc họp đã ghim {meetings} cùng buổi {session} {day} nên đồng chí {officer} vẫn bị trùng lịch; hãy bỏ ghim hoặc đổi buổi một cuộc.</source>
      <translation>The pinned meetings {meetings} share the {session} of {day}, so comrade {officer} is still double-booked; unpin one or move it to another session.</translation>
    </message>
    <message>
      <source>Các tháng có lịch đã duyệt: {months}.</source>
      <translation>Months with an approved calendar: {months}.</translation>
    </message>
    <message>
      <source>Cán bộ cần được thông báo ({count}):</source>
      <translation>Officers to notify ({count}):</translation>
    </message>
    <message>
      <source>Cán bộ mã {id} không được phân công dự cuộc họp mã {meeting} nên không ghi nhận được.</source>
      <translation>Officer {id} is not assigned to meeting {meeting}, so this cannot be recorded.</translation>
    </message>
    <message>
      <source>Cán bộ mới trùng với cán bộ đang được phân công.</source>
      <translation>The new officer is the one already assigned.</translation>
    </message>
    <message>
      <source>Cán bộ theo dõi, hỗ trợ {unit}</source>
      <translation>Support officer of the {unit}</translation>
    </message>
    <message>
      <source>Cán bộ vắng không lý do 2 tháng liên tiếp:</source>
      <translation>Officers absent without reason two months running:</translation>
    </message>
    <message>
      <source>Cán bộ {officer} vừa được người khác khôi phục; hãy tải lại.</source>
      <translation>Officer {officer} was just restored by someone else; please reload.</translation>
    </message>
    <message>
      <source>Cán bộ {officer} đã được người khác thay đổi; hãy tải lại rồi sửa.</source>
      <translation>Officer {officer} was changed by someone else; reload, then edit again.</translation>
    </message>
    <message>
      <source>Còn {count} cuộc họp chưa xếp ngày; hãy xếp lịch trước khi duyệt.</source>
      <translation>{count} meetings have no date yet; schedule them before approving.</translation>
    </message>
    <message>
      <source>Còn {count} xung đột:</source>
      <translation>{count} conflicts remain:</translation>
    </message>
    <message>
      <source>Còn {count} đơn vị khác chưa có {role}.</source>
      <translation>{count} more units have no {role}.</translation>
    </message>
    <message>
      <source>Có mặt</source>
      <translation>Present</translation>
    </message>
    <message>
      <source>Có {count} cán bộ cùng tên cùng đơn vị công tác.</source>
      <translation>{count} officers have this name and the same workplace.</translation>
    </message>
    <message>
      <source>Có {count} cán bộ cùng tên và cùng số điện thoại {phone}.</source>
      <translation>{count} officers have this name and the same phone number {phone}.</translation>
    </message>
    <message>
      <source>Có {count} cán bộ tên “{name}” mà dòng này không có điện thoại, đơn vị công tác hay chức vụ để phân biệt.</source>
      <translation>{count} officers are named “{name}” and this row has no phone, workplace or position to tell them apart.</translation>
    </message>
    <message>
      <source>Có {count} xã, thị trấn cùng tên “{name}”; hãy ghi rõ Xã, Thị trấn hay Phường.</source>
      <translation>{count} communes are named “{name}”; write Xã, Thị trấn or Phường to say which.</translation>
    </message>
    <message>
      <source>Cơ quan được chuyển đến</source>
      <translation>Body forwarded to</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu SQLite cần một tệp, không dùng được bộ nhớ tạm.</source>
      <translation>An SQLite database needs a file; an in-memory database cannot be used.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu bị hỏng; hãy khôi phục từ một bản sao lưu.</source>
      <translation>The database is damaged; restore it from a backup.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu nằm ở nơi chỉ đọc (thư mục hoặc ổ không cho ghi); hãy chép nó sang thư mục ghi được.</source>
      <translation>The database is in a read-only place (a folder or drive that cannot be written); copy it to a folder you can write to.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu {db} bị hỏng (kiểm tra tính toàn vẹn không đạt); không sao lưu để khỏi tạo một bản sao hỏng.</source>
      <translation>The database {db} is damaged (the integrity check failed); no backup was made, so as not to make a damaged copy.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu {db} nằm trong thư mục chỉ đọc (DV Desk cần ghi được tệp và thư mục của nó); hãy chép nó sang thư mục ghi được.</source>
      <translation>The database {db} is in a read-only folder (DV Desk must be able to write the file and its folder); copy it to a folder you can write to.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu {db} đang bị một chương trình khác giữ riêng (khóa độc quyền); hãy đóng chương trình đó rồi thử lại.</source>
      <translation>The database {db} is held by another program (exclusive lock); close that program and try again.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu {db} đã có dữ liệu nhưng không phải của DV Desk.</source>
      <translation>The database {db} holds data that is not DV Desk's.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu {db} đã có dữ liệu; dùng --force để thay bằng dữ liệu mẫu.</source>
      <translation>The database {db} already holds data; use --force to replace it with the sample data.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu {db} được tạo bởi một phiên bản DV Desk mới hơn (lược đồ {revision}); hãy cài phiên bản mới để mở nó.</source>
      <translation>The database {db} was made by a newer DV Desk (schema {revision}); install the newer version to open it.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại sau giây lát.</source>
      <translation>The database is busy (another program is writing); try again in a moment.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu đang bị một chương trình khác khóa; hãy đóng chương trình đó rồi thử lại.</source>
      <translation>The database is locked by another program; close that program and try again.</translation>
    </message>
    <message>
      <source>Cảnh báo: {warning}</source>
      <translation>Warning: {warning}</translation>
    </message>
    <message>
      <source>Cấp không hợp lệ: {level} (tỉnh / huyện / xã / ấp).</source>
      <translation>Invalid level: {level} (tinh / huyen / xa / ap).</translation>
    </message>
    <message>
      <source>Cấp đơn vị phải là Cụm, Xã, Ấp, Chi bộ hoặc Tổ NDTQ.</source>
      <translation>The unit level must be Cụm, Xã, Ấp, Chi bộ or Tổ NDTQ.</translation>
    </message>
    <message>
      <source>Cấp ủy phụ trách {unit}</source>
      <translation>Committee member in charge of the {unit}</translation>
    </message>
    <message>
      <source>Cấp “{level}” không rõ (Tỉnh, Huyện, Xã, Ấp).</source>
      <translation>Unknown level “{level}” (Tỉnh, Huyện, Xã, Ấp).</translation>
    </message>
    <message>
      <source>Cần chọn đơn vị cấp trên cho {name}.</source>
      <translation>Choose the unit above {name}.</translation>
    </message>
    <message>
      <source>Cần ghi lý do chấp nhận xung đột (ví dụ: cán bộ dự lần lượt hai chi bộ cùng ấp).</source>
      <translation>Write why the conflict is accepted (for example: the officer attends the two cells of one hamlet one after the other).</translation>
    </message>
    <message>
      <source>Cần ghi {what}.</source>
      <translation>Please enter the {what}.</translation>
    </message>
    <message>
      <source>Cần ngày (YYYY-MM-DD).</source>
      <translation>A date is needed (YYYY-MM-DD).</translation>
    </message>
    <message>
      <source>Cần ngày sáp nhập (YYYY-MM-DD).</source>
      <translation>The date of the merge is needed (YYYY-MM-DD).</translation>
    </message>
    <message>
      <source>Cần ngày đổi tên (YYYY-MM-DD).</source>
      <translation>The date of the new name is needed (YYYY-MM-DD).</translation>
    </message>
    <message>
      <source>Cần số văn bản của lịch (ví dụ 15-LT/HU) để duyệt.</source>
      <translation>Approval needs the calendar's document number (for example 15-LT/HU).</translation>
    </message>
    <message>
      <source>Cần tên tệp để ghi, không phải {path}.</source>
      <translation>A file name is needed to write to, not {path}.</translation>
    </message>
    <message>
      <source>Cần xem lại: {line}</source>
      <translation>Check: {line}</translation>
    </message>
    <message>
      <source>Cần {what} (YYYY-MM-DD).</source>
      <translation>Needed: {what} (YYYY-MM-DD).</translation>
    </message>
    <message>
      <source>Cần ít nhất hai đơn vị để sáp nhập.</source>
      <translation>A merge needs at least two units.</translation>
    </message>
    <message>
      <source>Cổng máy chủ thư (mail.port) phải từ 1 đến 65535, không phải {port}.</source>
      <translation>The mail server port (mail.port) must be from 1 to 65535, not {port}.</translation>
    </message>
    <message>
      <source>Cổng máy chủ thư phải từ 1 đến 65535, không phải {port}.</source>
      <translation>The mail server port must be from 1 to 65535, not {port}.</translation>
    </message>
    <message>
      <source>Cổng {port} trong địa chỉ cơ sở dữ liệu không hợp lệ (từ 1 đến 65535).</source>
      <translation>Port {port} in the database address is not valid (1 to 65535).</translation>
    </message>
    <message>
      <source>Cụm vùng không có đơn vị cấp trên để chuyển.</source>
      <translation>A cluster has no unit above it to move to.</translation>
    </message>
    <message>
      <source>Cửa sổ DV Desk cần các thư viện hệ thống chưa cài; hãy cài bằng lệnh: sudo apt-get install {packages}</source>
      <translation>The DV Desk window needs system libraries that are not installed; install them with: sudo apt-get install {packages}</translation>
    </message>
    <message>
      <source>DV Desk — phân công theo dõi cơ sở và lịch sinh hoạt đảng ủy, chi bộ.</source>
      <translation>DV Desk — grassroots assignments and the meeting calendar of Party committees and cells.</translation>
    </message>
    <message>
      <source>Dòng không có mã cán bộ, cũng không có họ tên.</source>
      <translation>The row has neither an officer id nor a name.</translation>
    </message>
    <message>
      <source>Dời ngày, giờ, địa điểm</source>
      <translation>Moved (day, time, place)</translation>
    </message>
    <message>
      <source>Dữ liệu nhập từ Excel đã được người khác sửa sau khi nhập; không hoàn tác được lần nhập này, hãy tải lại rồi sửa trực tiếp.</source>
      <translation>Someone else changed the data of this Excel import after it was imported; it cannot be undone: reload and change it directly.</translation>
    </message>
    <message>
      <source>Dữ liệu này vừa được người khác thay đổi cùng lúc (trùng hoặc đã bị xóa); hãy tải lại rồi làm lại.</source>
      <translation>Someone else changed this at the same moment (a duplicate, or it was deleted); reload and try again.</translation>
    </message>
    <message>
      <source>Dữ liệu này đã được người khác thay đổi cùng lúc; hãy tải lại rồi làm lại.</source>
      <translation>Someone else changed this at the same moment; reload and try again.</translation>
    </message>
    <message>
      <source>Dữ liệu đã được người khác thay đổi sau khi xem trước tệp “{file}”; không nhập gì, hãy xem trước rồi nhập lại.</source>
      <translation>Someone else changed the data after “{file}” was previewed; nothing was imported. Preview it again, then import.</translation>
    </message>
    <message>
      <source>Dự sinh hoạt {unit}</source>
      <translation>Attends the {unit} meeting</translation>
    </message>
    <message>
      <source>Dự {meeting}: {when}.</source>
      <translation>Attend {meeting}: {when}.</translation>
    </message>
    <message>
      <source>Ghi chú</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Ghi chú kết quả</source>
      <translation>Outcome note</translation>
    </message>
    <message>
      <source>Giá trị của “{key}” không đọc được.</source>
      <translation>The value of “{key}” cannot be read.</translation>
    </message>
    <message>
      <source>Giá trị không lưu được vào cơ sở dữ liệu (quá dài hoặc sai kiểu): {reason}.</source>
      <translation>A value cannot be stored in the database (too long or of the wrong type): {reason}.</translation>
    </message>
    <message>
      <source>Giờ họp phải có dạng HH:MM (ví dụ 07:30), không phải {start}.</source>
      <translation>The start time must be HH:MM (for example 07:30), not {start}.</translation>
    </message>
    <message>
      <source>Giờ “{start}” phải có dạng HH:MM.</source>
      <translation>Time “{start}” must be HH:MM.</translation>
    </message>
    <message>
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Họ và tên cán bộ không được để trống.</source>
      <translation>The officer's full name cannot be empty.</translation>
    </message>
    <message>
      <source>Khoảng từ {first} đến {last} dài quá {count} tháng; hãy chọn khoảng ngắn hơn.</source>
      <translation>The range {first} to {last} is longer than {count} months; choose a shorter range.</translation>
    </message>
    <message>
      <source>Khung ngày {first}–{last} không hợp lệ cho tháng {month} (từ ngày 1 đến ngày {end}, ngày đầu không sau ngày cuối).</source>
      <translation>Days {first}–{last} are not a valid window for {month} (days 1 to {end}, first day not after the last).</translation>
    </message>
    <message>
      <source>Khung ngày {window} của {whose} trùng toàn bộ ngày nghỉ ({holidays}); hãy nới rộng hoặc dời khung của tháng này.</source>
      <translation>The window {window} of {whose} falls entirely on holidays ({holidays}); widen or move this month's window.</translation>
    </message>
    <message>
      <source>Không còn bản lịch mã {id} để khôi phục.</source>
      <translation>Calendar version {id} no longer exists to restore.</translation>
    </message>
    <message>
      <source>Không còn bản lịch mã {id}.</source>
      <translation>Calendar version {id} no longer exists.</translation>
    </message>
    <message>
      <source>Không còn dự {meeting} ({when}).</source>
      <translation>No longer attending {meeting} ({when}).</translation>
    </message>
    <message>
      <source>Không còn xung đột.</source>
      <translation>No conflicts remain.</translation>
    </message>
    <message>
      <source>Không có ai được phân công dự {meeting}.</source>
      <translation>Nobody is assigned to attend {meeting}.</translation>
    </message>
    <message>
      <source>Không có chi bộ mã {id} đang hoạt động.</source>
      <translation>There is no active Party cell with id {id}.</translation>
    </message>
    <message>
      <source>Không có cuộc họp mã {id}.</source>
      <translation>There is no meeting with id {id}.</translation>
    </message>
    <message>
      <source>Không có cài đặt {key}; tên có dạng NHÓM.TÊN, nhóm là: {known}.</source>
      <translation>There is no setting {key}; names look like GROUP.NAME, the groups being: {known}.</translation>
    </message>
    <message>
      <source>Không có cách xếp nào giảm được số xung đột của các cuộc họp {meetings}{who}: khung ngày của các cuộc họp này không đủ buổi trống để tách riêng; hãy nới rộng khung ngày hoặc điều chỉnh phân công.</source>
      <translation>No schedule can reduce the conflicts between the meetings {meetings}{who}: their date windows do not have enough free sessions to keep them apart; widen the windows or adjust the assignments.</translation>
    </message>
    <message>
      <source>Không có cán bộ mã {id}.</source>
      <translation>There is no officer with id {id}.</translation>
    </message>
    <message>
      <source>Không có cán bộ mã {key} trong trang “Cán bộ”.</source>
      <translation>There is no officer with code {key} on the “Cán bộ” sheet.</translation>
    </message>
    <message>
      <source>Không có cán bộ nào báo vắng.</source>
      <translation>No officer has reported an absence.</translation>
    </message>
    <message>
      <source>Không có cơ sở dữ liệu {db}; hãy kiểm tra lại đường dẫn.</source>
      <translation>There is no database {db}; check the path.</translation>
    </message>
    <message>
      <source>Không có cấp đơn vị {kind}; có: {known}.</source>
      <translation>There is no unit level {kind}; the levels are: {known}.</translation>
    </message>
    <message>
      <source>Không có cột số {column} (bảng có {count} cột).</source>
      <translation>There is no column {column} (the table has {count} columns).</translation>
    </message>
    <message>
      <source>Không có cột “{column}”.</source>
      <translation>There is no column “{column}”.</translation>
    </message>
    <message>
      <source>Không có gì để sửa: hãy cho --email ĐỊA_CHỈ (hoặc --email "" để xóa).</source>
      <translation>Nothing to change: give --email ADDRESS (or --email "" to remove it).</translation>
    </message>
    <message>
      <source>Không có lịch vắng mã {id} (xem: dvdesk unavailable list).</source>
      <translation>There is no absence with id {id} (see: dvdesk unavailable list).</translation>
    </message>
    <message>
      <source>Không có màn hình để mở cửa sổ DV Desk; hãy chạy trên máy có giao diện, hoặc dùng --screenshot hay các lệnh dòng lệnh khác.</source>
      <translation>There is no display to open the DV Desk window on; run it on a machine with a desktop, or use --screenshot or the other commands.</translation>
    </message>
    <message>
      <source>Không có máy chủ cơ sở dữ liệu nào trả lời ở {host} cổng {port} (máy chủ chưa chạy hoặc sai cổng).</source>
      <translation>No database server answers at {host} port {port} (the server is not running, or the port is wrong).</translation>
    </message>
    <message>
      <source>Không có mẫu tổ chức {code}; có: {known}.</source>
      <translation>There is no organization preset {code}; the presets are: {known}.</translation>
    </message>
    <message>
      <source>Không có mục cài đặt “{key}”.</source>
      <translation>There is no setting “{key}”.</translation>
    </message>
    <message>
      <source>Không có mục “{item}” trong bản xem trước của tệp {file}.</source>
      <translation>The preview of {file} has no item “{item}”.</translation>
    </message>
    <message>
      <source>Không có nhóm cài đặt {section}.</source>
      <translation>There is no settings group {section}.</translation>
    </message>
    <message>
      <source>Không có phân công mã {id}.</source>
      <translation>There is no assignment with id {id}.</translation>
    </message>
    <message>
      <source>Không có phản ánh số {id}.</source>
      <translation>There is no feedback no. {id}.</translation>
    </message>
    <message>
      <source>Không có quyền ghi vào thư mục của {path} (chỉ đọc, hoặc tệp đang mở trong chương trình khác); hãy chọn thư mục khác.</source>
      <translation>No permission to write in the folder of {path} (read-only, or the file is open in another program); choose another folder.</translation>
    </message>
    <message>
      <source>Không có thay đổi nào.</source>
      <translation>No changes.</translation>
    </message>
    <message>
      <source>Không có trang “{sheet}” trong tệp.</source>
      <translation>The file has no sheet “{sheet}”.</translation>
    </message>
    <message>
      <source>Không có tệp sao lưu {file}.</source>
      <translation>There is no backup file {file}.</translation>
    </message>
    <message>
      <source>Không có vai trò {unknown}; các vai trò: {known}.</source>
      <translation>There is no role {unknown}; the roles are: {known}.</translation>
    </message>
    <message>
      <source>Không có xã, thị trấn mã {id} đang hoạt động.</source>
      <translation>There is no active commune with id {id}.</translation>
    </message>
    <message>
      <source>Không có {kind} mã {id} (hoặc đơn vị đã bị xóa).</source>
      <translation>There is no {kind} with id {id} (or the unit was removed).</translation>
    </message>
    <message>
      <source>Không có {level} mã {id} (xem: dvdesk units list --kind cluster).</source>
      <translation>There is no {level} with id {id} (see: dvdesk units list --kind cluster).</translation>
    </message>
    <message>
      <source>Không có {level} mã {id} (xem: dvdesk units list --kind commune).</source>
      <translation>There is no {level} with id {id} (see: dvdesk units list --kind commune).</translation>
    </message>
    <message>
      <source>Không có {level} mã {id} (xem: dvdesk units list --kind {kind}).</source>
      <translation>There is no {level} with id {id} (see: dvdesk units list --kind {kind}).</translation>
    </message>
    <message>
      <source>Không có đơn vị {kind} mã {id}.</source>
      <translation>There is no {kind} unit with id {id}.</translation>
    </message>
    <message>
      <source>Không có đề xuất số {numbers} (có {count} đề xuất).</source>
      <translation>There is no proposal number {numbers} (there are {count} proposals).</translation>
    </message>
    <message>
      <source>Không có ấp, khu phố mã {id}.</source>
      <translation>There is no hamlet with id {id}.</translation>
    </message>
    <message>
      <source>Không dự {meeting} ({when}): cuộc họp không tổ chức.</source>
      <translation>Not attending {meeting} ({when}): the meeting is not held.</translation>
    </message>
    <message>
      <source>Không ghi mật khẩu trên dòng lệnh; hãy chạy: dvdesk settings set mail.password - (rồi nhập mật khẩu).</source>
      <translation>Passwords are not written on the command line; run: dvdesk settings set mail.password - (then type the password).</translation>
    </message>
    <message>
      <source>Không ghi được tệp ảnh {path}.</source>
      <translation>The picture {path} could not be written.</translation>
    </message>
    <message>
      <source>Không ghi được {path} (mã lỗi hệ thống {code}).</source>
      <translation>{path} could not be written (system error code {code}).</translation>
    </message>
    <message>
      <source>Không gửi được: Đ/c {name} &lt;{email}&gt;: {error}</source>
      <translation>Not sent: {name} &lt;{email}&gt;: {error}</translation>
    </message>
    <message>
      <source>Không hoàn tác được lần nhập Excel này vì dữ liệu nhập vào đã được dùng tiếp (phân công, lịch họp hoặc đơn vị mới); hãy sửa trực tiếp.</source>
      <translation>This Excel import cannot be undone: what it brought in is already used further (assignments, meetings or new units); change it directly.</translation>
    </message>
    <message>
      <source>Không hoàn tác được việc sáp nhập: {unit} đã có phân công, lịch họp hoặc đơn vị mới; hãy hoàn tác những việc đó trước.</source>
      <translation>The merge cannot be undone: {unit} already has assignments, meetings or new units; undo those first.</translation>
    </message>
    <message>
      <source>Không hỗ trợ loại cơ sở dữ liệu {driver} (chỉ SQLite và PostgreSQL).</source>
      <translation>The database type {driver} is not supported (only SQLite and PostgreSQL).</translation>
    </message>
    <message>
      <source>Không hỗ trợ loại cơ sở dữ liệu {driver}.</source>
      <translation>The database type {driver} is not supported.</translation>
    </message>
    <message>
      <source>Không khôi phục được phân công: dữ liệu không hợp lệ.</source>
      <translation>The assignment cannot be restored: its data is not valid.</translation>
    </message>
    <message>
      <source>Không khôi phục được vì cơ sở dữ liệu {db} đang bận; hãy đóng chương trình đang dùng nó rồi thử lại.</source>
      <translation>Nothing was restored because the database {db} is busy; close the program using it and try again.</translation>
    </message>
    <message>
      <source>Không khôi phục được {db}: {reason}</source>
      <translation>{db} could not be restored: {reason}</translation>
    </message>
    <message>
      <source>Không kết nối được máy chủ thư {host}:{port} ({reason}).</source>
      <translation>Cannot connect to the mail server {host}:{port} ({reason}).</translation>
    </message>
    <message>
      <source>Không kết nối được tới máy chủ cơ sở dữ liệu {server}.</source>
      <translation>Cannot connect to the database server {server}.</translation>
    </message>
    <message>
      <source>Không mở được cơ sở dữ liệu {db}: {reason}</source>
      <translation>The database {db} cannot be opened: {reason}</translation>
    </message>
    <message>
      <source>Không mở được tệp cơ sở dữ liệu (thư mục chỉ đọc hoặc không có quyền).</source>
      <translation>The database file cannot be opened (a read-only folder, or no permission).</translation>
    </message>
    <message>
      <source>Không nhận ra danh sách nào trong tệp “{name}”: cần một trang có các cột như Họ và tên, Ấp/Khu phố, Xã/Thị trấn (hoặc Chi bộ, Vai trò).</source>
      <translation>No list was recognised in “{name}”: a sheet needs columns such as “Họ và tên”, “Ấp/Khu phố”, “Xã/Thị trấn” (or “Chi bộ”, “Vai trò”).</translation>
    </message>
    <message>
      <source>Không nâng cấp được cơ sở dữ liệu {db} lên lược đồ {revision}, dữ liệu vẫn giữ nguyên như trước{kept}: {reason}.</source>
      <translation>The database {db} could not be upgraded to schema {revision}; its data is unchanged{kept}: {reason}.</translation>
    </message>
    <message>
      <source>Không sửa được trường {fields} của phản ánh.</source>
      <translation>Feedback field {fields} cannot be edited.</translation>
    </message>
    <message>
      <source>Không sửa được trường {field} của cán bộ.</source>
      <translation>The officer's field {field} cannot be edited.</translation>
    </message>
    <message>
      <source>Không sửa được trường {field}.</source>
      <translation>The field {field} cannot be edited.</translation>
    </message>
    <message>
      <source>Không thể ghi {name} đè lên chính cơ sở dữ liệu đang mở; hãy chọn tệp khác.</source>
      <translation>{name} cannot be written over the open database itself; choose another file.</translation>
    </message>
    <message>
      <source>Không thể sao lưu đè lên chính cơ sở dữ liệu đang mở; hãy chọn tệp khác.</source>
      <translation>A backup cannot overwrite the open database itself; choose another file.</translation>
    </message>
    <message>
      <source>Không tìm thấy các thư mục ui/, resources/, db/ của chương trình (đã tìm ở: {places}).</source>
      <translation>The program's ui/, resources/ and db/ folders were not found (looked in: {places}).</translation>
    </message>
    <message>
      <source>Không tìm thấy dòng tiêu đề của bảng.</source>
      <translation>The table's header row was not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy máy chủ “{host}” (sai tên máy hoặc không có mạng).</source>
      <translation>The server “{host}” was not found (wrong host name, or no network).</translation>
    </message>
    <message>
      <source>Không tìm thấy tệp “{file}”.</source>
      <translation>File “{file}” was not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy {cell} của {commune}.</source>
      <translation>{cell} of {commune} was not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy đúng một {commune} trong các đơn vị.</source>
      <translation>Not exactly one {commune} was found among the units.</translation>
    </message>
    <message>
      <source>Không tổ chức</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Không tổ chức {meeting} ({when}).</source>
      <translation>{meeting} is not held ({when}).</translation>
    </message>
    <message>
      <source>Không đọc được bản sao lưu {file}.</source>
      <translation>The backup {file} cannot be read.</translation>
    </message>
    <message>
      <source>Không đọc được trang “{sheet}” của tệp “{file}”.</source>
      <translation>Sheet “{sheet}” of “{file}” cannot be read.</translation>
    </message>
    <message>
      <source>Không đọc được trang “{sheet}” của tệp.</source>
      <translation>Sheet “{sheet}” of the file cannot be read.</translation>
    </message>
    <message>
      <source>Kiểu bảo mật (mail.security) phải là starttls, ssl hoặc none, không phải {value}.</source>
      <translation>The security mode (mail.security) must be starttls, ssl or none, not {value}.</translation>
    </message>
    <message>
      <source>KẾT QUẢ DỰ SINH HOẠT THÁNG {month}</source>
      <translation>ATTENDANCE FOR {month}</translation>
    </message>
    <message>
      <source>KẾT QUẢ DỰ SINH HOẠT TỪ THÁNG {first} ĐẾN THÁNG {last}</source>
      <translation>ATTENDANCE FROM {first} TO {last}</translation>
    </message>
    <message>
      <source>Kết quả dự họp trong tệp vừa được người khác ghi trong lúc xem trước; hãy xem trước rồi nhập lại.</source>
      <translation>Someone else recorded attendance from this file while you were previewing; preview it again, then import.</translation>
    </message>
    <message>
      <source>Kết quả dự họp tại {meeting} vừa được người khác ghi; hãy tải lại rồi làm lại.</source>
      <translation>Someone else has just recorded attendance at {meeting}; reload and try again.</translation>
    </message>
    <message>
      <source>Kết thúc</source>
      <translation>Ended</translation>
    </message>
    <message>
      <source>Kỳ báo cáo phải có dạng YYYY hoặc YYYY-MM, không phải {period}.</source>
      <translation>The report period must be YYYY or YYYY-MM, not {period}.</translation>
    </message>
    <message>
      <source>Loại cuộc họp phải là committee hoặc cell, không phải {kind}.</source>
      <translation>The meeting type must be committee or cell, not {kind}.</translation>
    </message>
    <message>
      <source>Loại cuộc họp phải là Đảng ủy xã hoặc Chi bộ.</source>
      <translation>The meeting type must be Đảng ủy xã or Chi bộ.</translation>
    </message>
    <message>
      <source>Loại hình chi bộ</source>
      <translation>Cell type</translation>
    </message>
    <message>
      <source>Loại xã không hợp lệ: {kind}.</source>
      <translation>Invalid commune kind: {kind}.</translation>
    </message>
    <message>
      <source>Loại xã “{kind}” không rõ (Xã, Thị trấn hoặc Phường).</source>
      <translation>Unknown commune type “{kind}” (Xã, Thị trấn or Phường).</translation>
    </message>
    <message>
      <source>Loại đơn vị không hợp lệ: {code} (có: {known}).</source>
      <translation>Unknown unit type: {code} (the types are: {known}).</translation>
    </message>
    <message>
      <source>Loại ấp không hợp lệ: {kind}.</source>
      <translation>Invalid hamlet kind: {kind}.</translation>
    </message>
    <message>
      <source>Loại ấp “{kind}” không rõ (Ấp, Khu phố, Thôn, Tổ dân phố).</source>
      <translation>Unknown hamlet type “{kind}” (Ấp, Khu phố, Thôn, Tổ dân phố).</translation>
    </message>
    <message>
      <source>Lãnh đạo tỉnh phụ trách</source>
      <translation>Provincial leader in charge</translation>
    </message>
    <message>
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Lý do vắng</source>
      <translation>Reason for absence</translation>
    </message>
    <message>
      <source>Lý do vắng dài {length} ký tự, quá {limit} ký tự.</source>
      <translation>The reason for absence is {length} characters long, more than {limit}.</translation>
    </message>
    <message>
      <source>Lý do đóng phản ánh</source>
      <translation>Reason for closing</translation>
    </message>
    <message>
      <source>Lý do:</source>
      <translation>Why:</translation>
    </message>
    <message>
      <source>Lĩnh vực {field}; hạn trả lời {deadline}{complex}.</source>
      <translation>Field {field}; answer due {deadline}{complex}.</translation>
    </message>
    <message>
      <source>Lĩnh vực “{field}” không có trong danh sách: {known} (danh sách sửa trong cài đặt).</source>
      <translation>Field “{field}” is not in the list: {known} (the list is edited in Settings).</translation>
    </message>
    <message>
      <source>Lĩnh vực “{field}” không có trong danh sách: {known}.</source>
      <translation>Field “{field}” is not in the list: {known}.</translation>
    </message>
    <message>
      <source>Lưu ý: lịch được duyệt còn {count} xung đột (xem: dvdesk calendar conflicts {code}).</source>
      <translation>Note: the approved calendar still has {count} conflicts (see: dvdesk calendar conflicts {code}).</translation>
    </message>
    <message>
      <source>Lưu ý: {count} cuộc họp của bản đã duyệt có cán bộ dự không còn khớp với phân công hiện nay:</source>
      <translation>Note: {count} meetings of the approved version have attendees who no longer match today's assignments:</translation>
    </message>
    <message>
      <source>LỊCH SINH HOẠT THÁNG {month} — bản {version} ({state})</source>
      <translation>MEETING CALENDAR {month} — version {version} ({state})</translation>
    </message>
    <message>
      <source>Lịch này đã được người khác thay đổi trong lúc nhập; hãy xem trước rồi nhập lại.</source>
      <translation>Someone else changed this calendar during the import; preview it again, then import.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} (bản {version}) còn là dự thảo; cứ sửa trực tiếp, không cần mở bản điều chỉnh.</source>
      <translation>The {month} calendar (version {version}) is still a draft; edit it directly, no revision is needed.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} bản {version}</source>
      <translation>Calendar {month}, version {version}</translation>
    </message>
    <message>
      <source>Lịch tháng {month} chưa có bản đã duyệt nào trước bản {version} để so sánh; hãy chỉ rõ --from.</source>
      <translation>The {month} calendar has no approved version before version {version} to compare with; give --from.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} chưa có bản đã duyệt; chỉ gửi lịch đã duyệt.</source>
      <translation>The calendar for {month} has no approved version yet; only an approved calendar is sent.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} chưa được duyệt.</source>
      <translation>The {month} calendar is not approved.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} chưa được duyệt; dự họp chỉ ghi nhận theo lịch đã duyệt.</source>
      <translation>The {month} calendar is not approved; attendance is recorded only against an approved calendar.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} không có bản {version} (có bản {have}).</source>
      <translation>The {month} calendar has no version {version} (versions: {have}).</translation>
    </message>
    <message>
      <source>Lịch tháng {month} không có xung đột.</source>
      <translation>The {month} calendar has no conflicts.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} vừa có bản {version} được duyệt; hãy xuất lại bảng theo dõi dự họp.</source>
      <translation>Version {version} of the {month} calendar has just been approved; export the attendance sheet again.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} vừa được người khác thay đổi; hãy tải lại rồi làm lại.</source>
      <translation>Someone else has just changed the {month} calendar; reload and try again.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} đã có (bản {version}); hãy mở lịch đó để sửa hoặc mở bản điều chỉnh.</source>
      <translation>The {month} calendar already exists (version {version}); open it to edit, or open a revision.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} đã có bản {newer}; không khôi phục được bản {version}.</source>
      <translation>The {month} calendar already has version {newer}; version {version} cannot be restored.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} đã duyệt (số {number}); hãy mở bản điều chỉnh để sửa.</source>
      <translation>The {month} calendar is approved (no. {number}); open a revision to change it.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} đã duyệt; hãy mở bản điều chỉnh để sửa.</source>
      <translation>The {month} calendar is approved; open a revision to change it.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} đã ghi nhận {count} lượt dự họp nên không hủy duyệt được; hãy mở bản điều chỉnh nếu cần sửa lịch.</source>
      <translation>The {month} calendar has {count} attendance records, so its approval cannot be withdrawn; open a revision to change the calendar.</translation>
    </message>
    <message>
      <source>Lịch vắng này vừa được người khác ghi lại; hãy tải lại rồi làm lại.</source>
      <translation>Someone else has just recorded this absence; reload and try again.</translation>
    </message>
    <message>
      <source>Lỗi cơ sở dữ liệu (mã {code}).</source>
      <translation>Database error (code {code}).</translation>
    </message>
    <message>
      <source>Lỗi đọc ghi ổ đĩa khi dùng cơ sở dữ liệu (ổ đầy, bị rút ra hoặc hỏng).</source>
      <translation>Disk read/write error while using the database (the drive is full, was removed, or is damaged).</translation>
    </message>
    <message>
      <source>Máy chủ cơ sở dữ liệu {server} không có cơ sở dữ liệu “{database}”.</source>
      <translation>The database server {server} has no database “{database}”.</translation>
    </message>
    <message>
      <source>Máy chủ cơ sở dữ liệu {server} không trả lời (hết thời gian chờ).</source>
      <translation>The database server {server} does not answer (timed out).</translation>
    </message>
    <message>
      <source>Máy chủ cơ sở dữ liệu {server} từ chối đăng nhập: sai tên người dùng hoặc mật khẩu.</source>
      <translation>The database server {server} refused the login: wrong user name or password.</translation>
    </message>
    <message>
      <source>Máy chủ thư {host} từ chối đăng nhập của {user}: sai tên hoặc mật khẩu.</source>
      <translation>The mail server {host} refused the login of {user}: wrong name or password.</translation>
    </message>
    <message>
      <source>Máy này không có kho mật khẩu của hệ thống nên mật khẩu thư không được lưu; hãy đặt nó vào biến môi trường {variable} khi gửi, hoặc nhập khi được hỏi.</source>
      <translation>This computer has no system password store, so the mail password was not saved; put it in the environment variable {variable} when sending, or type it when asked.</translation>
    </message>
    <message>
      <source>Mã cán bộ {key} lặp lại.</source>
      <translation>Officer code {key} appears twice.</translation>
    </message>
    <message>
      <source>Mã cán bộ “{id}” không phải là số.</source>
      <translation>Officer id “{id}” is not a number.</translation>
    </message>
    <message>
      <source>Mật khẩu thư của {account}: </source>
      <translation>Mail password for {account}: </translation>
    </message>
    <message>
      <source>Mật khẩu thư: </source>
      <translation>Mail password: </translation>
    </message>
    <message>
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Ngày bắt đầu</source>
      <translation>Start date</translation>
    </message>
    <message>
      <source>Ngày bắt đầu {first} sau ngày kết thúc {last}.</source>
      <translation>The start date {first} is after the end date {last}.</translation>
    </message>
    <message>
      <source>Ngày chuyển</source>
      <translation>Date forwarded</translation>
    </message>
    <message>
      <source>Ngày chuyển giao</source>
      <translation>Handover date</translation>
    </message>
    <message>
      <source>Ngày chuyển giao phải sau ngày bắt đầu {start} của phân công hiện tại.</source>
      <translation>The handover date must be after {start}, when the current assignment started.</translation>
    </message>
    <message>
      <source>Ngày duyệt</source>
      <translation>Approval date</translation>
    </message>
    <message>
      <source>Ngày duyệt {day} cách tháng {month} hơn một năm; hãy kiểm tra lại ngày duyệt.</source>
      <translation>Approval date {day} is more than a year from {month}; please check it.</translation>
    </message>
    <message>
      <source>Ngày giải quyết xong</source>
      <translation>Date resolved</translation>
    </message>
    <message>
      <source>Ngày kết thúc</source>
      <translation>End date</translation>
    </message>
    <message>
      <source>Ngày kết thúc trước ngày bắt đầu.</source>
      <translation>The end date is before the start date.</translation>
    </message>
    <message>
      <source>Ngày kết thúc {end} trước ngày bắt đầu {start} của phân công.</source>
      <translation>The end date {end} is before the assignment's start date {start}.</translation>
    </message>
    <message>
      <source>Ngày kết thúc {last} trước ngày bắt đầu {first} của phân công.</source>
      <translation>The end date {last} is before the assignment's start date {first}.</translation>
    </message>
    <message>
      <source>Ngày quyết định</source>
      <translation>Decision date</translation>
    </message>
    <message>
      <source>Ngày sáp nhập</source>
      <translation>Date of the merge</translation>
    </message>
    <message>
      <source>Ngày tiếp nhận</source>
      <translation>Date received</translation>
    </message>
    <message>
      <source>Ngày tiếp nhận của phản ánh số {id} không được sau ngày chuyển, trả lời {day}.</source>
      <translation>The date feedback no. {id} was received cannot be after the date it was forwarded or answered ({day}).</translation>
    </message>
    <message>
      <source>Ngày trả lời</source>
      <translation>Date answered</translation>
    </message>
    <message>
      <source>Ngày xóa</source>
      <translation>Removal date</translation>
    </message>
    <message>
      <source>Ngày {day} không thuộc tháng của lịch.</source>
      <translation>{day} is not in the calendar's month.</translation>
    </message>
    <message>
      <source>Ngày {day} không thuộc tháng {month} của lịch này.</source>
      <translation>{day} is not in {month}, this calendar's month.</translation>
    </message>
    <message>
      <source>Ngày {day} không thuộc tháng {month}.</source>
      <translation>{day} is not in {month}.</translation>
    </message>
    <message>
      <source>Ngày {day}, buổi {session}</source>
      <translation>{day}, {session}</translation>
    </message>
    <message>
      <source>Ngày đóng</source>
      <translation>Date closed</translation>
    </message>
    <message>
      <source>Ngày đổi tên</source>
      <translation>Date of the new name</translation>
    </message>
    <message>
      <source>Người duyệt</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <source>Người ký</source>
      <translation>Signed by</translation>
    </message>
    <message>
      <source>Người phụ trách xã cần ghi tên xã, thị trấn.</source>
      <translation>A commune lead needs the commune's name.</translation>
    </message>
    <message>
      <source>Người, nhóm phản ánh</source>
      <translation>Raised by</translation>
    </message>
    <message>
      <source>Nhóm {section} không có cài đặt {name} (có: {known}).</source>
      <translation>The group {section} has no setting {name} (it has: {known}).</translation>
    </message>
    <message>
      <source>Nhận ngày {day} tại {hamlet} ({commune}), cán bộ {officer}.</source>
      <translation>Received on {day} in {hamlet} ({commune}) by {officer}.</translation>
    </message>
    <message>
      <source>Nhận ngày {day} tại {hamlet} ({commune}), cán bộ {officer}; người phản ánh: {raised_by}.</source>
      <translation>Received on {day} in {hamlet} ({commune}) by {officer}; raised by: {raised_by}.</translation>
    </message>
    <message>
      <source>Năm {year} của kỳ báo cáo nằm ngoài khoảng {first}–{last}.</source>
      <translation>The report year {year} is outside {first}–{last}.</translation>
    </message>
    <message>
      <source>Năm {year} của tháng {month} nằm ngoài khoảng {first}–{last}</source>
      <translation>The year {year} of month {month} is outside {first}–{last}</translation>
    </message>
    <message>
      <source>Nội dung phản ánh, kiến nghị</source>
      <translation>Feedback content</translation>
    </message>
    <message>
      <source>Nội dung trả lời</source>
      <translation>Answer</translation>
    </message>
    <message>
      <source>Nội dung: {content}</source>
      <translation>Content: {content}</translation>
    </message>
    <message>
      <source>PHẢN ÁNH, KIẾN NGHỊ SỐ {id} — {status}{late}</source>
      <translation>FEEDBACK NO. {id} — {status}{late}</translation>
    </message>
    <message>
      <source>Phân công mới</source>
      <translation>New assignment</translation>
    </message>
    <message>
      <source>Phân công này vừa được người khác ghi lại; hãy tải lại rồi làm lại.</source>
      <translation>Someone else has just recorded this assignment; reload and try again.</translation>
    </message>
    <message>
      <source>Phân công này đã kết thúc trước ngày đó.</source>
      <translation>This assignment had already ended before that date.</translation>
    </message>
    <message>
      <source>Phân công {role} của {unit} cho đồng chí {officer} vẫn còn hiệu lực dù {why}.</source>
      <translation>The assignment of comrade {officer} as {role} of {unit} is still in force although {why}.</translation>
    </message>
    <message>
      <source>Phản ánh số {id} chưa có bước nào sau khi tiếp nhận để hoàn tác.</source>
      <translation>Feedback no. {id} has no step after its receipt to undo.</translation>
    </message>
    <message>
      <source>Phản ánh số {id} vừa được người khác thay đổi; hãy tải lại rồi làm lại.</source>
      <translation>Someone else has just changed feedback no. {id}; reload and try again.</translation>
    </message>
    <message>
      <source>Phản ánh số {id} {done} ngày {day}.</source>
      <translation>Feedback no. {id}: {done} on {day}.</translation>
    </message>
    <message>
      <source>Phản ánh số {id} {done}.</source>
      <translation>Feedback no. {id}: {done}.</translation>
    </message>
    <message>
      <source>Phản ánh số {id} đang ở trạng thái “{current}” nên không chuyển sang “{target}” được: {reason}.</source>
      <translation>Feedback no. {id} is “{current}”, so it cannot become “{target}”: {reason}.</translation>
    </message>
    <message>
      <source>Phản ánh số {id} ở trạng thái “{state}”, không còn là mới tiếp nhận, nên không xóa được.</source>
      <translation>Feedback no. {id} is “{state}”, no longer just received, so it cannot be deleted.</translation>
    </message>
    <message>
      <source>Quy mô không hợp lệ: {scale} (district, province hoặc commune).</source>
      <translation>Unknown scale: {scale} (district, province or commune).</translation>
    </message>
    <message>
      <source>Sẽ gửi lịch tháng {month} (bản {version}) cho {count} cán bộ:</source>
      <translation>Would send the {month} calendar (version {version}) to {count} officers:</translation>
    </message>
    <message>
      <source>Số quyết định</source>
      <translation>Decision number</translation>
    </message>
    <message>
      <source>Số văn bản</source>
      <translation>Document number</translation>
    </message>
    <message>
      <source>Số {id}  nhận {received}  hạn {deadline}  {status}{late}  {hamlet} ({commune}) — {officer} — {field}: {content}</source>
      <translation>No. {id}  received {received}  due {deadline}  {status}{late}  {hamlet} ({commune}) — {officer} — {field}: {content}</translation>
    </message>
    <message>
      <source>Số {id} vừa được dùng cho một phản ánh khác; không làm lại được việc tiếp nhận.</source>
      <translation>Number {id} has just been given to another feedback item; the receipt cannot be redone.</translation>
    </message>
    <message>
      <source>Sổ tính xuất từ DV Desk: {units} đơn vị, {officers} cán bộ, {assignments} phân công</source>
      <translation>Workbook exported from DV Desk: {units} units, {officers} officers, {assignments} assignments</translation>
    </message>
    <message>
      <source>Sửa</source>
      <translation>Changed</translation>
    </message>
    <message>
      <source>Thay đổi cán bộ dự</source>
      <translation>Attendees changed</translation>
    </message>
    <message>
      <source>Thay đổi của lịch tháng {month} từ {base} đến {target}:</source>
      <translation>Changes to the {month} calendar from {base} to {target}:</translation>
    </message>
    <message>
      <source>Thay đổi: {line}.</source>
      <translation>Change: {line}.</translation>
    </message>
    <message>
      <source>Theo dõi {unit}</source>
      <translation>Follows the {unit}</translation>
    </message>
    <message>
      <source>Theo {level}:</source>
      <translation>By {level}:</translation>
    </message>
    <message>
      <source>Thiếu cột {columns} của {list}.</source>
      <translation>Columns {columns} of the {list} are missing.</translation>
    </message>
    <message>
      <source>Thiếu cột {columns}.</source>
      <translation>Missing columns: {columns}.</translation>
    </message>
    <message>
      <source>Thiếu mã cuộc họp (cột do chương trình ghi, không sửa).</source>
      <translation>The meeting id is missing (the program fills this column; do not edit it).</translation>
    </message>
    <message>
      <source>Thiếu ngày bắt đầu của phân công.</source>
      <translation>The assignment's start date is missing.</translation>
    </message>
    <message>
      <source>Thiếu tên chi bộ.</source>
      <translation>The cell's name is missing.</translation>
    </message>
    <message>
      <source>Thiếu tên cụm.</source>
      <translation>The cluster's name is missing.</translation>
    </message>
    <message>
      <source>Thiếu tên {level} (chỉ bỏ trống được khi cơ sở dữ liệu có một {word}).</source>
      <translation>The {level} name is missing (it may be left out only when the database has one {word}).</translation>
    </message>
    <message>
      <source>Thiếu tên đơn vị họp.</source>
      <translation>The meeting's unit is missing.</translation>
    </message>
    <message>
      <source>Thiếu tên ấp, khu phố.</source>
      <translation>The hamlet's name is missing.</translation>
    </message>
    <message>
      <source>Thiếu tệp phông chữ của chương trình: {files}.</source>
      <translation>The program's font files are missing: {files}.</translation>
    </message>
    <message>
      <source>Thiếu {column}.</source>
      <translation>Missing {column}.</translation>
    </message>
    <message>
      <source>Tháng phải có dạng YYYY-MM, không phải {month}</source>
      <translation>The month must be YYYY-MM, not {month}</translation>
    </message>
    <message>
      <source>Tháng đầu {first} phải không sau tháng cuối {last}.</source>
      <translation>The first month {first} must not be after the last month {last}.</translation>
    </message>
    <message>
      <source>Thêm</source>
      <translation>Added</translation>
    </message>
    <message>
      <source>Thư mục của tệp ảnh {path} không tồn tại.</source>
      <translation>The folder of the picture {path} does not exist.</translation>
    </message>
    <message>
      <source>Thư mục của {path} không còn tồn tại.</source>
      <translation>The folder of {path} no longer exists.</translation>
    </message>
    <message>
      <source>Thư mục của {path} nằm trên ổ chỉ đọc; hãy chọn thư mục khác.</source>
      <translation>The folder of {path} is on a read-only drive; choose another folder.</translation>
    </message>
    <message>
      <source>Thư mục {folder} không tồn tại, không thể ghi {name}.</source>
      <translation>The folder {folder} does not exist, so {name} cannot be written.</translation>
    </message>
    <message>
      <source>Thư mục {folder} không tồn tại, không thể tạo cơ sở dữ liệu {name}.</source>
      <translation>The folder {folder} does not exist, so the database {name} cannot be created.</translation>
    </message>
    <message>
      <source>Thư mục {parent} không tồn tại, không thể tạo {name}.</source>
      <translation>The folder {parent} does not exist, so {name} cannot be created.</translation>
    </message>
    <message>
      <source>Thừa lệnh / thay mặt</source>
      <translation>On behalf of</translation>
    </message>
    <message>
      <source>Tiếp tục sau sáp nhập ({unit})</source>
      <translation>Continued after the merge ({unit})</translation>
    </message>
    <message>
      <source>Trang khóa đối chiếu của tệp không đọc được: tệp được nhập như danh sách mới, đối chiếu đơn vị và cán bộ theo tên.</source>
      <translation>The file's sheet of keys cannot be read: it is imported as a new list, matching units and officers by name.</translation>
    </message>
    <message>
      <source>Trang “{sheet}” có dữ liệu tới ô {cell} ({rows} dòng × {columns} cột), quá {limit} ô mà DV Desk đọc; hãy xóa các dòng, cột thừa (kể cả ô chỉ có dấu cách) rồi lưu lại.</source>
      <translation>Sheet “{sheet}” has data up to cell {cell} ({rows} rows × {columns} columns), more than the {limit} cells DV Desk reads; delete the extra rows and columns (even cells holding only spaces) and save again.</translation>
    </message>
    <message>
      <source>Trang “{sheet}” có dữ liệu tới ô {cell}, quá {limit} cột mà DV Desk đọc; hãy xóa các dòng, cột thừa (kể cả ô chỉ có dấu cách) rồi lưu lại.</source>
      <translation>Sheet “{sheet}” has data up to cell {cell}, more than the {limit} columns DV Desk reads; delete the extra rows and columns (even cells holding only spaces) and save again.</translation>
    </message>
    <message>
      <source>Trang “{sheet}” có dữ liệu tới ô {cell}, quá {limit} dòng mà DV Desk đọc; hãy xóa các dòng, cột thừa (kể cả ô chỉ có dấu cách) rồi lưu lại.</source>
      <translation>Sheet “{sheet}” has data up to cell {cell}, more than the {limit} rows DV Desk reads; delete the extra rows and columns (even cells holding only spaces) and save again.</translation>
    </message>
    <message>
      <source>Trang “{sheet}”, dòng {row}</source>
      <translation>Sheet “{sheet}”, row {row}</translation>
    </message>
    <message>
      <source>Trang “{sheet}”, dòng {row}, cột “{column}”</source>
      <translation>Sheet “{sheet}”, row {row}, column “{column}”</translation>
    </message>
    <message>
      <source>Trang “{sheet}”: {list} ({rows} dòng{notes})</source>
      <translation>Sheet “{sheet}”: {list} ({rows} rows{notes})</translation>
    </message>
    <message>
      <source>Trùng với dòng {row} (cùng cuộc họp, cùng người).</source>
      <translation>Same as row {row} (same meeting, same person).</translation>
    </message>
    <message>
      <source>Trưởng cụm cần ghi tên cụm.</source>
      <translation>A cluster leader needs the cluster's name.</translation>
    </message>
    <message>
      <source>Trưởng {unit}</source>
      <translation>{unit} leader</translation>
    </message>
    <message>
      <source>Trạng thái không hợp lệ: {unknown} (có: {known}).</source>
      <translation>Unknown status: {unknown} (known: {known}).</translation>
    </message>
    <message>
      <source>Tên cấp {name} không được để trống (chỉ cấp cụm có thể bỏ trống: không có cụm).</source>
      <translation>The name of level {name} cannot be empty (only the cluster level may be left empty: no clusters).</translation>
    </message>
    <message>
      <source>Tên hoặc đường dẫn {path} quá dài; hãy đặt tên ngắn hơn.</source>
      <translation>The name or path {path} is too long; choose a shorter name.</translation>
    </message>
    <message>
      <source>Tên tệp dài {length} byte, quá mức {limit} byte mà ổ đĩa cho phép; hãy đặt tên ngắn hơn.</source>
      <translation>The file name is {length} bytes long, more than the {limit} bytes the drive allows; choose a shorter name.</translation>
    </message>
    <message>
      <source>Tên đơn vị</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <source>Tên đơn vị không được để trống.</source>
      <translation>The unit name cannot be empty.</translation>
    </message>
    <message>
      <source>Tình trạng dự họp phải là present (có mặt), excused (vắng có lý do) hoặc absent (vắng), không phải {status}.</source>
      <translation>Attendance must be present, excused or absent, not {status}.</translation>
    </message>
    <message>
      <source>Tình trạng phải là Dự thảo hoặc Đã duyệt.</source>
      <translation>The status must be Dự thảo or Đã duyệt (draft or approved).</translation>
    </message>
    <message>
      <source>Tình trạng “{status}” không rõ (Có mặt, Vắng có lý do hoặc Vắng).</source>
      <translation>Unknown attendance “{status}” (Có mặt, Vắng có lý do or Vắng).</translation>
    </message>
    <message>
      <source>Tệp sao lưu chính là cơ sở dữ liệu cần khôi phục.</source>
      <translation>The backup file is the very database to be restored.</translation>
    </message>
    <message>
      <source>Tệp sao lưu {file} bị hỏng ({reason}).</source>
      <translation>The backup file {file} is damaged ({reason}).</translation>
    </message>
    <message>
      <source>Tệp {file} bị hỏng hoặc không phải cơ sở dữ liệu: {reason}.</source>
      <translation>The file {file} is damaged or not a database: {reason}.</translation>
    </message>
    <message>
      <source>Tệp {file} không phải là bản sao lưu DV Desk (SQLite).</source>
      <translation>The file {file} is not a DV Desk backup (SQLite).</translation>
    </message>
    <message>
      <source>Tệp {file} không phải là bản sao lưu JSON của DV Desk.</source>
      <translation>The file {file} is not a DV Desk JSON backup.</translation>
    </message>
    <message>
      <source>Tệp {file} không phải là cơ sở dữ liệu DV Desk (SQLite) hoặc đã bị hỏng.</source>
      <translation>The file {file} is not a DV Desk database (SQLite), or it is damaged.</translation>
    </message>
    <message>
      <source>Tệp {file} không phải là cơ sở dữ liệu DV Desk (SQLite).</source>
      <translation>The file {file} is not a DV Desk database (SQLite).</translation>
    </message>
    <message>
      <source>Tệp {file} không phải là cơ sở dữ liệu DV Desk.</source>
      <translation>The file {file} is not a DV Desk database.</translation>
    </message>
    <message>
      <source>Tệp {file} được tạo bởi một phiên bản DV Desk mới hơn (lược đồ {revision}); hãy cài phiên bản mới để khôi phục.</source>
      <translation>The file {file} was made by a newer DV Desk (schema {revision}); install the newer version to restore it.</translation>
    </message>
    <message>
      <source>Tệp được xuất từ một cơ sở dữ liệu khác: đơn vị và cán bộ được đối chiếu theo tên, không theo mã.</source>
      <translation>The file was exported from another database: units and officers are matched by name, not by id.</translation>
    </message>
    <message>
      <source>Tệp “{file}” bị hỏng: phần “{part}” không giải nén đúng kích thước đã khai.</source>
      <translation>“{file}” is damaged: part “{part}” does not unpack to its stated size.</translation>
    </message>
    <message>
      <source>Tệp “{file}” có phần “{part}” giải nén ra {size} MB, quá mức {limit} MB (tệp bị hỏng hoặc cố ý làm phình).</source>
      <translation>“{file}” has a part “{part}” that unpacks to {size} MB, more than {limit} MB (the file is damaged or deliberately inflated).</translation>
    </message>
    <message>
      <source>Tệp “{file}” khi giải nén chiếm {size} MB, quá mức {limit} MB mà DV Desk đọc.</source>
      <translation>“{file}” unpacks to {size} MB, more than the {limit} MB DV Desk reads.</translation>
    </message>
    <message>
      <source>Tệp “{file}” không có bảng theo dõi dự họp (cần các cột Mã cuộc họp, Mã cán bộ hoặc Họ và tên, Tình trạng).</source>
      <translation>“{file}” has no attendance sheet (it needs the columns Mã cuộc họp, Mã cán bộ or Họ và tên, Tình trạng).</translation>
    </message>
    <message>
      <source>Tệp “{file}” không phải là sổ tính Excel (.xlsx) đọc được.</source>
      <translation>“{file}” is not a readable Excel workbook (.xlsx).</translation>
    </message>
    <message>
      <source>Tệp “{file}” là định dạng Excel cũ (.xls): hãy mở bằng Excel và lưu lại dạng .xlsx.</source>
      <translation>“{file}” is in the old Excel format (.xls): open it in Excel and save it as .xlsx.</translation>
    </message>
    <message>
      <source>Tệp “{name}” có tiêu đề bảng nhưng không có dòng dữ liệu nào để nhập.</source>
      <translation>“{name}” has table headings but no rows of data to import.</translation>
    </message>
    <message>
      <source>Tổ NDTQ cần tên tổ và tên ấp, khu phố.</source>
      <translation>A self-management group needs its own name and its hamlet's name.</translation>
    </message>
    <message>
      <source>Vai trò không hợp lệ: {role}.</source>
      <translation>Invalid role: {role}.</translation>
    </message>
    <message>
      <source>Vai trò {role} cần cột {column}.</source>
      <translation>The role {role} needs a {column} column.</translation>
    </message>
    <message>
      <source>Vai trò {role} không dùng cho cấp này.</source>
      <translation>The role {role} does not apply to this level.</translation>
    </message>
    <message>
      <source>Vai trò “{role}” không rõ (cần một trong: {known}).</source>
      <translation>Unknown role “{role}” (expected one of: {known}).</translation>
    </message>
    <message>
      <source>Vai trò “{role}” không rõ.</source>
      <translation>Unknown role “{role}”.</translation>
    </message>
    <message>
      <source>Vắng</source>
      <translation>Absent</translation>
    </message>
    <message>
      <source>Vắng có lý do</source>
      <translation>Excused</translation>
    </message>
    <message>
      <source>Xem trước (chưa ghi gì): nếu sửa hết lỗi sẽ tạo {summary}</source>
      <translation>Preview (nothing saved): once the errors are fixed this would create {summary}</translation>
    </message>
    <message>
      <source>Xem trước (chưa ghi gì): sẽ ghi {summary}</source>
      <translation>Preview (nothing saved): would record {summary}</translation>
    </message>
    <message>
      <source>Xem trước (chưa ghi gì): sẽ tạo {summary}</source>
      <translation>Preview (nothing saved): would create {summary}</translation>
    </message>
    <message>
      <source>Xem trước (chưa ghi gì): {summary}</source>
      <translation>Preview (nothing saved): {summary}</translation>
    </message>
    <message>
      <source>Xung đột</source>
      <translation>Conflict</translation>
    </message>
    <message>
      <source>Xung đột này không còn trong lịch tháng {month} (lịch vừa được thay đổi); hãy tải lại.</source>
      <translation>This conflict is no longer in the calendar of {month} (the calendar was just changed); reload it.</translation>
    </message>
    <message>
      <source>Xung đột này đã được chấp nhận.</source>
      <translation>This conflict was already accepted.</translation>
    </message>
    <message>
      <source>ai phụ trách đơn vị vào một ngày (kể cả trước, sau sáp nhập)</source>
      <translation>who was in charge of a unit on a day (before or after a merger too)</translation>
    </message>
    <message>
      <source>báo cáo dự họp tháng</source>
      <translation>monthly attendance report</translation>
    </message>
    <message>
      <source>báo cáo dự họp tháng {month} ({count} cuộc họp)</source>
      <translation>the {month} attendance report ({count} meetings)</translation>
    </message>
    <message>
      <source>báo cáo phản ánh, kiến nghị tháng hoặc năm</source>
      <translation>report on citizens' feedback for a month or a year</translation>
    </message>
    <message>
      <source>báo vắng từ ngày đến ngày</source>
      <translation>record an absence from one day to another</translation>
    </message>
    <message>
      <source>bước này không hợp lệ</source>
      <translation>this step is not allowed</translation>
    </message>
    <message>
      <source>bản gốc (mặc định: bản đã duyệt gần nhất trước bản --to)</source>
      <translation>the original version (default: the last approved version before --to)</translation>
    </message>
    <message>
      <source>bản lịch (mặc định: bản mới nhất)</source>
      <translation>calendar version (default: the newest)</translation>
    </message>
    <message>
      <source>bản sao .db (cơ sở dữ liệu SQLite) hoặc .json (nạp vào cơ sở dữ liệu trống)</source>
      <translation>a .db copy (SQLite database) or a .json one (loaded into an empty database)</translation>
    </message>
    <message>
      <source>bản so sánh (mặc định: bản mới nhất)</source>
      <translation>the version to compare (default: the newest)</translation>
    </message>
    <message>
      <source>bản {version}</source>
      <translation>version {version}</translation>
    </message>
    <message>
      <source>bản {version} (dự thảo)</source>
      <translation>version {version} (draft)</translation>
    </message>
    <message>
      <source>bản {version} (số {number})</source>
      <translation>version {version} (no. {number})</translation>
    </message>
    <message>
      <source>bỏ một lần báo vắng</source>
      <translation>remove a recorded absence</translation>
    </message>
    <message>
      <source>bỏ qua một mục của bản xem trước (khóa “item” trong JSON); có thể lặp lại</source>
      <translation>leave out one item of the preview (the “item” key in the JSON); may be repeated</translation>
    </message>
    <message>
      <source>chuyển từ {before} sang {after}</source>
      <translation>moved from {before} to {after}</translation>
    </message>
    <message>
      <source>chuyển từ {before} sang {after} (tại {place})</source>
      <translation>moved from {before} to {after} (at {place})</translation>
    </message>
    <message>
      <source>chuyển đến cơ quan giải quyết</source>
      <translation>forward to the body that deals with it</translation>
    </message>
    <message>
      <source>chưa xếp</source>
      <translation>not placed</translation>
    </message>
    <message>
      <source>chưa xếp ngày</source>
      <translation>no day yet</translation>
    </message>
    <message>
      <source>chỉ các cuộc họp của một cụm</source>
      <translation>only the meetings of one cluster</translation>
    </message>
    <message>
      <source>chỉ các cuộc họp của một xã (mã trong: dvdesk units list)</source>
      <translation>only the meetings of one commune (ids in: dvdesk units list)</translation>
    </message>
    <message>
      <source>chỉ liệt kê, không gửi</source>
      <translation>only list, do not send</translation>
    </message>
    <message>
      <source>chỉ những cán bộ có thay đổi trong lần điều chỉnh mới nhất</source>
      <translation>only the officers whose schedule changed in the latest revision</translation>
    </message>
    <message>
      <source>chỉ những lần vắng trong tháng</source>
      <translation>only the absences within the month</translation>
    </message>
    <message>
      <source>chỉ những phản ánh nhận trong kỳ</source>
      <translation>only the feedback received in the period</translation>
    </message>
    <message>
      <source>chỉ những phản ánh quá hạn</source>
      <translation>only overdue feedback</translation>
    </message>
    <message>
      <source>chỉ phiếu của cán bộ có thay đổi trong lần điều chỉnh mới nhất</source>
      <translation>only the sheets of officers whose schedule changed in the latest revision</translation>
    </message>
    <message>
      <source>chỉ xem trước, không ghi</source>
      <translation>preview only, write nothing</translation>
    </message>
    <message>
      <source>chức vụ người ký, ví dụ PHÓ BÍ THƯ (mặc định: theo cài đặt)</source>
      <translation>the signer's title, e.g. PHÓ BÍ THƯ (default: from the settings)</translation>
    </message>
    <message>
      <source>cuộc họp mã {id} — {unit}</source>
      <translation>meeting {id} — {unit}</translation>
    </message>
    <message>
      <source>cuộc họp mã {id} — {unit}, ngày {day}</source>
      <translation>meeting {id} — {unit}, {day}</translation>
    </message>
    <message>
      <source>các tham số loại trừ nhau phải là tùy chọn</source>
      <translation>mutually exclusive arguments must be optional</translation>
    </message>
    <message>
      <source>cách dùng: </source>
      <translation>usage: </translation>
    </message>
    <message>
      <source>cán bộ #{id}</source>
      <translation>officer #{id}</translation>
    </message>
    <message>
      <source>cán bộ mới</source>
      <translation>new officer</translation>
    </message>
    <message>
      <source>cán bộ vắng: nghỉ phép, đi công tác, học tập</source>
      <translation>officers away: leave, business trips, training</translation>
    </message>
    <message>
      <source>cán bộ đã thôi công tác</source>
      <translation>the officer no longer works here</translation>
    </message>
    <message>
      <source>cán bộ: sửa thông tin ngoài cửa sổ</source>
      <translation>officers: edit their details outside the window</translation>
    </message>
    <message>
      <source>cả đơn vị đã xóa hoặc đã sáp nhập</source>
      <translation>also units deleted or merged</translation>
    </message>
    <message>
      <source>cần %s giá trị</source>
      <translation>expected %s arguments</translation>
    </message>
    <message>
      <source>cần có trả lời của cơ quan giải quyết trước</source>
      <translation>the body's answer must be recorded first</translation>
    </message>
    <message>
      <source>cần dest= cho tùy chọn như %r</source>
      <translation>dest= is required for options like %r</translation>
    </message>
    <message>
      <source>cần một giá trị</source>
      <translation>expected one argument</translation>
    </message>
    <message>
      <source>cần nhiều nhất một giá trị</source>
      <translation>expected at most one argument</translation>
    </message>
    <message>
      <source>cần ít nhất một giá trị</source>
      <translation>expected at least one argument</translation>
    </message>
    <message>
      <source>danh sách cán bộ theo dõi, hỗ trợ ấp, khu phố</source>
      <translation>list of hamlet support officers</translation>
    </message>
    <message>
      <source>danh sách cán bộ vắng</source>
      <translation>list the absences</translation>
    </message>
    <message>
      <source>danh sách phân công</source>
      <translation>assignment list</translation>
    </message>
    <message>
      <source>danh sách phân công ({counts})</source>
      <translation>the assignment list ({counts})</translation>
    </message>
    <message>
      <source>danh sách phân công dự sinh hoạt chi bộ</source>
      <translation>list of cell meeting attendance</translation>
    </message>
    <message>
      <source>danh sách phân công phụ trách cụm, xã</source>
      <translation>list of cluster and commune leads</translation>
    </message>
    <message>
      <source>danh sách phản ánh, kiến nghị</source>
      <translation>list citizens' feedback</translation>
    </message>
    <message>
      <source>danh sách đơn vị với mã số</source>
      <translation>list units with their ids</translation>
    </message>
    <message>
      <source>duyệt lịch</source>
      <translation>approve the calendar</translation>
    </message>
    <message>
      <source>dự họp: ghi nhận, bảng theo dõi, tỷ lệ</source>
      <translation>attendance: records, tracking sheet, rates</translation>
    </message>
    <message>
      <source>dự thảo</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>ghi có mặt cho mọi cán bộ chưa ghi nhận</source>
      <translation>record as present every officer not yet recorded</translation>
    </message>
    <message>
      <source>ghi nhận dự họp của một cán bộ</source>
      <translation>record one officer's attendance</translation>
    </message>
    <message>
      <source>ghi trả lời của cơ quan giải quyết</source>
      <translation>record the answer of the body dealing with it</translation>
    </message>
    <message>
      <source>ghi đã giải quyết xong</source>
      <translation>record it as resolved</translation>
    </message>
    <message>
      <source>giá trị conflict_resolution không hợp lệ: %r</source>
      <translation>invalid conflict_resolution value: %r</translation>
    </message>
    <message>
      <source>giá trị không đúng dạng: %(value)r</source>
      <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
      <source>giá trị; với mail.password: - rồi nhập mật khẩu</source>
      <translation>the value; for mail.password: - and then type the password</translation>
    </message>
    <message>
      <source>gửi e-mail lịch cá nhân (PDF và .ics) cho từng cán bộ</source>
      <translation>e-mail each officer their personal schedule (PDF and .ics)</translation>
    </message>
    <message>
      <source>huyện (trước 7/2025), tỉnh, hoặc một xã sau sáp nhập (Đảng ủy xã)</source>
      <translation>a district (before 7/2025), a province, or a commune after the mergers (commune Party committee)</translation>
    </message>
    <message>
      <source>hãy ghi cơ quan được chuyển đến giải quyết trước</source>
      <translation>record the body it was forwarded to first</translation>
    </message>
    <message>
      <source>in các thay đổi (thêm, sửa, kết thúc, phân công, xung đột, lỗi) dạng JSON</source>
      <translation>print the changes (added, changed, ended, assignments, conflicts, errors) as JSON</translation>
    </message>
    <message>
      <source>in hướng dẫn này rồi thoát</source>
      <translation>show this help message and exit</translation>
    </message>
    <message>
      <source>in lịch ra PDF (cả tháng, một xã, một cụm, hoặc mỗi xã một tệp)</source>
      <translation>print the calendar to PDF (the whole month, one commune, one cluster, or one file per commune)</translation>
    </message>
    <message>
      <source>in số phiên bản của chương trình rồi thoát</source>
      <translation>show program's version number and exit</translation>
    </message>
    <message>
      <source>khôi phục cơ sở dữ liệu từ một bản sao lưu</source>
      <translation>restore the database from a backup</translation>
    </message>
    <message>
      <source>không còn đồng chí {names}</source>
      <translation>no longer comrade {names}</translation>
    </message>
    <message>
      <source>không có lệnh %(parser_name)r (chọn một trong: %(choices)s)</source>
      <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
      <source>không có lựa chọn %(value)r (chọn một trong: %(choices)s)</source>
      <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
      <source>không dùng 'required' cho tham số không có dấu gạch</source>
      <translation>'required' is an invalid argument for positionals</translation>
    </message>
    <message>
      <source>không dùng cùng với %s</source>
      <translation>not allowed with argument %s</translation>
    </message>
    <message>
      <source>không gộp được: hai nhóm cùng tên %r</source>
      <translation>cannot merge actions - two groups are named %r</translation>
    </message>
    <message>
      <source>không hiểu tham số: %s</source>
      <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
      <source>không in được kết quả ra đầu ra chuẩn (mã lỗi hệ thống {code}).</source>
      <translation>could not print the result to standard output (system error code {code}).</translation>
    </message>
    <message>
      <source>không mở được '%(filename)s': %(error)s</source>
      <translation>can't open '%(filename)s': %(error)s</translation>
    </message>
    <message>
      <source>không nhập gì từ {file}: {count} dòng có lỗi, hãy sửa tệp rồi nhập lại.</source>
      <translation>nothing imported from {file}: {count} rows have errors; correct the file and import it again.</translation>
    </message>
    <message>
      <source>không rõ tháng</source>
      <translation>unknown month</translation>
    </message>
    <message>
      <source>không thể có hai nhóm lệnh con</source>
      <translation>cannot have multiple subparser arguments</translation>
    </message>
    <message>
      <source>kiểm tra phân công; mã thoát 1 nếu có lỗi</source>
      <translation>check the assignments; exit code 1 if there are errors</translation>
    </message>
    <message>
      <source>kết quả dự họp và tỷ lệ của tháng (đến tháng)</source>
      <translation>attendance and rates of the month (up to a month)</translation>
    </message>
    <message>
      <source>liệt kê xung đột; mã thoát 1 nếu có</source>
      <translation>list the conflicts; exit code 1 if there are any</translation>
    </message>
    <message>
      <source>lý do: nghỉ phép, đi công tác, học tập …</source>
      <translation>the reason: leave, business trip, training …</translation>
    </message>
    <message>
      <source>lệnh con bị trùng: %s</source>
      <translation>conflicting subparser: %s</translation>
    </message>
    <message>
      <source>lịch cá nhân tháng {month} của {count} cán bộ (bản {version})</source>
      <translation>the {month} personal schedules of {count} officers (version {version})</translation>
    </message>
    <message>
      <source>lịch cá nhân tháng {month} của {count} cán bộ có thay đổi (bản {version})</source>
      <translation>the {month} personal schedules of {count} officers with changes (version {version})</translation>
    </message>
    <message>
      <source>lịch cá nhân từng cán bộ</source>
      <translation>each officer's personal schedule</translation>
    </message>
    <message>
      <source>lịch sinh hoạt tháng</source>
      <translation>the monthly meeting calendar</translation>
    </message>
    <message>
      <source>mail.security phải là starttls, ssl hoặc none, không phải {value}.</source>
      <translation>mail.security must be starttls, ssl or none, not {value}.</translation>
    </message>
    <message>
      <source>máy chủ trả lời {code} {reply}</source>
      <translation>the server answered {code} {reply}</translation>
    </message>
    <message>
      <source>máy chủ từ chối địa chỉ ({code} {reply})</source>
      <translation>the server refused the address ({code} {reply})</translation>
    </message>
    <message>
      <source>mã phải là số nguyên dương, không phải {text}</source>
      <translation>an id must be a positive whole number, not {text}</translation>
    </message>
    <message>
      <source>mã đơn vị mới</source>
      <translation>the id of the new unit</translation>
    </message>
    <message>
      <source>mỗi xã một tệp PDF, ghi vào thư mục -o</source>
      <translation>one PDF file per commune, written into the folder -o</translation>
    </message>
    <message>
      <source>một phản ánh, kiến nghị và các bước đã qua</source>
      <translation>one piece of feedback and the steps it went through</translation>
    </message>
    <message>
      <source>mở bản điều chỉnh của lịch đã duyệt</source>
      <translation>open a revision of an approved calendar</translation>
    </message>
    <message>
      <source>mở cửa sổ chương trình</source>
      <translation>open the program's window</translation>
    </message>
    <message>
      <source>ngày (mặc định hôm nay)</source>
      <translation>the date (default: today)</translation>
    </message>
    <message>
      <source>ngày ban hành</source>
      <translation>date of issue</translation>
    </message>
    <message>
      <source>ngày ban hành (bỏ trống: chừa chỗ điền tay)</source>
      <translation>date of issue (left out: a blank to fill in by hand)</translation>
    </message>
    <message>
      <source>ngày cuối (YYYY-MM-DD)</source>
      <translation>the last day (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>ngày có hiệu lực</source>
      <translation>the day it takes effect</translation>
    </message>
    <message>
      <source>ngày duyệt (YYYY-MM-DD, mặc định hôm nay)</source>
      <translation>date of approval (YYYY-MM-DD, default: today)</translation>
    </message>
    <message>
      <source>ngày kiểm tra (YYYY-MM-DD, mặc định hôm nay)</source>
      <translation>the date to check (YYYY-MM-DD, default: today)</translation>
    </message>
    <message>
      <source>ngày ký văn bản</source>
      <translation>the date the document is signed</translation>
    </message>
    <message>
      <source>ngày xét quá hạn (mặc định cuối kỳ, hoặc hôm nay nếu kỳ chưa hết)</source>
      <translation>the date overdue is judged on (default: the end of the period, or today if the period is not over)</translation>
    </message>
    <message>
      <source>ngày xét quá hạn (mặc định hôm nay)</source>
      <translation>the date overdue is judged on (default: today)</translation>
    </message>
    <message>
      <source>ngày {day}</source>
      <translation>on {day}</translation>
    </message>
    <message>
      <source>ngày {day} là ngày nghỉ ({holiday})</source>
      <translation>{day} is a holiday ({holiday})</translation>
    </message>
    <message>
      <source>ngày {day} ngoài khung ngày tháng này</source>
      <translation>{day} is outside this month's window</translation>
    </message>
    <message>
      <source>ngày {day} ngoài khung ngày tháng này ({window})</source>
      <translation>{day} is outside this month's window ({window})</translation>
    </message>
    <message>
      <source>ngày đầu (YYYY-MM-DD)</source>
      <translation>the first day (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>người ký văn bản (mặc định: theo cài đặt)</source>
      <translation>the signer of the document (default: from the settings)</translation>
    </message>
    <message>
      <source>người, nhóm phản ánh</source>
      <translation>the person or group giving the feedback</translation>
    </message>
    <message>
      <source>nhập bảng theo dõi đã điền (tất cả hoặc không)</source>
      <translation>import a filled-in tracking sheet (all or nothing)</translation>
    </message>
    <message>
      <source>nhập danh sách Excel (tất cả hoặc không gì cả)</source>
      <translation>import an Excel list (all or nothing)</translation>
    </message>
    <message>
      <source>những gì thay đổi giữa hai bản của lịch tháng</source>
      <translation>what changed between two versions of a monthly calendar</translation>
    </message>
    <message>
      <source>năm {year}</source>
      <translation>{year}</translation>
    </message>
    <message>
      <source>nếu đã có dữ liệu thì giữ nguyên và không báo lỗi</source>
      <translation>if there is data already, keep it and report no error</translation>
    </message>
    <message>
      <source>phân công</source>
      <translation>assignment</translation>
    </message>
    <message>
      <source>phân công của các đơn vị đã sáp nhập, đề xuất tiếp tục cho đơn vị mới</source>
      <translation>the assignments of merged units, proposed to carry over to the new unit</translation>
    </message>
    <message>
      <source>phản ánh đã kết thúc</source>
      <translation>the matter is already finished</translation>
    </message>
    <message>
      <source>phản ánh, kiến nghị của nhân dân</source>
      <translation>citizens' feedback and petitions</translation>
    </message>
    <message>
      <source>sao lưu cơ sở dữ liệu</source>
      <translation>back up the database</translation>
    </message>
    <message>
      <source>structure.preset phải là một trong {known}, không phải {value!r}.</source>
      <translation>structure.preset must be one of {known}, not {value!r}.</translation>
    </message>
    <message>
      <source>sáp nhập các xã (hoặc các thôn, ấp) thành một đơn vị mới từ một ngày</source>
      <translation>merge communes (or hamlets) into a new unit from a given day</translation>
    </message>
    <message>
      <source>số thông báo (mặc định: số của bản điều chỉnh đã duyệt; bỏ trống: điền tay)</source>
      <translation>the notice number (default: the approved revision's number; left out: filled in by hand)</translation>
    </message>
    <message>
      <source>số thứ tự các đề xuất (theo: dvdesk units proposals)</source>
      <translation>the numbers of the proposals (as in: dvdesk units proposals)</translation>
    </message>
    <message>
      <source>số văn bản</source>
      <translation>document number</translation>
    </message>
    <message>
      <source>số văn bản, ví dụ 20-BC/HU (bỏ trống: chừa chỗ điền tay)</source>
      <translation>document number, e.g. 20-BC/HU (left out: a blank to fill in by hand)</translation>
    </message>
    <message>
      <source>sửa một cài đặt NHÓM.TÊN, ví dụ mail.host</source>
      <translation>change one setting GROUP.NAME, e.g. mail.host</translation>
    </message>
    <message>
      <source>sửa thông tin một cán bộ</source>
      <translation>edit one officer's details</translation>
    </message>
    <message>
      <source>tham số</source>
      <translation>positional arguments</translation>
    </message>
    <message>
      <source>tham số "-" với chế độ %r</source>
      <translation>argument "-" with mode %r</translation>
    </message>
    <message>
      <source>tham số %(argument_name)s: %(message)s</source>
      <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <source>thay dữ liệu đang có</source>
      <translation>replace the existing data</translation>
    </message>
    <message>
      <source>thiếu một trong các tham số: %s</source>
      <translation>one of the arguments %s is required</translation>
    </message>
    <message>
      <source>thiếu: %s</source>
      <translation>the following arguments are required: %s</translation>
    </message>
    <message>
      <source>tháng {month} (bản {version})</source>
      <translation>{month} (version {version})</translation>
    </message>
    <message>
      <source>tháng {month} chưa có lịch sinh hoạt nên tệp không có trang lịch.</source>
      <translation>{month} has no meeting calendar yet, so the file has no calendar sheet.</translation>
    </message>
    <message>
      <source>tháng {month} không có ngày họp của tháng trước</source>
      <translation>{month} has no such day as last month's meeting day</translation>
    </message>
    <message>
      <source>tháng {month} năm {year}</source>
      <translation>{month}/{year}</translation>
    </message>
    <message>
      <source>thêm đồng chí {names}</source>
      <translation>comrade {names} added</translation>
    </message>
    <message>
      <source>thông báo điều chỉnh lịch sinh hoạt (PDF)</source>
      <translation>notice of the calendar's revision (PDF)</translation>
    </message>
    <message>
      <source>thông báo điều chỉnh lịch tháng {month} (bản {amended} → bản {revised}: {changes} cuộc họp thay đổi, {officers} cán bộ cần thông báo)</source>
      <translation>the change notice for {month} (version {amended} → version {revised}: {changes} meetings changed, {officers} officers to notify)</translation>
    </message>
    <message>
      <source>tiếp nhận một phản ánh, kiến nghị; in số của nó</source>
      <translation>receive a piece of feedback; print its number</translation>
    </message>
    <message>
      <source>tiếp tục cho đơn vị mới các phân công được đề xuất (tất cả hoặc --only)</source>
      <translation>carry the proposed assignments over to the new unit (all, or --only)</translation>
    </message>
    <message>
      <source>tên khác của lệnh con bị trùng: %s</source>
      <translation>conflicting subparser alias: %s</translation>
    </message>
    <message>
      <source>tên đơn vị mới, ví dụ "Xã Tân Phú" hoặc "Phường An Hội"</source>
      <translation>the new unit's name, e.g. "Xã Tân Phú" or "Phường An Hội"</translation>
    </message>
    <message>
      <source>tùy chọn</source>
      <translation>options</translation>
    </message>
    <message>
      <source>tùy chọn %(option)r không hợp lệ: phải bắt đầu bằng ký tự %(prefix_chars)r</source>
      <translation>invalid option string %(option)r: must start with a character %(prefix_chars)r</translation>
    </message>
    <message>
      <source>tùy chọn %(option)s chưa rõ: có thể là %(matches)s</source>
      <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
      <source>tùy chọn bị trùng: %s</source>
      <translation>conflicting option strings: %s</translation>
    </message>
    <message>
      <source>tùy chọn không đúng chỗ: %s</source>
      <translation>unexpected option string: %s</translation>
    </message>
    <message>
      <source>tùy chọn này không nhận giá trị %r</source>
      <translation>ignored explicit argument %r</translation>
    </message>
    <message>
      <source>tạo dữ liệu mẫu</source>
      <translation>create demo data</translation>
    </message>
    <message>
      <source>tạo lịch tháng</source>
      <translation>create a monthly calendar</translation>
    </message>
    <message>
      <source>tệp PDF; với --per-commune là thư mục</source>
      <translation>the PDF file; with --per-commune a folder</translation>
    </message>
    <message>
      <source>tệp SQLite hoặc địa chỉ SQLAlchemy (mặc định: DVDESK_DB hoặc tệp trong thư mục dữ liệu người dùng)</source>
      <translation>an SQLite file or an SQLAlchemy URL (default: DVDESK_DB or a file in the user's data folder)</translation>
    </message>
    <message>
      <source>tệp lịch iCalendar (.ics) cả tháng và từng cán bộ</source>
      <translation>iCalendar (.ics) files for the whole month and for each officer</translation>
    </message>
    <message>
      <source>từ {first} đến {last}</source>
      <translation>from {first} to {last}</translation>
    </message>
    <message>
      <source>văn bản, báo cáo PDF</source>
      <translation>documents and PDF reports</translation>
    </message>
    <message>
      <source>vẫn phân công khi vượt mức thường lệ</source>
      <translation>assign even beyond the usual load</translation>
    </message>
    <message>
      <source>vẽ trang, lưu ảnh PNG rồi thoát (chạy được không cần màn hình)</source>
      <translation>draw the page, save it as a PNG and exit (runs without a display)</translation>
    </message>
    <message>
      <source>vụ việc phức tạp (hạn dài hơn)</source>
      <translation>a complex matter (a longer deadline)</translation>
    </message>
    <message>
      <source>xem lịch</source>
      <translation>show the calendar</translation>
    </message>
    <message>
      <source>xem mọi cài đặt</source>
      <translation>show every setting</translation>
    </message>
    <message>
      <source>xem và sửa cài đặt (tên cấp: level_names.*, máy chủ thư: mail.*)</source>
      <translation>view and change the settings (level names: level_names.*, mail server: mail.*)</translation>
    </message>
    <message>
      <source>xuất Excel</source>
      <translation>export to Excel</translation>
    </message>
    <message>
      <source>xuất bảng theo dõi dự họp của tháng (Excel)</source>
      <translation>export the month's attendance tracking sheet (Excel)</translation>
    </message>
    <message>
      <source>xuất danh sách ra Excel</source>
      <translation>export the list to Excel</translation>
    </message>
    <message>
      <source>xuất lịch ra tệp Word (.docx) để chỉnh sửa</source>
      <translation>export the calendar to a Word file (.docx) for editing</translation>
    </message>
    <message>
      <source>xếp lịch tự động; in các xung đột còn lại</source>
      <translation>schedule automatically; print the conflicts left</translation>
    </message>
    <message>
      <source>{change}, địa điểm “{place}”</source>
      <translation>{change}, at “{place}”</translation>
    </message>
    <message>
      <source>{clusters}, {communes}, {hamlets}, {cells}, {groups}, {officers} ({matched_officers} cán bộ đã có), {assignments}</source>
      <translation>{clusters}, {communes}, {hamlets}, {cells}, {groups}, {officers} ({matched_officers} already recorded), {assignments}</translation>
    </message>
    <message>
      <source>{count} buổi</source>
      <translation>{count} sessions</translation>
    </message>
    <message>
      <source>{count} buổi không trùng ngày nghỉ</source>
      <translation>{count} sessions off holidays</translation>
    </message>
    <message>
      <source>{count} buổi không trùng ngày nghỉ và những ngày đồng chí vắng</source>
      <translation>{count} sessions off holidays and the days the comrade is away</translation>
    </message>
    <message>
      <source>{count} cuộc họp</source>
      <translation>{count} meetings</translation>
    </message>
    <message>
      <source>{count} cuộc họp đảng ủy</source>
      <translation>{count} committee meetings</translation>
    </message>
    <message>
      <source>{count} cuộc họp.</source>
      <translation>{count} meetings.</translation>
    </message>
    <message>
      <source>{count} cuộc họp: {meetings}</source>
      <translation>{count} meetings: {meetings}</translation>
    </message>
    <message>
      <source>{count} cuộc sinh hoạt chi bộ</source>
      <translation>{count} cell meetings</translation>
    </message>
    <message>
      <source>{count} cán bộ chưa có địa chỉ e-mail, không gửi được: {names}.</source>
      <translation>{count} officers have no e-mail address and cannot be sent to: {names}.</translation>
    </message>
    <message>
      <source>{count} dòng để trống tình trạng</source>
      <translation>{count} rows with no attendance entered</translation>
    </message>
    <message>
      <source>{count} lượt đã ghi như vậy</source>
      <translation>{count} already recorded the same</translation>
    </message>
    <message>
      <source>{count} phản ánh, kiến nghị; {overdue} quá hạn trả lời ngày {day}.</source>
      <translation>{count} feedback items; {overdue} overdue for an answer on {day}.</translation>
    </message>
    <message>
      <source>{count} ô gõ bằng {encoding}</source>
      <translation>{count} cells typed in {encoding}</translation>
    </message>
    <message>
      <source>{day} {session}</source>
      <translation>{day} {session}</translation>
    </message>
    <message>
      <source>{first} hoặc {second}</source>
      <translation>{first} or {second}</translation>
    </message>
    <message>
      <source>{first} và {last}</source>
      <translation>{first} and {last}</translation>
    </message>
    <message>
      <source>{folder} là một tệp; -o phải là một thư mục.</source>
      <translation>{folder} is a file; -o must be a folder.</translation>
    </message>
    <message>
      <source>{id}  {officer} (mã {officer_id})  {period}{why}</source>
      <translation>{id}  {officer} (id {officer_id})  {period}{why}</translation>
    </message>
    <message>
      <source>{key} nhận true hoặc false, không phải {text}.</source>
      <translation>{key} takes true or false, not {text}.</translation>
    </message>
    <message>
      <source>{key} phải là JSON, ví dụ {example}.</source>
      <translation>{key} must be JSON, for example {example}.</translation>
    </message>
    <message>
      <source>{key} phải là một danh sách.</source>
      <translation>{key} must be a list.</translation>
    </message>
    <message>
      <source>{key} phải là một số nguyên, không phải {text}.</source>
      <translation>{key} must be a whole number, not {text}.</translation>
    </message>
    <message>
      <source>{key} phải là một đối tượng JSON.</source>
      <translation>{key} must be a JSON object.</translation>
    </message>
    <message>
      <source>{labels} và {count} cuộc họp khác</source>
      <translation>{labels} and {count} other meetings</translation>
    </message>
    <message>
      <source>{label} dài {length} ký tự, quá mức {limit} ký tự</source>
      <translation>{label} is {length} characters long, more than the {limit} allowed</translation>
    </message>
    <message>
      <source>{label} {day} nằm ngoài khoảng {first}–{last}</source>
      <translation>{label} {day} is outside {first}–{last}</translation>
    </message>
    <message>
      <source>{meeting} chưa có cán bộ nào được phân công dự.</source>
      <translation>Nobody is assigned to attend {meeting}.</translation>
    </message>
    <message>
      <source>{meeting} chưa được xếp ngày họp.</source>
      <translation>{meeting} has no meeting day yet.</translation>
    </message>
    <message>
      <source>{meeting} họp buổi {session}, rơi vào ngày nghỉ {holiday} {day}.</source>
      <translation>{meeting} meets in the {session} of {day}, a holiday ({holiday}).</translation>
    </message>
    <message>
      <source>{meeting} không có ngày nào trong khung họp của tháng này; hãy đặt khung ngày cho tháng này.</source>
      <translation>{meeting} has no day in this month's meeting window; set a date window for this month.</translation>
    </message>
    <message>
      <source>{meeting} xếp ngày {day} nhưng tháng này không có khung ngày họp nào cho đơn vị này.</source>
      <translation>{meeting} is placed on {day} but this month has no meeting window for this unit.</translation>
    </message>
    <message>
      <source>{meeting} xếp ngày {day}, ngoài khung ngày {window}.</source>
      <translation>{meeting} is placed on {day}, outside its window {window}.</translation>
    </message>
    <message>
      <source>{meeting} đã ghim ngày {day} nhưng đồng chí {officer} {away} ngày đó; hãy bỏ ghim hoặc đổi ngày.</source>
      <translation>{meeting} is pinned to {day} but comrade {officer} is away ({away}) that day; unpin it or change the day.</translation>
    </message>
    <message>
      <source>{meeting} đã ghim ngày {day}, ngoài khung ngày {window}; hãy bỏ ghim hoặc đổi ngày.</source>
      <translation>{meeting} is pinned to {day}, outside its window {window}; unpin it or change the day.</translation>
    </message>
    <message>
      <source>{meeting} đã ghim vào ngày nghỉ {holiday} {day}; hãy bỏ ghim hoặc đổi ngày.</source>
      <translation>{meeting} is pinned to a holiday, {holiday} {day}; unpin it or change the day.</translation>
    </message>
    <message>
      <source>{meeting}: {changes}.</source>
      <translation>{meeting}: {changes}.</translation>
    </message>
    <message>
      <source>{meeting}: {moved}.</source>
      <translation>{meeting}: {moved}.</translation>
    </message>
    <message>
      <source>{name} (mã {id})</source>
      <translation>{name} (id {id})</translation>
    </message>
    <message>
      <source>{name}: phải dự {expected}, có mặt {present}, vắng có lý do {excused}, vắng {absent} — tỷ lệ {rate}</source>
      <translation>{name}: expected {expected}, present {present}, excused {excused}, absent {absent} — rate {rate}</translation>
    </message>
    <message>
      <source>{officer} (dòng {row})</source>
      <translation>{officer} (row {row})</translation>
    </message>
    <message>
      <source>{parts}.</source>
      <translation>{parts}.</translation>
    </message>
    <message>
      <source>{path} không phải là tệp thông thường (thiết bị hay ống dẫn).</source>
      <translation>{path} is not a regular file (a device or a pipe).</translation>
    </message>
    <message>
      <source>{path} không phải là tệp thông thường (thiết bị hay ống dẫn); hãy chọn tệp khác.</source>
      <translation>{path} is not a regular file (a device or a pipe); choose another file.</translation>
    </message>
    <message>
      <source>{path} là một liên kết tượng trưng (symlink); không ghi qua liên kết, hãy chọn tệp khác.</source>
      <translation>{path} is a symbolic link; nothing is written through a link, choose another file.</translation>
    </message>
    <message>
      <source>{path} là một thư mục, không phải tệp cơ sở dữ liệu.</source>
      <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
      <source>{path} là một thư mục; hãy ghi rõ tên tệp {suffix}.</source>
      <translation>{path} is a folder; give the {suffix} file's name.</translation>
    </message>
    <message>
      <source>{path} là một thư mục; hãy ghi rõ tên tệp.</source>
      <translation>{path} is a folder; give the file's name.</translation>
    </message>
    <message>
      <source>{path} là một tệp; với --per-commune, -o phải là một thư mục.</source>
      <translation>{path} is a file; with --per-commune, -o must be a folder.</translation>
    </message>
    <message>
      <source>{place}: dòng không đọc được.</source>
      <translation>{place}: the row cannot be read.</translation>
    </message>
    <message>
      <source>{place}: trùng với dòng {other} ({officer}, {role} {unit}); chỉ nhập một lần.</source>
      <translation>{place}: same as row {other} ({officer}, {role} {unit}); imported once.</translation>
    </message>
    <message>
      <source>{place}: {commune} đang thuộc {parent}, danh sách ghi {cluster}; giữ nguyên {parent}.</source>
      <translation>{place}: {commune} belongs to {parent} but the list says {cluster}; it stays in {parent}.</translation>
    </message>
    <message>
      <source>{place}: {reason}</source>
      <translation>{place}: {reason}</translation>
    </message>
    <message>
      <source>{place}: {warning}</source>
      <translation>{place}: {warning}</translation>
    </message>
    <message>
      <source>{place}: để nguyên “{before}”; nếu ô này gõ bằng {encoding} thì là “{after}”.</source>
      <translation>{place}: “{before}” left as typed; if this cell was typed in {encoding}, it reads “{after}”.</translation>
    </message>
    <message>
      <source>{place}: “{before}” → “{after}” ({encoding}).</source>
      <translation>{place}: “{before}” → “{after}” ({encoding}).</translation>
    </message>
    <message>
      <source>{problems}</source>
      <translation>{problems}</translation>
    </message>
    <message>
      <source>{problems} (và {count} lỗi khác) Không ghi gì từ {file}; hãy sửa tệp rồi nhập lại.</source>
      <translation>{problems} (and {count} more errors) Nothing was saved from {file}; correct the file and import it again.</translation>
    </message>
    <message>
      <source>{problems} Không ghi gì từ {file}; hãy sửa tệp rồi nhập lại.</source>
      <translation>{problems} Nothing was saved from {file}; correct the file and import it again.</translation>
    </message>
    <message>
      <source>{problem}.</source>
      <translation>{problem}.</translation>
    </message>
    <message>
      <source>{role} {unit}: {before} → {after} (từ {start})</source>
      <translation>{role} {unit}: {before} → {after} (from {start})</translation>
    </message>
    <message>
      <source>{rows} dòng của {where}: ghi {changes} lượt (có mặt {present}, vắng có lý do {excused}, vắng {absent})</source>
      <translation>{rows} rows of {where}: {changes} to record ({present} present, {excused} excused, {absent} absent)</translation>
    </message>
    <message>
      <source>{sentence}.</source>
      <translation>{sentence}.</translation>
    </message>
    <message>
      <source>{session} {day}</source>
      <translation>{day} ({session})</translation>
    </message>
    <message>
      <source>{session} {day} lúc {start}</source>
      <translation>{day} ({session}) at {start}</translation>
    </message>
    <message>
      <source>{sheet} ({count} dòng)</source>
      <translation>{sheet} ({count} rows)</translation>
    </message>
    <message>
      <source>{status}</source>
      <translation>{status}</translation>
    </message>
    <message>
      <source>{step_day} {day} của phản ánh số {id} không được trước {previous_day} {last}.</source>
      <translation>{step_day} {day} of feedback no. {id} cannot be before the {previous_day} {last}.</translation>
    </message>
    <message>
      <source>{title} ({count}):</source>
      <translation>{title} ({count}):</translation>
    </message>
    <message>
      <source>{unit} chưa có {role}.</source>
      <translation>{unit} has no {role}.</translation>
    </message>
    <message>
      <source>{unit} có cán bộ theo dõi</source>
      <translation>{unit}s with a support officer</translation>
    </message>
    <message>
      <source>{unit} có cấp ủy dự</source>
      <translation>{unit}s with a committee member attending</translation>
    </message>
    <message>
      <source>{unit} có cấp ủy phụ trách</source>
      <translation>{unit}s with a committee member in charge</translation>
    </message>
    <message>
      <source>{unit} có lãnh đạo tỉnh phụ trách</source>
      <translation>{unit}s with a provincial leader in charge</translation>
    </message>
    <message>
      <source>{unit} có trưởng {unit}</source>
      <translation>{unit}s with a {unit} leader</translation>
    </message>
    <message>
      <source>{unit} có {count} {role} cùng lúc: {names}.</source>
      <translation>{unit} has {count} of {role} at the same time: {names}.</translation>
    </message>
    <message>
      <source>{unit} không còn hoạt động (đã xóa hoặc sáp nhập).</source>
      <translation>{unit} is no longer active (removed or merged).</translation>
    </message>
    <message>
      <source>{unit} đã có {role}: {holders}; không thể phân công thêm đồng chí {officer} (tối đa {limit}).</source>
      <translation>{unit} already has a {role}: {holders}; {officer} cannot be assigned as well (at most {limit}).</translation>
    </message>
    <message>
      <source>{unit} đã có {role}: {holders}; không thể phân công thêm đồng chí {officer} (tối đa {max}).</source>
      <translation>{unit} already has a {role}: {holders}; comrade {officer} cannot be added (at most {max}).</translation>
    </message>
    <message>
      <source>{unit} đã mang tên “{name}”.</source>
      <translation>{unit} is already named “{name}”.</translation>
    </message>
    <message>
      <source>{unit} đã đổi tên hoặc sáp nhập từ ngày {day}; ngày mới phải sau ngày đó.</source>
      <translation>{unit} was renamed or merged from {day}; the new date must come after it.</translation>
    </message>
    <message>
      <source>{unit}: {before} → {after}</source>
      <translation>{unit}: {before} → {after}</translation>
    </message>
    <message>
      <source>{unit}: {before} → {after} — {reason}</source>
      <translation>{unit}: {before} → {after} — {reason}</translation>
    </message>
    <message>
      <source>{what} phải có dạng YYYY-MM-DD (ví dụ 2026-12-10), không phải {value}.</source>
      <translation>{what} must look like YYYY-MM-DD (for example 2026-12-10), not {value}.</translation>
    </message>
    <message>
      <source>{what} phải có dạng YYYY-MM-DD, không phải {text}.</source>
      <translation>{what} must be YYYY-MM-DD, not {text}.</translation>
    </message>
    <message>
      <source>{what} {day} không hợp lệ (từ năm 2000 đến 2099).</source>
      <translation>{what} {day} is not valid (years 2000 to 2099).</translation>
    </message>
    <message>
      <source>{when} tại {place}</source>
      <translation>{when} at {place}</translation>
    </message>
    <message>
      <source>{where} trong tệp đã duyệt nhưng trong cơ sở dữ liệu còn là dự thảo: chỉ cập nhật ngày giờ, hãy duyệt trong chương trình.</source>
      <translation>{where} is approved in the file but still a draft in the database: only days and times are updated; approve it in the program.</translation>
    </message>
    <message>
      <source>{where} đã duyệt{number}; tệp khác bản đã duyệt nên không nhập đè. Hãy mở bản điều chỉnh trong chương trình.</source>
      <translation>{where} is approved{number}; the file differs from the approved version, so it is not imported over it. Open a revision in the program.</translation>
    </message>
    <message>
      <source>{where}: cơ sở dữ liệu đang có đến bản {latest}, chỉ nhận thêm bản {next} sau một bản đã duyệt.</source>
      <translation>{where}: the database has versions up to {latest}; only version {next} can be added, after an approved version.</translation>
    </message>
    <message>
      <source>{where}: tạo mới ({count} cuộc họp, {state})</source>
      <translation>{where}: new ({count} meetings, {state})</translation>
    </message>
    <message>
      <source>{where}: {change}</source>
      <translation>{where}: {change}</translation>
    </message>
    <message>
      <source>{word}: {line}.</source>
      <translation>{word}: {line}.</translation>
    </message>
    <message>
      <source>áp dụng mẫu tổ chức: huyen (Huyện ủy), tinh (Tỉnh ủy), xa (Đảng ủy xã, phường)</source>
      <translation>apply an organisation preset: huyen (district committee), tinh (provincial committee), xa (commune or ward Party committee)</translation>
    </message>
    <message>
      <source>Điện thoại</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Điện thoại {problem}.</source>
      <translation>Phone: {problem}.</translation>
    </message>
    <message>
      <source>Đã bỏ lịch vắng mã {id}.</source>
      <translation>Removed absence {id}.</translation>
    </message>
    <message>
      <source>Đã chuyển</source>
      <translation>Forwarded</translation>
    </message>
    <message>
      <source>Đã duyệt lịch tháng {month} bản {version}, số {number} ngày {day}{by}.</source>
      <translation>Approved the {month} calendar, version {version}, no. {number} of {day}{by}.</translation>
    </message>
    <message>
      <source>Đã duyệt lịch tháng {month} bản {version}, số {number} ngày {day}{by}; người ký: {signer}.</source>
      <translation>Approved the {month} calendar, version {version}, no. {number} of {day}{by}; signed by: {signer}.</translation>
    </message>
    <message>
      <source>Đã ghi báo cáo phản ánh, kiến nghị {period} ({received} tiếp nhận, {resolved} đã giải quyết, {overdue} quá hạn) vào {path}.</source>
      <translation>Wrote the feedback report for {period} ({received} received, {resolved} resolved, {overdue} overdue) to {path}.</translation>
    </message>
    <message>
      <source>Đã ghi bảng theo dõi dự họp tháng {month} ({rows} dòng) vào {path}.</source>
      <translation>Wrote the {month} attendance sheet ({rows} rows) to {path}.</translation>
    </message>
    <message>
      <source>Đã ghi có mặt cho {count} cán bộ chưa ghi nhận của cuộc họp mã {meeting}.</source>
      <translation>Marked present the {count} unrecorded officers of meeting {meeting}.</translation>
    </message>
    <message>
      <source>Đã ghi lịch tháng {month} (bản {version}) dạng iCalendar: {file} và {count} tệp của từng cán bộ vào thư mục {folder}.</source>
      <translation>Wrote the {month} calendar (version {version}) as iCalendar: {file} and {count} files, one per officer, to folder {folder}.</translation>
    </message>
    <message>
      <source>Đã ghi lịch tháng {month} của {count} xã, thị trấn ({meetings} cuộc họp) vào thư mục {folder}.</source>
      <translation>Wrote the {month} calendar of {count} communes ({meetings} meetings) to folder {folder}.</translation>
    </message>
    <message>
      <source>Đã ghi lịch tháng {month}{which} (bản {version}, {count} cuộc họp) vào {path}.</source>
      <translation>Wrote the {month} calendar{which} (version {version}, {count} meetings) to {path}.</translation>
    </message>
    <message>
      <source>Đã ghi lịch vắng mã {id}: đồng chí {officer} vắng {period}{why}.</source>
      <translation>Recorded absence {id}: comrade {officer} away {period}{why}.</translation>
    </message>
    <message>
      <source>Đã ghi nhận: cán bộ mã {officer} tại cuộc họp mã {meeting} — {status}{why}.</source>
      <translation>Recorded: officer {officer} at meeting {meeting} — {status}{why}.</translation>
    </message>
    <message>
      <source>Đã ghi tệp Word lịch tháng {month}{which} (bản {version}, {count} cuộc họp) vào {path}.</source>
      <translation>Wrote the Word file of the {month} calendar{which} (version {version}, {count} meetings) to {path}.</translation>
    </message>
    <message>
      <source>Đã ghi {document} vào {path}.</source>
      <translation>Wrote {document} to {path}.</translation>
    </message>
    <message>
      <source>Đã giải quyết</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <source>Đã gửi {sent} thư; {failed} thư không gửi được.</source>
      <translation>Sent {sent} mails; {failed} could not be sent.</translation>
    </message>
    <message>
      <source>Đã gửi: Đ/c {name} &lt;{email}&gt;</source>
      <translation>Sent: {name} &lt;{email}&gt;</translation>
    </message>
    <message>
      <source>Đã lưu mật khẩu thư vào kho mật khẩu của hệ thống.</source>
      <translation>The mail password is saved in the system's password store.</translation>
    </message>
    <message>
      <source>Đã lưu {key}: {before} → {after}.</source>
      <translation>Saved {key}: {before} → {after}.</translation>
    </message>
    <message>
      <source>Đã lưu ảnh {path}.</source>
      <translation>Saved the picture {path}.</translation>
    </message>
    <message>
      <source>Đã mở bản điều chỉnh lần {revision} (bản {version}, dự thảo) của lịch tháng {month} với {count} cuộc họp.</source>
      <translation>Opened revision {revision} (version {version}, draft) of the {month} calendar with {count} meetings.</translation>
    </message>
    <message>
      <source>Đã nhập từ {file}: {summary}</source>
      <translation>Imported from {file}: {summary}</translation>
    </message>
    <message>
      <source>Đã nhập từ {file}: {summary} (bỏ qua {count} mục: {items})</source>
      <translation>Imported from {file}: {summary} ({count} items left out: {items})</translation>
    </message>
    <message>
      <source>Đã tiếp nhận</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Đã trả lời</source>
      <translation>Answered</translation>
    </message>
    <message>
      <source>Đã tạo lịch tháng {month} (bản 1, dự thảo): {committees} cuộc họp đảng ủy xã, {cells} cuộc sinh hoạt chi bộ. Tiếp theo: dvdesk calendar plan {code}.</source>
      <translation>Created the {month} calendar (version 1, draft): {committees} commune committee meetings, {cells} cell meetings. Next: dvdesk calendar plan {code}.</translation>
    </message>
    <message>
      <source>Đã tạo lịch tháng {month} (bản 1, dự thảo): {committees} cuộc họp đảng ủy xã, {cells} cuộc sinh hoạt chi bộ; giữ ngày, buổi của tháng trước cho {copied} cuộc. Tiếp theo: dvdesk calendar plan {code}.</source>
      <translation>Created the {month} calendar (version 1, draft): {committees} commune committee meetings, {cells} cell meetings; last month's day and session kept for {copied}. Next: dvdesk calendar plan {code}.</translation>
    </message>
    <message>
      <source>Đã xuất Excel vào {path}: {sheets}.</source>
      <translation>Exported to Excel in {path}: {sheets}.</translation>
    </message>
    <message>
      <source>Đã xếp lịch tháng {month}: {count} cuộc họp được đặt hoặc dời ngày.</source>
      <translation>Scheduled {month}: {count} meetings placed or moved.</translation>
    </message>
    <message>
      <source>Đã áp dụng mẫu {preset} ({code}).</source>
      <translation>Applied the {preset} preset ({code}).</translation>
    </message>
    <message>
      <source>Đã đóng, không giải quyết</source>
      <translation>Closed, not resolved</translation>
    </message>
    <message>
      <source>Đơn vị công tác</source>
      <translation>Workplace</translation>
    </message>
    <message>
      <source>Đơn vị này đã có cuộc họp mã {id} trong lịch tháng {month}.</source>
      <translation>This unit already has meeting {id} in the {month} calendar.</translation>
    </message>
    <message>
      <source>Địa chỉ cơ sở dữ liệu không hợp lệ: {address}.</source>
      <translation>The database address is not valid: {address}.</translation>
    </message>
    <message>
      <source>Địa chỉ e-mail {address} không hợp lệ (ví dụ đúng: ten@example.vn).</source>
      <translation>The e-mail address {address} is not valid (a valid one: name@example.vn).</translation>
    </message>
    <message>
      <source>Địa chỉ gửi (mail.sender) {address} không hợp lệ.</source>
      <translation>The sender address (mail.sender) {address} is not valid.</translation>
    </message>
    <message>
      <source>Địa điểm</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Đọc được: {source}.</source>
      <translation>Read: {source}.</translation>
    </message>
    <message>
      <source>Đồng chí {name} (mã {id}) không được phân công dự cuộc họp mã {meeting} nên không ghi nhận được.</source>
      <translation>Comrade {name} (id {id}) is not assigned to meeting {meeting}, so this cannot be recorded.</translation>
    </message>
    <message>
      <source>Đồng chí {name} (mã {id}) không được phân công dự {meeting}; chỉ ghi nhận dự họp cho người được phân công.</source>
      <translation>Comrade {name} (id {id}) is not assigned to {meeting}; attendance is recorded only for those assigned.</translation>
    </message>
    <message>
      <source>Đồng chí {name} (mã {id}):</source>
      <translation>Comrade {name} (id {id}):</translation>
    </message>
    <message>
      <source>Đồng chí {name} không được phân công dự cuộc họp mã {meeting} nên không ghi nhận được.</source>
      <translation>Comrade {name} is not assigned to meeting {meeting}, so this cannot be recorded.</translation>
    </message>
    <message>
      <source>Đồng chí {officer} có {count} cuộc họp nhưng chỉ có {sessions} trong khung ngày {days}.</source>
      <translation>Comrade {officer} has {count} meetings but only {sessions} within {days}.</translation>
    </message>
    <message>
      <source>Đồng chí {officer} là {role} của {count} đơn vị (mức thường lệ {limit}).</source>
      <translation>Comrade {officer} is {role} of {count} units (the usual limit is {limit}).</translation>
    </message>
    <message>
      <source>Đồng chí {officer} sẽ là {role} của {count} đơn vị, vượt mức thường lệ {limit} (thêm {unit}).</source>
      <translation>Comrade {officer} would be {role} of {count} units, over the usual limit of {limit} (adding {unit}).</translation>
    </message>
    <message>
      <source>Đồng chí {officer} {away} ngày {day} nhưng được mời dự buổi {session} {meetings}.</source>
      <translation>Comrade {officer} is away ({away}) on {day} but is invited to the {session} meeting: {meetings}.</translation>
    </message>
    <message>
      <source>Đồng chí {officer} đã có lịch sử phân công nên không thể xóa; hãy cho thôi công tác.</source>
      <translation>Comrade {officer} has a history of assignments and cannot be deleted; mark them as left instead.</translation>
    </message>
    <message>
      <source>Đồng chí {officer} đã là {role} của {unit}.</source>
      <translation>Comrade {officer} is already {role} of {unit}.</translation>
    </message>
    <message>
      <source>Đồng chí {officer} đã thôi công tác, không thể phân công.</source>
      <translation>Comrade {officer} no longer works here and cannot be assigned.</translation>
    </message>
    <message>
      <source>Đồng chí {officer} được mời dự {count} cuộc họp cùng buổi {session} {day}: {meetings}.</source>
      <translation>Comrade {officer} is invited to {count} meetings in the same {session} of {day}: {meetings}.</translation>
    </message>
    <message>
      <source>đã chuyển đến {body}</source>
      <translation>forwarded to {body}</translation>
    </message>
    <message>
      <source>đã có trả lời; hãy ghi kết quả giải quyết hoặc đóng phản ánh</source>
      <translation>it has been answered; record the outcome or close it</translation>
    </message>
    <message>
      <source>đã duyệt số {number}</source>
      <translation>approved, no. {number}</translation>
    </message>
    <message>
      <source>đã duyệt, số {number} ngày {day}{by}</source>
      <translation>approved, no. {number} of {day}{by}</translation>
    </message>
    <message>
      <source>đã duyệt, số {number}{by}</source>
      <translation>approved, no. {number}{by}</translation>
    </message>
    <message>
      <source>đã dừng theo yêu cầu: đã gửi {sent} thư, {stopped} thư chưa gửi, {failed} thư không gửi được.</source>
      <translation>stopped on request: {sent} mails sent, {stopped} not sent, {failed} could not be sent.</translation>
    </message>
    <message>
      <source>đã dừng.</source>
      <translation>stopped.</translation>
    </message>
    <message>
      <source>đã ghi trả lời</source>
      <translation>answer recorded</translation>
    </message>
    <message>
      <source>đã giải quyết xong</source>
      <translation>resolved</translation>
    </message>
    <message>
      <source>đã đóng, không giải quyết</source>
      <translation>closed, not resolved</translation>
    </message>
    <message>
      <source>đóng, không giải quyết (ghi lý do)</source>
      <translation>close without resolving (record the reason)</translation>
    </message>
    <message>
      <source>đơn vị đã bị xóa</source>
      <translation>the unit was removed</translation>
    </message>
    <message>
      <source>đơn vị: danh sách, sáp nhập, đổi tên (có lịch sử)</source>
      <translation>units: list, merge, rename (with history)</translation>
    </message>
    <message>
      <source>đầu ra chuẩn (stdout) đã bị đóng nên không in được kết quả; không làm gì cả.</source>
      <translation>standard output (stdout) is closed, so the result cannot be printed; nothing was done.</translation>
    </message>
    <message>
      <source>để không ai phải dự hai cuộc họp cùng buổi</source>
      <translation>so that nobody has two meetings in one session</translation>
    </message>
    <message>
      <source>địa chỉ nhận lịch cá nhân ("" để xóa)</source>
      <translation>the address that receives the personal schedule ("" to clear it)</translation>
    </message>
    <message>
      <source>đồng chí {officer} dự {meeting} buổi đó</source>
      <translation>comrade {officer} attends {meeting} in that session</translation>
    </message>
    <message>
      <source>đồng chí {officer} vắng ngày {day}{why}</source>
      <translation>comrade {officer} is away on {day}{why}</translation>
    </message>
    <message>
      <source>đổi tên một đơn vị từ một ngày</source>
      <translation>rename a unit from a given day</translation>
    </message>
    <message>
      <source>đổi địa điểm từ {before} sang {after} ({when})</source>
      <translation>place changed from {before} to {after} ({when})</translation>
    </message>
    <message>
      <source>Ổ đĩa đã đầy, cơ sở dữ liệu không ghi thêm được; hãy giải phóng chỗ trống rồi làm lại.</source>
      <translation>The disk is full and the database cannot grow; free some space and try again.</translation>
    </message>
    <message>
      <source>Ổ đĩa đã đầy, không ghi được {path}; hãy giải phóng chỗ trống rồi làm lại.</source>
      <translation>The disk is full; {path} could not be written. Free some space and try again.</translation>
    </message>
    <message>
      <source>“{name}” là một thư mục, không phải tệp Excel; hãy chọn một tệp .xlsx.</source>
      <translation>“{name}” is a folder, not an Excel file; choose an .xlsx file.</translation>
    </message>
    <message>
      <source>“{shown}” không phải là số điện thoại</source>
      <translation>“{shown}” is not a phone number</translation>
    </message>
    <message>
      <source>“{shown}” không phải là số điện thoại (chỉ gồm chữ số)</source>
      <translation>“{shown}” is not a phone number (digits only)</translation>
    </message>
    <message>
      <source>“{shown}” không phải là số điện thoại (số âm)</source>
      <translation>“{shown}” is not a phone number (negative)</translation>
    </message>
    <message>
      <source>“{shown}” không phải là số điện thoại Việt Nam (+84 và 9–10 chữ số)</source>
      <translation>“{shown}” is not a Vietnamese phone number (+84 and 9–10 digits)</translation>
    </message>
    <message>
      <source>“{shown}” không phải là số điện thoại Việt Nam (10 hoặc 11 chữ số, bắt đầu bằng 0)</source>
      <translation>“{shown}” is not a Vietnamese phone number (10 or 11 digits starting with 0)</translation>
    </message>
    <message>
      <source>“{value}” không phải là ngày (dd/mm/yyyy).</source>
      <translation>“{value}” is not a date (dd/mm/yyyy).</translation>
    </message>
    <message>
      <source>“{value}” không phải là ngày.</source>
      <translation>“{value}” is not a date.</translation>
    </message>
  </context>
  <context>
    <name>Terms</name>
    <message>
      <source>Chi bộ</source>
      <translation>Party cell</translation>
    </message>
    <message>
      <source>Cụm</source>
      <translation>Cluster</translation>
    </message>
    <message>
      <source>Cụm vùng</source>
      <translation>Cluster</translation>
    </message>
    <message>
      <source>Thôn</source>
      <translation>Village</translation>
    </message>
    <message>
      <source>Thôn, tổ dân phố</source>
      <translation>Villages and residential groups</translation>
    </message>
    <message>
      <source>Thôn, ấp, tổ dân phố</source>
      <translation>Villages, hamlets and residential groups</translation>
    </message>
    <message>
      <source>Tổ NDTQ</source>
      <translation>Self-governing group</translation>
    </message>
    <message>
      <source>Tổ tự quản</source>
      <translation>Self-governing group</translation>
    </message>
    <message>
      <source>Xã</source>
      <translation>Commune</translation>
    </message>
    <message>
      <source>Xã, phường</source>
      <translation>Communes and wards</translation>
    </message>
    <message>
      <source>Xã, thị trấn</source>
      <translation>Communes and towns</translation>
    </message>
    <message>
      <source>chiều</source>
      <translation>afternoon</translation>
    </message>
    <message>
      <source>nghỉ phép</source>
      <translation>on leave</translation>
    </message>
    <message>
      <source>nghỉ ốm</source>
      <translation>on sick leave</translation>
    </message>
    <message>
      <source>sáng</source>
      <translation>morning</translation>
    </message>
    <message>
      <source>tối</source>
      <translation>evening</translation>
    </message>
    <message>
      <source>vắng</source>
      <translation>away</translation>
    </message>
    <message>
      <source>đi công tác</source>
      <translation>on a business trip</translation>
    </message>
    <message>
      <source>đi học</source>
      <translation>on a course</translation>
    </message>
    <message>
      <source>Ấp</source>
      <translation>Hamlet</translation>
    </message>
    <message>
      <source>Ấp, khu phố</source>
      <translation>Hamlets and quarters</translation>
    </message>
    <message>
      <source>ốm</source>
      <translation>ill</translation>
    </message>
  </context>
</TS>
