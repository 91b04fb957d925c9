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
      <source> (cụm mã {id})</source>
      <translation> (cluster {id})</translation>
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
      <source>(chưa có cán bộ dự)</source>
      <translation>(no attendees yet)</translation>
    </message>
    <message>
      <source>(không có)</source>
      <translation>(none)</translation>
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
      <source>Chung</source>
      <translation>Overall</translation>
    </message>
    <message>
      <source>Chuyển mã: {line}</source>
      <translation>Converted: {line}</translation>
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
      <source>Cán bộ theo dõi, hỗ trợ {unit}</source>
      <translation>Support officer of the {unit}</translation>
    </message>
    <message>
      <source>Cán bộ vắng không lý do 2 tháng liên tiếp:</source>
      <translation>Officers absent without reason two months running:</translation>
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
      <source>Cơ quan được chuyển đến</source>
      <translation>Body forwarded to</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu {db} đã có dữ liệu; dùng --force để thay bằng dữ liệu mẫu.</source>
      <translation>The database {db} already holds data; use --force to replace it with the sample data.</translation>
    </message>
    <message>
      <source>Cảnh báo: {warning}</source>
      <translation>Warning: {warning}</translation>
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
      <source>Cửa sổ DV Desk cần các thư viện hệ thống chưa cài; hãy cài bằng lệnh: sudo apt-get install {packages}</source>
      <translation>The DV Desk window needs system libraries that are not installed; install them with: sudo apt-get install {packages}</translation>
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
      <source>Dự sinh hoạt {unit}</source>
      <translation>Attends the {unit} meeting</translation>
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
      <source>Giờ họp phải có dạng HH:MM (ví dụ 07:30), không phải {start}.</source>
      <translation>The start time must be HH:MM (for example 07:30), not {start}.</translation>
    </message>
    <message>
      <source>Giờ “{start}” phải có dạng HH:MM.</source>
      <translation>Time “{start}” must be HH:MM.</translation>
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
      <translation>There is no meeting {id}.</translation>
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
      <source>Không có cán bộ nào báo vắng.</source>
      <translation>No officer has reported an absence.</translation>
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
      <source>Không có màn hình để mở cửa sổ DV Desk; hãy chạy trên máy có giao diện, hoặc dùng --screenshot hay các lệnh dòng lệnh khác.</source>
      <translation>There is no display to open the DV Desk window on; run it on a machine with a desktop, or use --screenshot or the other commands.</translation>
    </message>
    <message>
      <source>Không có mẫu tổ chức {code}; có: {known}.</source>
      <translation>There is no organization preset {code}; the presets are: {known}.</translation>
    </message>
    <message>
      <source>Không có mục “{item}” trong bản xem trước của tệp {file}.</source>
      <translation>The preview of {file} has no item “{item}”.</translation>
    </message>
    <message>
      <source>Không có phản ánh số {id}.</source>
      <translation>There is no feedback no. {id}.</translation>
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
      <source>Không có vai trò {unknown}; các vai trò: {known}.</source>
      <translation>There is no role {unknown}; the roles are: {known}.</translation>
    </message>
    <message>
      <source>Không có xã, thị trấn mã {id} đang hoạt động.</source>
      <translation>There is no active commune with id {id}.</translation>
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
      <source>Không có đề xuất số {numbers} (có {count} đề xuất).</source>
      <translation>There is no proposal number {numbers} (there are {count} proposals).</translation>
    </message>
    <message>
      <source>Không có ấp, khu phố mã {id}.</source>
      <translation>There is no hamlet with id {id}.</translation>
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
      <source>Không sửa được trường {fields} của phản ánh.</source>
      <translation>Feedback field {fields} cannot be edited.</translation>
    </message>
    <message>
      <source>Không tìm thấy dòng tiêu đề của bảng.</source>
      <translation>The table's header row was not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy tệp “{file}”.</source>
      <translation>File “{file}” was not found.</translation>
    </message>
    <message>
      <source>Không tổ chức</source>
      <translation>Cancelled</translation>
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
      <source>Loại xã “{kind}” không rõ (Xã, Thị trấn hoặc Phường).</source>
      <translation>Unknown commune type “{kind}” (Xã, Thị trấn or Phường).</translation>
    </message>
    <message>
      <source>Loại đơn vị không hợp lệ: {code} (có: {known}).</source>
      <translation>Unknown unit type: {code} (the types are: {known}).</translation>
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
      <source>Lịch tháng {month} (bản {version}) còn là dự thảo; cứ sửa trực tiếp, không cần mở bản điều chỉnh.</source>
      <translation>The {month} calendar (version {version}) is still a draft; edit it directly, no revision is needed.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} chưa có bản đã duyệt nào trước bản {version} để so sánh; hãy chỉ rõ --from.</source>
      <translation>The {month} calendar has no approved version before version {version} to compare with; give --from.</translation>
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
      <source>Ngày chuyển</source>
      <translation>Date forwarded</translation>
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
      <source>Ngày kết thúc {last} trước ngày bắt đầu {first} của phân công.</source>
      <translation>The end date {last} is before the assignment's start date {first}.</translation>
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
      <translation>Signer</translation>
    </message>
    <message>
      <source>Người, nhóm phản ánh</source>
      <translation>Raised by</translation>
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
      <source>Thiếu tên {level} (chỉ bỏ trống được khi cơ sở dữ liệu có một {word}).</source>
      <translation>The {level} name is missing (it may be left out only when the database has one {word}).</translation>
    </message>
    <message>
      <source>Thiếu tên đơn vị họp.</source>
      <translation>The meeting's unit is missing.</translation>
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
      <source>Thư mục {parent} không tồn tại, không thể tạo {name}.</source>
      <translation>Folder {parent} does not exist; {name} cannot be made.</translation>
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
      <source>Trùng với dòng {row} (cùng cuộc họp, cùng người).</source>
      <translation>Same as row {row} (same meeting, same person).</translation>
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
      <source>báo cáo dự họp tháng {month} ({count} cuộc họp)</source>
      <translation>the {month} attendance report ({count} meetings)</translation>
    </message>
    <message>
      <source>bước này không hợp lệ</source>
      <translation>this step is not allowed</translation>
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
      <source>chưa xếp</source>
      <translation>not placed</translation>
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
      <source>cán bộ đã thôi công tác</source>
      <translation>the officer no longer works here</translation>
    </message>
    <message>
      <source>cần có trả lời của cơ quan giải quyết trước</source>
      <translation>the body's answer must be recorded first</translation>
    </message>
    <message>
      <source>danh sách cán bộ theo dõi, hỗ trợ ấp, khu phố</source>
      <translation>list of officers following hamlets</translation>
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
      <translation>list of officers attending cell meetings</translation>
    </message>
    <message>
      <source>danh sách phân công phụ trách cụm, xã</source>
      <translation>list of cluster and commune leads</translation>
    </message>
    <message>
      <source>dự thảo</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>hãy ghi cơ quan được chuyển đến giải quyết trước</source>
      <translation>record the body it was forwarded to first</translation>
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
      <source>lịch cá nhân tháng {month} của {count} cán bộ (bản {version})</source>
      <translation>the {month} personal schedules of {count} officers (version {version})</translation>
    </message>
    <message>
      <source>lịch cá nhân tháng {month} của {count} cán bộ có thay đổi (bản {version})</source>
      <translation>the {month} personal schedules of {count} officers with changes (version {version})</translation>
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
      <source>năm {year}</source>
      <translation>{year}</translation>
    </message>
    <message>
      <source>phản ánh đã kết thúc</source>
      <translation>the matter is already finished</translation>
    </message>
    <message>
      <source>structure.preset phải là một trong {known}, không phải {value!r}.</source>
      <translation>structure.preset must be one of {known}, not {value!r}.</translation>
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
      <source>thông báo điều chỉnh lịch tháng {month} (bản {amended} → bản {revised}: {changes} cuộc họp thay đổi, {officers} cán bộ cần thông báo)</source>
      <translation>the change notice for {month} (version {amended} → version {revised}: {changes} meetings changed, {officers} officers to notify)</translation>
    </message>
    <message>
      <source>từ {first} đến {last}</source>
      <translation>from {first} to {last}</translation>
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
      <source>{day} {session}</source>
      <translation>{day} {session}</translation>
    </message>
    <message>
      <source>{first} hoặc {second}</source>
      <translation>{first} or {second}</translation>
    </message>
    <message>
      <source>{id}  {officer} (mã {officer_id})  {period}{why}</source>
      <translation>{id}  {officer} (id {officer_id})  {period}{why}</translation>
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
      <source>{name} (mã {id})</source>
      <translation>{name} (id {id})</translation>
    </message>
    <message>
      <source>{name}: phải dự {expected}, có mặt {present}, vắng có lý do {excused}, vắng {absent} — tỷ lệ {rate}</source>
      <translation>{name}: expected {expected}, present {present}, excused {excused}, absent {absent} — rate {rate}</translation>
    </message>
    <message>
      <source>{path} là một thư mục; hãy ghi rõ tên tệp {suffix}.</source>
      <translation>{path} is a folder; give the {suffix} file's name.</translation>
    </message>
    <message>
      <source>{path} là một tệp; với --per-commune, -o phải là một thư mục.</source>
      <translation>{path} is a file; with --per-commune, -o must be a folder.</translation>
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
      <source>{rows} dòng của {where}: ghi {changes} lượt (có mặt {present}, vắng có lý do {excused}, vắng {absent})</source>
      <translation>{rows} rows of {where}: {changes} to record ({present} present, {excused} excused, {absent} absent)</translation>
    </message>
    <message>
      <source>{sentence}.</source>
      <translation>{sentence}.</translation>
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
      <source>{unit}: {before} → {after} — {reason}</source>
      <translation>{unit}: {before} → {after} — {reason}</translation>
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
      <source>{word}: {line}.</source>
      <translation>{word}: {line}.</translation>
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
      <source>Đơn vị này đã có cuộc họp mã {id} trong lịch tháng {month}.</source>
      <translation>This unit already has meeting {id} in the {month} calendar.</translation>
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
      <source>đã duyệt, số {number} ngày {day}{by}</source>
      <translation>approved, no. {number} of {day}{by}</translation>
    </message>
    <message>
      <source>đã duyệt, số {number}{by}</source>
      <translation>approved, no. {number}{by}</translation>
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
      <source>đơn vị đã bị xóa</source>
      <translation>the unit was removed</translation>
    </message>
    <message>
      <source>để không ai phải dự hai cuộc họp cùng buổi</source>
      <translation>so that nobody has two meetings in one session</translation>
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
