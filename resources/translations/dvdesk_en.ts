<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AcceptConflictDialog</name>
    <message>
        <source>Chấp nhận xung đột</source>
        <translation>Accept a conflict</translation>
    </message>
    <message>
        <source>ví dụ: cán bộ dự lần lượt hai chi bộ gần nhau</source>
        <translation>e.g. the officer attends two nearby cells one after the other</translation>
    </message>
    <message>
        <source>Lý do chấp nhận:</source>
        <translation>Why it is accepted:</translation>
    </message>
    <message>
        <source>Lý do được ghi kèm khi duyệt lịch.</source>
        <translation>The reason is recorded with the approval.</translation>
    </message>
</context>
<context>
    <name>AddUnitDialog</name>
    <message>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Thuộc: {parent}</source>
        <translation>Under: {parent}</translation>
    </message>
    <message>
        <source>(không ghi)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Loại hình chi bộ:</source>
        <translation>Cell type:</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Vẫn tiếp tục?</source>
        <translation>Continue anyway?</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Duyệt lịch tháng %1</source>
        <translation>Approve the calendar of %1</translation>
    </message>
    <message>
        <source>Duyệt %1 của lịch tháng %2. Bản đã duyệt được giữ nguyên; muốn sửa phải mở bản điều chỉnh.</source>
        <translation>Approve %1 of the calendar of %2. An approved version is frozen; changing it needs a revision.</translation>
    </message>
    <message>
        <source>Lưu ý: lịch còn %1 xung đột chưa chấp nhận.</source>
        <translation>Note: the calendar still has %1 conflict(s) not accepted.</translation>
    </message>
    <message>
        <source>%1 xung đột đã chấp nhận, ghi kèm khi duyệt:</source>
        <translation>%1 accepted conflict(s), recorded with the approval:</translation>
    </message>
    <message>
        <source>Đã chấp nhận: %1</source>
        <translation>Accepted: %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>đang phụ trách {n} {unit}</source>
        <translation>already in charge of {n} {unit}</translation>
    </message>
    <message>
        <source>Phân công</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Thay cán bộ</source>
        <translation>Replace officer</translation>
    </message>
    <message>
        <source>Kết thúc phân công</source>
        <translation>End assignment</translation>
    </message>
    <message>
        <source>Cán bộ đang phụ trách:</source>
        <translation>Current officer:</translation>
    </message>
    <message>
        <source>Kết thúc phân công của:</source>
        <translation>End the assignment of:</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Gõ tên cán bộ (không cần dấu)…</source>
        <translation>Type an officer name (accents optional)…</translation>
    </message>
    <message>
        <source>ví dụ 245-QĐ/HU</source>
        <translation>e.g. 245-QĐ/HU</translation>
    </message>
    <message>
        <source>Ngày cuối phụ trách:</source>
        <translation>Last day in charge:</translation>
    </message>
    <message>
        <source>Cán bộ mới:</source>
        <translation>New officer:</translation>
    </message>
    <message>
        <source>Cán bộ:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>Hiệu lực từ ngày:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <source>Hãy chọn một cán bộ trong danh sách.</source>
        <translation>Choose an officer from the list.</translation>
    </message>
    <message>
        <source>Đơn vị này chưa có ai được phân công.</source>
        <translation>Nobody is assigned to this unit yet.</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>Chưa phân công</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Lọc theo đơn vị hoặc tên cán bộ (không cần dấu)…</source>
        <translation>Filter by unit or officer name (accents optional)…</translation>
    </message>
    <message>
        <source>Chỉ đơn vị chưa phân công</source>
        <translation>Only unassigned units</translation>
    </message>
    <message>
        <source>Phân công…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Thay cán bộ…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>Kết thúc…</source>
        <translation>End…</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Thuộc</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Cán bộ phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Đang đọc danh sách {units}…</source>
        <translation>Reading the list of {units}…</translation>
    </message>
    <message>
        <source>bắt buộc</source>
        <translation>hard rule</translation>
    </message>
    <message>
        <source>cảnh báo</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Mỗi {unit} đúng {n} cán bộ</source>
        <translation>Each {unit}: exactly {n} officer(s)</translation>
    </message>
    <message>
        <source>Mỗi {unit} tối đa {n} cán bộ</source>
        <translation>Each {unit}: at most {n} officer(s)</translation>
    </message>
    <message>
        <source>Mỗi {unit} ít nhất {n} cán bộ</source>
        <translation>Each {unit}: at least {n} officer(s)</translation>
    </message>
    <message>
        <source>mỗi cán bộ tối đa {n} {unit}</source>
        <translation>each officer: at most {n} {unit}</translation>
    </message>
    <message>
        <source>, ủy viên thường vụ tối đa {n}</source>
        <translation>, standing members at most {n}</translation>
    </message>
    <message>
        <source>Phân công {unit}</source>
        <translation>Assign {unit}</translation>
    </message>
    <message>
        <source>Thay cán bộ phụ trách {unit}</source>
        <translation>Replace the officer of {unit}</translation>
    </message>
    <message>
        <source>Kết thúc phân công {unit}</source>
        <translation>End the assignment of {unit}</translation>
    </message>
</context>
<context>
    <name>AttendanceEntry</name>
    <message>
        <source>Ngày họp</source>
        <translation>Meeting day</translation>
    </message>
    <message>
        <source>Tìm cuộc họp, cán bộ…</source>
        <translation>Search meetings, officers…</translation>
    </message>
    <message>
        <source>Chỉ dòng chưa ghi</source>
        <translation>Only lines not recorded</translation>
    </message>
    <message>
        <source>Tất cả có mặt</source>
        <translation>All present</translation>
    </message>
    <message>
        <source>Mọi người chưa ghi của cuộc họp đang chọn: có mặt (Ctrl+Enter)</source>
        <translation>Everyone not yet recorded at the selected meeting: present (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng có lý do…</source>
        <translation>Excused…</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Xóa ghi nhận</source>
        <translation>Clear record</translation>
    </message>
    <message>
        <source>Xuất bảng dự họp…</source>
        <translation>Export attendance sheet…</translation>
    </message>
    <message>
        <source>Nhập bảng dự họp…</source>
        <translation>Import attendance sheet…</translation>
    </message>
    <message>
        <source>Danh sách dự họp</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Phím: C có mặt · L vắng có lý do · V vắng · Delete xóa · Ctrl+Enter tất cả có mặt · Ctrl+Z hoàn tác</source>
        <translation>Keys: C present · L excused · V absent · Delete clear · Ctrl+Enter all present · Ctrl+Z undo</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Lịch tháng {month} đã duyệt: {n} cuộc họp.</source>
        <translation>Calendar of {month} approved: {n} meetings.</translation>
    </message>
    <message>
        <source>Cả tháng</source>
        <translation>Whole month</translation>
    </message>
    <message>
        <source>{n} lượt: có mặt {p}, vắng có lý do {e}, vắng {a}, chưa ghi {u}</source>
        <translation>{n} attendances: present {p}, excused {e}, absent {a}, not recorded {u}</translation>
    </message>
    <message>
        <source>có mặt</source>
        <translation>present</translation>
    </message>
    <message>
        <source>vắng có lý do</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>vắng</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>xóa ghi nhận</source>
        <translation>record cleared</translation>
    </message>
    <message>
        <source>Dự họp: {name} {what}</source>
        <translation>Attendance: {name} {what}</translation>
    </message>
    <message>
        <source>Tất cả có mặt: {meeting}</source>
        <translation>All present: {meeting}</translation>
    </message>
    <message>
        <source>Xuất bảng dự họp</source>
        <translation>Export attendance sheet</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã xuất {path} ({n} dòng).</source>
        <translation>Exported {path} ({n} rows).</translation>
    </message>
    <message>
        <source>Đang xuất bảng dự họp…</source>
        <translation>Exporting the attendance sheet…</translation>
    </message>
    <message>
        <source>Nhập bảng dự họp</source>
        <translation>Import attendance sheet</translation>
    </message>
    <message>
        <source>Đã nhập {n} lượt dự họp từ {name}.</source>
        <translation>Imported {n} attendance records from {name}.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Buổi</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Tỷ lệ dự họp</source>
        <translation>Attendance rates</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Sao chép lịch tháng trước sang tháng %1</source>
        <translation>Copy last month’s calendar to %1</translation>
    </message>
    <message>
        <source>Tạo lịch tháng %1</source>
        <translation>Create the calendar of %1</translation>
    </message>
    <message>
        <source>Sao chép và xếp lịch tháng %1</source>
        <translation>Copy last month and schedule %1</translation>
    </message>
    <message>
        <source>Xếp lịch tự động tháng %1</source>
        <translation>Auto-schedule %1</translation>
    </message>
    <message>
        <source>chưa xếp ngày</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <source>Dời %1 sang %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <source>Cán bộ dự:</source>
        <translation>Attending:</translation>
    </message>
    <message>
        <source>◆ Đã ghim: xếp lịch tự động không dời cuộc họp này.</source>
        <translation>◆ Pinned: auto-schedule does not move this meeting.</translation>
    </message>
    <message>
        <source>Sửa cuộc họp…</source>
        <translation>Edit meeting…</translation>
    </message>
    <message>
        <source>Xem cuộc họp…</source>
        <translation>View meeting…</translation>
    </message>
    <message>
        <source>Bỏ ghim</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Ghim (không dời)</source>
        <translation>Pin (keep in place)</translation>
    </message>
    <message>
        <source>Đưa về chưa xếp ngày</source>
        <translation>Move back to unplaced</translation>
    </message>
    <message>
        <source>Ghim %1</source>
        <translation>Pin %1</translation>
    </message>
    <message>
        <source>Bỏ ghim %1</source>
        <translation>Unpin %1</translation>
    </message>
    <message>
        <source>Sửa %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Đổi khung ngày tháng %1</source>
        <translation>Change the date windows of %1</translation>
    </message>
    <message>
        <source>Chấp nhận xung đột</source>
        <translation>Accept a conflict</translation>
    </message>
    <message>
        <source>Bỏ chấp nhận xung đột</source>
        <translation>Withdraw the acceptance of a conflict</translation>
    </message>
    <message>
        <source>Duyệt lịch tháng %1</source>
        <translation>Approve the calendar of %1</translation>
    </message>
    <message>
        <source>Mở bản điều chỉnh lịch tháng %1</source>
        <translation>Open a revision of the calendar of %1</translation>
    </message>
</context>
<context>
    <name>CalendarApproveDialog</name>
    <message>
        <source>Duyệt lịch tháng</source>
        <translation>Approve monthly calendar</translation>
    </message>
    <message>
        <source>Xung đột khi duyệt</source>
        <translation>Conflicts at approval</translation>
    </message>
    <message>
        <source>Số văn bản:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>15-LT/HU</source>
        <translation>15-LT/HU</translation>
    </message>
    <message>
        <source>Người duyệt:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Ngày duyệt:</source>
        <translation>Approval date:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer’s position:</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer’s position</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
</context>
<context>
    <name>CalendarMeetingDialog</name>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Buổi:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Giờ bắt đầu:</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Ghim (xếp lịch tự động không dời cuộc họp này)</source>
        <translation>Pin (auto-scheduling will not move this meeting)</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tạo lịch tháng</source>
        <translation>New monthly calendar</translation>
    </message>
    <message>
        <source>Sao chép tháng trước</source>
        <translation>Copy last month</translation>
    </message>
    <message>
        <source>Giữ ngày, buổi, địa điểm của tháng trước rồi xếp lịch tự động những cuộc họp phải dời.</source>
        <translation>Keeps last month&apos;s days, sessions and places, then auto-schedules the meetings that must move.</translation>
    </message>
    <message>
        <source>Xếp lịch tự động</source>
        <translation>Auto-schedule</translation>
    </message>
    <message>
        <source>Sửa cuộc họp…</source>
        <translation>Edit meeting…</translation>
    </message>
    <message>
        <source>Khung ngày…</source>
        <translation>Date windows…</translation>
    </message>
    <message>
        <source>Duyệt…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Xem bản in…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Văn bản chính thức (PDF) của bản đang xem, để in hoặc lưu.</source>
        <translation>The official document (PDF) of the version shown, to print or save.</translation>
    </message>
    <message>
        <source>Mở bản điều chỉnh</source>
        <translation>Open a revision</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Buổi</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Lọc theo đơn vị, {commune}, cán bộ (không cần dấu)…</source>
        <translation>Filter by unit, {commune} or officer (accents optional)…</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Cell type</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Cán bộ dự</source>
        <translation>Attending officers</translation>
    </message>
    <message>
        <source>Ghim</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Lưới tháng</source>
        <translation>Month grid</translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Cuộc họp đã ghim có dấu ◆ và vạch sẫm bên trái: xếp lịch tự động không dời nó. Ghim hoặc bỏ ghim bằng chuột phải trên cuộc họp, hoặc trong «Sửa cuộc họp…».</source>
        <translation>A pinned meeting has a ◆ and a dark bar on its left: auto-schedule does not move it. Pin or unpin it with a right click on the meeting, or in «Edit meeting…».</translation>
    </message>
    <message>
        <source>. Bấm «Sao chép tháng trước» để giữ ngày, buổi, địa điểm của tháng trước và xếp lịch những cuộc họp phải dời, hoặc «Tạo lịch tháng» để bắt đầu từ đầu.</source>
        <translation>. Click «Copy last month» to keep last month&apos;s days, sessions and places and schedule the meetings that must move, or «New monthly calendar» to start afresh.</translation>
    </message>
    <message>
        <source>ĐÃ DUYỆT số %1</source>
        <translation>APPROVED no. %1</translation>
    </message>
    <message>
        <source> ngày %1</source>
        <translation> on %1</translation>
    </message>
    <message>
        <source>DỰ THẢO</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>%1 cuộc họp (%2 đã xếp ngày) · %3 xung đột · khung: đảng ủy %4–%5, chi bộ %6–%7</source>
        <translation>%1 meetings (%2 scheduled) · %3 conflicts · windows: committees %4–%5, cells %6–%7</translation>
    </message>
    <message>
        <source>T2</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>T3</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>T4</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>T5</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>T6</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>T7</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>CN</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>sáng</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>chiều</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <source>tối</source>
        <translation>evening</translation>
    </message>
    <message>
        <source>Chưa xếp</source>
        <translation>Unplaced</translation>
    </message>
    <message>
        <source>Nghỉ</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>%1 cuộc họp</source>
        <translation>%1 meetings</translation>
    </message>
    <message>
        <source>LĐ tỉnh</source>
        <translation>provincial liaison</translation>
    </message>
    <message>
        <source>cấp ủy dự</source>
        <translation>committee member</translation>
    </message>
    <message>
        <source>phụ trách {unit}</source>
        <translation>{unit} lead</translation>
    </message>
    <message>
        <source>theo dõi {unit}</source>
        <translation>{unit} support</translation>
    </message>
    <message>
        <source>đảng ủy</source>
        <translation>committee</translation>
    </message>
    <message>
        <source>chi bộ</source>
        <translation>cells</translation>
    </message>
    <message>
        <source>xung đột</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>đã ghim (xếp lịch tự động không dời)</source>
        <translation>pinned (auto-schedule keeps it)</translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>chưa xếp</source>
        <translation>unplaced</translation>
    </message>
    <message>
        <source>Đảng ủy</source>
        <translation>Party committee</translation>
    </message>
    <message>
        <source>Bản in lịch tháng %1 — %2</source>
        <translation>Print of the calendar of %1 — %2</translation>
    </message>
    <message>
        <source>Đang tạo văn bản…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <source>đã thay đổi</source>
        <translation>changed</translation>
    </message>
</context>
<context>
    <name>CalendarWindowsDialog</name>
    <message>
        <source>Khung ngày họp của tháng</source>
        <translation>Meeting windows of the month</translation>
    </message>
    <message>
        <source>Khung ngày chỉ áp dụng cho tháng này (ví dụ khi Tết trùng ngày 7–9).</source>
        <translation>These windows apply to this month only (for example when Tết falls on days 7–9).</translation>
    </message>
    <message>
        <source>Đảng ủy xã họp từ ngày</source>
        <translation>Commune committees meet from day</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>to day</translation>
    </message>
    <message>
        <source>Đảng ủy xã họp đến ngày</source>
        <translation>Commune committees meet until day</translation>
    </message>
    <message>
        <source>Chi bộ sinh hoạt từ ngày</source>
        <translation>Party cells meet from day</translation>
    </message>
    <message>
        <source>Chi bộ sinh hoạt đến ngày</source>
        <translation>Cells meet until day</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Giữ phân công cho {unit}</source>
        <translation>Keep assignments for {unit}</translation>
    </message>
    <message>
        <source>Các phân công dưới đây đã kết thúc khi sáp nhập. Đánh dấu những phân công tiếp tục cho {unit} từ ngày {day}.</source>
        <translation>The assignments below ended with the merger. Tick those that go on for {unit} from {day}.</translation>
    </message>
    <message>
        <source>Phân công đề nghị giữ lại</source>
        <translation>Assignments proposed to keep</translation>
    </message>
    <message>
        <source>{officer} — {role} (trước ở {unit})</source>
        <translation>{officer} — {role} (formerly {unit})</translation>
    </message>
    <message>
        <source>Giữ phân công</source>
        <translation>Keep assignments</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>{role}: mỗi đơn vị tối đa {n} người (đang chọn {kept}).</source>
        <translation>{role}: at most {n} per unit ({kept} ticked).</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Dời lịch</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Bổ sung</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Không tổ chức</source>
        <translation>Not held</translation>
    </message>
    <message>
        <source>Đổi cán bộ dự</source>
        <translation>Attendees changed</translation>
    </message>
    <message>
        <source>Thay đổi so với bản đã duyệt</source>
        <translation>Changes since the approved version</translation>
    </message>
    <message>
        <source>Cán bộ cần thông báo</source>
        <translation>Officers to inform</translation>
    </message>
    <message>
        <source>In thông báo điều chỉnh</source>
        <translation>Print the change notice</translation>
    </message>
    <message>
        <source>Thông báo điều chỉnh lịch sinh hoạt: chỉ các cuộc họp thay đổi và các đồng chí cần báo.</source>
        <translation>Notice of calendar changes: only the changed meetings and the officers to inform.</translation>
    </message>
    <message>
        <source>Gửi cho cán bộ có thay đổi…</source>
        <translation>Send to the officers affected…</translation>
    </message>
    <message>
        <source>Gửi e-mail lịch cá nhân mới cho các đồng chí có thay đổi, khi bản điều chỉnh đã được duyệt.</source>
        <translation>Mail the new personal schedule to the officers affected, once the revision is approved.</translation>
    </message>
    <message>
        <source>Cán bộ dự không còn khớp phân công</source>
        <translation>Attendees no longer match the assignments</translation>
    </message>
    <message>
        <source>Thay đổi so với bản đã duyệt (%1 → %2): %3 cuộc họp</source>
        <translation>Changes since the approved version (%1 → %2): %3 meetings</translation>
    </message>
    <message>
        <source>Chưa có thay đổi nào.</source>
        <translation>No changes yet.</translation>
    </message>
    <message>
        <source>Cán bộ cần thông báo: %1</source>
        <translation>Officers to inform: %1</translation>
    </message>
    <message>
        <source>Cán bộ dự không còn khớp phân công hiện nay: %1 cuộc họp. Mở bản điều chỉnh để cập nhật.</source>
        <translation>Attendees no longer match the current assignments: %1 meetings. Open a revision to update them.</translation>
    </message>
    <message>
        <source>Thông báo điều chỉnh lịch tháng %1 — %2</source>
        <translation>Change notice for %1 — %2</translation>
    </message>
    <message>
        <source>Đang tạo thông báo điều chỉnh…</source>
        <translation>Making the change notice…</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <source>Từ tháng</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>Đến tháng</source>
        <translation>To month</translation>
    </message>
    <message>
        <source>Theo</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Tỷ lệ có mặt</source>
        <translation>Presence rate</translation>
    </message>
    <message>
        <source>Bảng tỷ lệ dự họp</source>
        <translation>Attendance rate table</translation>
    </message>
    <message>
        <source>Biểu đồ tỷ lệ dự họp</source>
        <translation>Attendance rate chart</translation>
    </message>
    <message>
        <source>Từ tháng:</source>
        <translation>From month:</translation>
    </message>
    <message>
        <source>Đến tháng:</source>
        <translation>To month:</translation>
    </message>
    <message>
        <source>Theo:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Đang tính tỷ lệ dự họp…</source>
        <translation>Counting the attendance rates…</translation>
    </message>
    <message>
        <source>Chưa thuộc {cluster}</source>
        <translation>Not in a {cluster}</translation>
    </message>
    <message>
        <source>(chưa rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>{a} đến {b}</source>
        <translation>{a} to {b}</translation>
    </message>
    <message>
        <source>Tháng {months}: chưa có lịch đã duyệt.</source>
        <translation>{months}: no approved calendar yet.</translation>
    </message>
    <message>
        <source>Tháng {months}: dự kiến {e} lượt, có mặt {p}, vắng có lý do {x}, vắng {a}; tỷ lệ có mặt {rate}.</source>
        <translation>{months}: {e} expected, present {p}, excused {x}, absent {a}; presence rate {rate}.</translation>
    </message>
    <message>
        <source>Vắng 2 tháng liền: {names}</source>
        <translation>Absent 2 months running: {names}</translation>
    </message>
    <message>
        <source>Không ai vắng 2 tháng liền.</source>
        <translation>Nobody absent 2 months running.</translation>
    </message>
    <message>
        <source>{n} cán bộ có tỷ lệ có mặt thấp nhất (%)</source>
        <translation>The {n} officers with the lowest presence rate (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ có mặt (%)</source>
        <translation>Presence rate (%)</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Chấp nhận xung đột…</source>
        <translation>Accept conflict…</translation>
    </message>
    <message>
        <source>Giữ xung đột đã chọn, có ghi lý do; lý do được ghi kèm khi duyệt lịch.</source>
        <translation>Keep the selected conflict with a reason; the reason is recorded with the approval.</translation>
    </message>
    <message>
        <source>Bỏ chấp nhận</source>
        <translation>Withdraw acceptance</translation>
    </message>
    <message>
        <source>Đã dời so với tháng trước</source>
        <translation>Moved against last month</translation>
    </message>
    <message>
        <source>Không có xung đột.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>%1 xung đột, đều đã chấp nhận.</source>
        <translation>%1 conflict(s), all accepted.</translation>
    </message>
    <message>
        <source>%1 xung đột (bấm để chọn các cuộc họp):</source>
        <translation>%1 conflict(s) (click to select the meetings):</translation>
    </message>
    <message>
        <source>%1 đã chấp nhận.</source>
        <translation>%1 accepted.</translation>
    </message>
    <message>
        <source>Đã chấp nhận: %1</source>
        <translation>Accepted: %1</translation>
    </message>
    <message>
        <source>Xếp lịch tự động: đã xếp %1 cuộc họp (tháng trước chưa có lịch để so sánh).</source>
        <translation>Auto-schedule: %1 meetings scheduled (last month has no calendar to compare with).</translation>
    </message>
    <message>
        <source>Xếp lịch tự động: %1 cuộc họp giữ ngày, buổi của tháng trước</source>
        <translation>Auto-schedule: %1 meetings keep last month&apos;s day and session</translation>
    </message>
    <message>
        <source>%1 đơn vị mới</source>
        <translation>%1 new units</translation>
    </message>
    <message>
        <source>%1 cuộc họp dời (lý do bên dưới).</source>
        <translation>%1 meetings moved (reasons below).</translation>
    </message>
    <message>
        <source>không cuộc họp nào dời.</source>
        <translation>no meeting moved.</translation>
    </message>
    <message>
        <source>Lý do còn xung đột:</source>
        <translation>Why conflicts remain:</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Hạn trả lời</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Ấp, khu phố</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Đã chuyển</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Đã trả lời</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Đã đóng, không giải quyết</source>
        <translation>Closed, not resolved</translation>
    </message>
    <message>
        <source>quá hạn</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Chưa xong</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>Chỉ quá hạn</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Xét quá hạn đến ngày</source>
        <translation>Overdue as of</translation>
    </message>
    <message>
        <source>Tiếp nhận…</source>
        <translation>Receive…</translation>
    </message>
    <message>
        <source>Chuyển…</source>
        <translation>Forward…</translation>
    </message>
    <message>
        <source>Trả lời…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <source>Giải quyết xong…</source>
        <translation>Resolved…</translation>
    </message>
    <message>
        <source>Đóng, không giải quyết…</source>
        <translation>Close, not resolved…</translation>
    </message>
    <message>
        <source>Danh sách phản ánh</source>
        <translation>Feedback list</translation>
    </message>
    <message>
        <source>Chi tiết phản ánh</source>
        <translation>Feedback details</translation>
    </message>
    <message>
        <source>Xét quá hạn đến ngày:</source>
        <translation>Overdue as of:</translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Thống kê, báo cáo</source>
        <translation>Statistics, reports</translation>
    </message>
    <message>
        <source>Tìm nội dung, {hamlet}, cán bộ…</source>
        <translation>Search content, {hamlet}, officer…</translation>
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>Mọi {commune}</source>
        <translation>Every {commune}</translation>
    </message>
    <message>
        <source>Mọi cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>{n} phản ánh, kiến nghị; {o} quá hạn tính đến {day}.</source>
        <translation>{n} feedback items; {o} overdue as of {day}.</translation>
    </message>
    <message>
        <source>Phản ánh số {id}</source>
        <translation>Feedback no. {id}</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>phức tạp</source>
        <translation>complex</translation>
    </message>
    <message>
        <source>Người phản ánh</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>Quá trình</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Tiếp nhận phản ánh</source>
        <translation>Receive feedback</translation>
    </message>
    <message>
        <source>Chuyển phản ánh số {id}</source>
        <translation>Forward feedback no. {id}</translation>
    </message>
    <message>
        <source>Chuyển đến</source>
        <translation>Forward to</translation>
    </message>
    <message>
        <source>Trả lời phản ánh số {id}</source>
        <translation>Answer feedback no. {id}</translation>
    </message>
    <message>
        <source>Nội dung trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Giải quyết xong phản ánh số {id}</source>
        <translation>Feedback no. {id} resolved</translation>
    </message>
    <message>
        <source>Kết quả giải quyết</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Đóng phản ánh số {id}</source>
        <translation>Close feedback no. {id}</translation>
    </message>
    <message>
        <source>Lý do đóng</source>
        <translation>Reason for closing</translation>
    </message>
</context>
<context>
    <name>FeedbackStats</name>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Xem bản in…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Còn mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Theo lĩnh vực</source>
        <translation>By field</translation>
    </message>
    <message>
        <source>tháng {m}/{y}</source>
        <translation>{m}/{y}</translation>
    </message>
    <message>
        <source>năm {y}</source>
        <translation>year {y}</translation>
    </message>
    <message>
        <source>Theo {commune}</source>
        <translation>By {commune}</translation>
    </message>
    <message>
        <source>Kỳ {period}: tiếp nhận {r}, đã giải quyết {s}; đến {day} còn mở {o}, quá hạn {d}.</source>
        <translation>Period {period}: received {r}, resolved {s}; as of {day} open {o}, overdue {d}.</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã xuất {path}.</source>
        <translation>Exported {path}.</translation>
    </message>
    <message>
        <source>Đang xuất Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <source>Bản in báo cáo phản ánh, kiến nghị {period}</source>
        <translation>Print of the feedback report, {period}</translation>
    </message>
    <message>
        <source>Đang tạo văn bản…</source>
        <translation>Making the document…</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{name} là chính cơ sở dữ liệu đang mở; hãy chọn tên khác.</source>
        <translation>{name} is the open database itself; choose another name.</translation>
    </message>
</context>
<context>
    <name>ImportDiffView</name>
    <message>
        <source>Lọc theo loại</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <source>Tìm tên, đơn vị…</source>
        <translation>Find a name, a unit…</translation>
    </message>
    <message>
        <source>Tìm trong các thay đổi</source>
        <translation>Search the changes</translation>
    </message>
    <message>
        <source>Các thay đổi</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Nơi trong tệp</source>
        <translation>Where in the file</translation>
    </message>
    <message>
        <source>Xem:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Xung đột, không ghi ({n})</source>
        <translation>Conflicts, not written ({n})</translation>
    </message>
    <message>
        <source>Dòng không nhập được ({n})</source>
        <translation>Rows that cannot be imported ({n})</translation>
    </message>
    <message>
        <source>Thêm mới ({n})</source>
        <translation>Added ({n})</translation>
    </message>
    <message>
        <source>Sửa ({n})</source>
        <translation>Changed ({n})</translation>
    </message>
    <message>
        <source>Kết thúc phân công ({n})</source>
        <translation>Assignments ended ({n})</translation>
    </message>
    <message>
        <source>Phân công mới ({n})</source>
        <translation>New assignments ({n})</translation>
    </message>
    <message>
        <source>Chuyển mã TCVN3 / VNI / VIQR ({n})</source>
        <translation>Converted from TCVN3 / VNI / VIQR ({n})</translation>
    </message>
    <message>
        <source>Cần xem lại, có thể gõ bằng bảng mã cũ ({n})</source>
        <translation>To check, maybe typed in a legacy encoding ({n})</translation>
    </message>
    <message>
        <source>Cảnh báo ({n})</source>
        <translation>Warnings ({n})</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>… và {n} mục nữa</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Không có thay đổi nào so với dữ liệu hiện có.</source>
        <translation>Nothing differs from the data as it is.</translation>
    </message>
    <message>
        <source>Trang “{sheet}”, dòng {row}</source>
        <translation>Sheet “{sheet}”, row {row}</translation>
    </message>
    <message>
        <source>, cột “{column}”</source>
        <translation>, column “{column}”</translation>
    </message>
    <message>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <source>dòng bị xóa</source>
        <translation>row deleted</translation>
    </message>
    <message>
        <source>ghi ngày kết thúc</source>
        <translation>end date typed</translation>
    </message>
    <message>
        <source>giao cho người khác</source>
        <translation>handed to someone else</translation>
    </message>
    <message>
        <source>đang phụ trách</source>
        <translation>in charge</translation>
    </message>
    <message>
        <source>đến {day} ({reason})</source>
        <translation>until {day} ({reason})</translation>
    </message>
    <message>
        <source>từ {day}</source>
        <translation>from {day}</translation>
    </message>
    <message>
        <source> ({user} sửa)</source>
        <translation> (changed by {user})</translation>
    </message>
    <message>
        <source>trong dữ liệu: {value}{who}</source>
        <translation>in the data: {value}{who}</translation>
    </message>
    <message>
        <source>trong tệp: {value}</source>
        <translation>in the file: {value}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Nhập Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nhập Excel {name}</source>
        <translation>Import Excel {name}</translation>
    </message>
</context>
<context>
    <name>JobIndicator</name>
    <message>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>MailSettingsTab</name>
    <message>
        <source>STARTTLS (cổng 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (cổng 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <source>Không mã hóa (chỉ mạng nội bộ)</source>
        <translation>No encryption (local network only)</translation>
    </message>
    <message>
        <source>Để trống: giữ mật khẩu đã lưu</source>
        <translation>Leave empty to keep the stored password</translation>
    </message>
    <message>
        <source>Máy chủ thư (SMTP):</source>
        <translation>Mail server (SMTP):</translation>
    </message>
    <message>
        <source>Cổng:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Bảo mật:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Địa chỉ gửi:</source>
        <translation>Sender address:</translation>
    </message>
    <message>
        <source>Tên người gửi:</source>
        <translation>Sender name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Mật khẩu được lưu vào kho mật khẩu của hệ thống, không lưu cùng dữ liệu.</source>
        <translation>The password is kept in the system keyring, never with the data.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>dự thảo</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>đã duyệt</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>điều chỉnh</source>
        <translation>revised</translation>
    </message>
    <message>
        <source>CSDL: chưa mở được</source>
        <translation>Database: could not be opened</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Tạo CSDL mới…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>Mở…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Lưu bản sao…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Nhập Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Cài đặt…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>CSDL gần đây</source>
        <translation>Recent databases</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Tháng:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>CSDL: đang mở…</source>
        <translation>Database: opening…</translation>
    </message>
    <message>
        <source>CSDL: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>{officers} cán bộ</source>
        <translation>{officers} officers</translation>
    </message>
    <message>
        <source>Tháng {month}/{year}</source>
        <translation>Month {month}/{year}</translation>
    </message>
    <message>
        <source>chưa có lịch</source>
        <translation>no calendar yet</translation>
    </message>
    <message>
        <source>lịch {status}</source>
        <translation>calendar {status}</translation>
    </message>
    <message>
        <source>(bản {version})</source>
        <translation>(version {version})</translation>
    </message>
    <message>
        <source>Đã lưu · có thể hoàn tác: {text}</source>
        <translation>Saved · can undo: {text}</translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu DV Desk (*.db);;Mọi tệp (*)</source>
        <translation>DV Desk databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Lưu bản sao cơ sở dữ liệu</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu DV Desk (*.db);;Bản sao JSON (*.json)</source>
        <translation>DV Desk databases (*.db);;JSON copies (*.json)</translation>
    </message>
    <message>
        <source>Đã lưu bản sao vào {path}.</source>
        <translation>Saved a copy to {path}.</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã xuất {path}.</source>
        <translation>Exported {path}.</translation>
    </message>
    <message>
        <source>Đang xuất Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <source>Giới thiệu DV Desk</source>
        <translation>About DV Desk</translation>
    </message>
    <message>
        <source>DV Desk {version}
Phân công theo dõi cơ sở và lịch sinh hoạt đảng ủy, chi bộ của Ban Dân vận.</source>
        <translation>DV Desk {version}
Grassroots assignments and the monthly meeting calendar of party committees and cells, for the mass-mobilization committee.</translation>
    </message>
    <message>
        <source>Gửi lịch cho cán bộ…</source>
        <translation>Send schedules to officers…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Cuộc họp (đã duyệt, chỉ xem)</source>
        <translation>Meeting (approved, read only)</translation>
    </message>
    <message>
        <source>Sửa cuộc họp</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Cán bộ dự: </source>
        <translation>Attending: </translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Chưa xếp ngày</source>
        <translation>No date yet</translation>
    </message>
    <message>
        <source>  (trong khung)</source>
        <translation>  (in window)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Sáp nhập đơn vị</source>
        <translation>Merge units</translation>
    </message>
    <message>
        <source>Các đơn vị sáp nhập ({n}):</source>
        <translation>Units merged ({n}):</translation>
    </message>
    <message>
        <source>Các đơn vị sáp nhập</source>
        <translation>Units merged</translation>
    </message>
    <message>
        <source>Gõ vài chữ để xem tên chính thức</source>
        <translation>Type a few letters to see the official names</translation>
    </message>
    <message>
        <source>Tên đơn vị mới:</source>
        <translation>Name of the new unit:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Sáp nhập</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>các đơn vị trực thuộc ({hamlets}, {cells}, {groups})</source>
        <translation>the units under them ({hamlets}, {cells}, {groups})</translation>
    </message>
    <message>
        <source>các đơn vị trực thuộc ({groups}, {cells})</source>
        <translation>the units under them ({groups}, {cells})</translation>
    </message>
    <message>
        <source>đơn vị mới</source>
        <translation>the new unit</translation>
    </message>
    <message>
        <source>Từ ngày {day}, {children} của {n} đơn vị trên chuyển về {name}; các tháng trước vẫn in tên cũ.</source>
        <translation>From {day}, {children} of the {n} units above move to {name}; the months before still print the old names.</translation>
    </message>
    <message>
        <source>Phân công của các đơn vị cũ kết thúc ngày {day}; sau đó bạn chọn những phân công giữ lại cho {name}.</source>
        <translation>The former units&apos; assignments end on {day}; you then choose which of them to keep for {name}.</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Tháng trước</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Tháng sau</source>
        <translation>Next month</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Phân công</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Lịch sinh hoạt</source>
        <translation>Meeting calendar</translation>
    </message>
    <message>
        <source>Dự họp</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Phản ánh, kiến nghị</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>Cơ sở dữ liệu mới</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Tệp: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Mẫu tổ chức:</source>
        <translation>Organization preset:</translation>
    </message>
    <message>
        <source>Tên các cấp, vai trò, tiêu đề văn bản và ký hiệu số văn bản theo mẫu; sửa được sau trong Công cụ → Cài đặt.</source>
        <translation>Level names, roles, document headers and number symbol follow the preset; they can be changed later in Tools → Settings.</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Sửa cán bộ</source>
        <translation>Edit officer</translation>
    </message>
    <message>
        <source>Thêm cán bộ</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Ấp</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Đơn vị công tác:</source>
        <translation>Workplace:</translation>
    </message>
    <message>
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Cấp ủy viên</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Ủy viên Ban Thường vụ / Thường trực</source>
        <translation>Standing committee member</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Để gửi lịch cá nhân (không bắt buộc)</source>
        <translation>To mail the personal schedule (optional)</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Trưởng {unit}</source>
        <translation>Leader of the {unit}</translation>
    </message>
    <message>
        <source>Phụ trách</source>
        <translation>In charge of</translation>
    </message>
    <message>
        <source>LĐ tỉnh phụ trách</source>
        <translation>Provincial liaison for</translation>
    </message>
    <message>
        <source>Theo dõi</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>{units}</source>
        <translation>{units}</translation>
    </message>
    <message>
        <source>{units} phụ trách</source>
        <translation>{units} in charge</translation>
    </message>
    <message>
        <source>{units} (LĐ tỉnh)</source>
        <translation>{units} (provincial liaison)</translation>
    </message>
    <message>
        <source>Đang công tác</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã thôi</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị công tác</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Phân công hiện tại</source>
        <translation>Current assignments</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tìm theo họ tên hoặc điện thoại (không cần dấu)…</source>
        <translation>Search by name or phone (accents optional)…</translation>
    </message>
    <message>
        <source>Hiện cả cán bộ đã thôi</source>
        <translation>Show officers who left</translation>
    </message>
    <message>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Cho thôi công tác</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Lịch sử phân công</source>
        <translation>Assignment history</translation>
    </message>
    <message>
        <source>Phân công</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Đang đọc danh sách {total} cán bộ…</source>
        <translation>Reading the list of {total} officers…</translation>
    </message>
    <message>
        <source>{shown} / {total} cán bộ</source>
        <translation>{shown} / {total} officers</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <source>Lịch sử phân công của {name}</source>
        <translation>Assignment history of {name}</translation>
    </message>
    <message>
        <source>Thêm cán bộ {name}</source>
        <translation>Add officer {name}</translation>
    </message>
    <message>
        <source>Sửa cán bộ {name}</source>
        <translation>Edit officer {name}</translation>
    </message>
    <message>
        <source>Khôi phục cán bộ {name}</source>
        <translation>Reinstate officer {name}</translation>
    </message>
    <message>
        <source>Cho thôi công tác {name}</source>
        <translation>Mark {name} as left</translation>
    </message>
    <message>
        <source>Xóa hẳn cán bộ {name}? Chỉ dùng cho dòng nhập nhầm; người đã có lịch sử phân công thì hãy cho thôi công tác.</source>
        <translation>Delete officer {name} for good? Only for a row entered by mistake; for someone with assignment history, mark them as left instead.</translation>
    </message>
    <message>
        <source>Xóa cán bộ {name}</source>
        <translation>Delete officer {name}</translation>
    </message>
    <message>
        <source>Lịch vắng</source>
        <translation>Absences</translation>
    </message>
</context>
<context>
    <name>PageFrame</name>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>{name}: {pages} trang.</source>
        <translation>{name}: {pages} page(s).</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Đã in {pages} trang.</source>
        <translation>Printed {pages} page(s).</translation>
    </message>
    <message>
        <source>Đã lưu {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
</context>
<context>
    <name>PickParentDialog</name>
    <message>
        <source>Tìm (không cần dấu)…</source>
        <translation>Search (accents optional)…</translation>
    </message>
</context>
<context>
    <name>PresetChoice</name>
    <message>
        <source>Huyện ủy</source>
        <translation>District Party Committee (Huyện ủy)</translation>
    </message>
    <message>
        <source>Tỉnh ủy</source>
        <translation>Provincial Party Committee (Tỉnh ủy)</translation>
    </message>
    <message>
        <source>Đảng ủy xã, phường</source>
        <translation>Commune or ward Party Committee (Đảng ủy xã, phường)</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên</source>
        <translation>Superior body</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Hậu tố số văn bản</source>
        <translation>Document number suffix</translation>
    </message>
    <message>
        <source>Thay mặt</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer’s position</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Tên cấp cụm</source>
        <translation>Cluster level name</translation>
    </message>
    <message>
        <source>Tên cấp xã</source>
        <translation>Commune level name</translation>
    </message>
    <message>
        <source>Tên cấp ấp</source>
        <translation>Hamlet level name</translation>
    </message>
    <message>
        <source>Tên cấp chi bộ</source>
        <translation>Party cell level name</translation>
    </message>
    <message>
        <source>Tên cấp tổ</source>
        <translation>Group level name</translation>
    </message>
    <message>
        <source>Vai trò phân công</source>
        <translation>Roles assigned</translation>
    </message>
    <message>
        <source>(để trống)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>Áp dụng mẫu…</source>
        <translation>Apply preset…</translation>
    </message>
    <message>
        <source>Cài đặt đã theo mẫu {preset}; không có gì thay đổi.</source>
        <translation>The settings already follow the {preset} preset; nothing changes.</translation>
    </message>
    <message>
        <source>Áp dụng mẫu tổ chức</source>
        <translation>Apply an organization preset</translation>
    </message>
    <message>
        <source>Áp dụng mẫu {preset}? Các cài đặt sau sẽ thay đổi (hoàn tác được bằng Ctrl+Z):</source>
        <translation>Apply the {preset} preset? These settings will change (Ctrl+Z undoes it):</translation>
    </message>
    <message>
        <source>Áp dụng mẫu {preset}</source>
        <translation>Apply the {preset} preset</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu DV Desk (*.db)</source>
        <translation>DV Desk databases (*.db)</translation>
    </message>
    <message>
        <source>Tệp {path} đã có; hãy chọn tên khác.</source>
        <translation>The file {path} already exists; choose another name.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Không mở được máy in.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <source>Không ghi được tệp {path}: {reason}.</source>
        <translation>Could not write {path}: {reason}.</translation>
    </message>
    <message>
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>{name} — {meeting}</source>
        <translation>{name} — {meeting}</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Tiếp nhận phản ánh, kiến nghị</source>
        <translation>Receive feedback</translation>
    </message>
    <message>
        <source>Ngày tiếp nhận</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Vụ việc phức tạp (hạn 15 ngày làm việc)</source>
        <translation>Complex matter (15 working days)</translation>
    </message>
    <message>
        <source>Cán bộ tiếp nhận</source>
        <translation>Receiving officer</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Người, nhóm phản ánh</source>
        <translation>Raised by (person, group)</translation>
    </message>
    <message>
        <source>Chọn {hamlet} nơi nhận phản ánh.</source>
        <translation>Choose the {hamlet} the feedback came from.</translation>
    </message>
    <message>
        <source>Chọn cán bộ tiếp nhận trong danh sách.</source>
        <translation>Choose the receiving officer from the list.</translation>
    </message>
    <message>
        <source>Ngày tiếp nhận phải là một ngày dd/mm/yyyy.</source>
        <translation>The date received must be a day written dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Nhập nội dung phản ánh, kiến nghị.</source>
        <translation>Type the content of the feedback.</translation>
    </message>
</context>
<context>
    <name>RenameOnDialog</name>
    <message>
        <source>Đổi tên từ ngày</source>
        <translation>Rename from a date</translation>
    </message>
    <message>
        <source>Đơn vị: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <source>Tên mới:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Từ ngày {day} đơn vị mang tên mới; lịch và văn bản các tháng trước vẫn ghi “{old}”.</source>
        <translation>From {day} the unit bears the new name; the calendars and documents of the months before still say “{old}”.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Phạm vi:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Phạm vi</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Số:</source>
        <translation>No.:</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>để trống: điền tay</source>
        <translation>blank: fill in by hand</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Ngày văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>(để trống)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Chỉ cán bộ có thay đổi</source>
        <translation>Only officers with changes</translation>
    </message>
    <message>
        <source>Chỉ phiếu của các đồng chí mà bản điều chỉnh mới nhất thay đổi lịch.</source>
        <translation>Only the slips of the officers whose schedule the latest revision changed.</translation>
    </message>
    <message>
        <source>Lưu Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>Lịch tháng dạng Word (.docx) để sửa câu chữ trước khi ký.</source>
        <translation>The month&apos;s calendar as a Word file (.docx), to adjust the wording before signing.</translation>
    </message>
    <message>
        <source>Lưu lịch điện thoại (.ics)…</source>
        <translation>Save phone calendars (.ics)…</translation>
    </message>
    <message>
        <source>Tệp lịch cả tháng và của từng cán bộ, mở được trong lịch điện thoại, vào một thư mục.</source>
        <translation>The month&apos;s calendar file and one per officer, for phone calendars, into a folder.</translation>
    </message>
    <message>
        <source>Mỗi {commune} một tệp PDF…</source>
        <translation>One PDF per {commune}…</translation>
    </message>
    <message>
        <source>Lịch riêng của từng {communes}, mỗi {commune} một tệp PDF, vào một thư mục.</source>
        <translation>The own calendar of each of the {communes}, one PDF per {commune}, into a folder.</translation>
    </message>
    <message>
        <source>Cả tháng</source>
        <translation>Whole month</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Lịch sinh hoạt tháng</source>
        <translation>Monthly meeting calendar</translation>
    </message>
    <message>
        <source>Danh sách phân công</source>
        <translation>Assignment list</translation>
    </message>
    <message>
        <source>Lịch cá nhân</source>
        <translation>Personal schedules</translation>
    </message>
    <message>
        <source>Báo cáo dự họp</source>
        <translation>Attendance review</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kèm chi bộ và cán bộ dự</source>
        <translation>Include cells and attending officers</translation>
    </message>
    <message>
        <source>Tạo văn bản</source>
        <translation>Make document</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Văn bản:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Đã in {pages} trang.</source>
        <translation>Printed {pages} page(s).</translation>
    </message>
    <message>
        <source>Bản:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Bản mới nhất</source>
        <translation>Latest version</translation>
    </message>
    <message>
        <source>Tháng {month} chưa có lịch sinh hoạt.</source>
        <translation>There is no meeting calendar for {month} yet.</translation>
    </message>
    <message>
        <source>Bấm «Tạo văn bản» để xem văn bản tháng {month}.</source>
        <translation>Click «Make document» to see the document for {month}.</translation>
    </message>
    <message>
        <source>Đang tạo văn bản…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <source>{name}: {pages} trang.</source>
        <translation>{name}: {pages} page(s).</translation>
    </message>
    <message>
        <source>Đã lưu {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã xuất {path} ({sheets}).</source>
        <translation>Exported {path} ({sheets}).</translation>
    </message>
    <message>
        <source>Đang xuất Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <source>Đang ghi… %1/%2</source>
        <translation>Writing… %1/%2</translation>
    </message>
    <message>
        <source>Lưu Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <source>Đang tạo tệp Word…</source>
        <translation>Making the Word file…</translation>
    </message>
    <message>
        <source>Chọn thư mục ghi lịch từng {commune}</source>
        <translation>Choose the folder for each {commune}&apos;s calendar</translation>
    </message>
    <message>
        <source>Đã ghi {count} tệp PDF (mỗi {commune} một tệp) vào {folder}.</source>
        <translation>Wrote {count} PDF files (one per {commune}) into {folder}.</translation>
    </message>
    <message>
        <source>Đang tạo lịch từng {commune}…</source>
        <translation>Making each {commune}&apos;s calendar…</translation>
    </message>
    <message>
        <source>Chọn thư mục ghi tệp lịch</source>
        <translation>Choose the folder for the calendar files</translation>
    </message>
    <message>
        <source>Đã ghi {count} tệp lịch của cán bộ và {month} vào {folder}.</source>
        <translation>Wrote {count} officers&apos; calendar files and {month} into {folder}.</translation>
    </message>
    <message>
        <source>Đang tạo tệp lịch…</source>
        <translation>Making the calendar files…</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Sẽ gửi</source>
        <translation>Will be sent</translation>
    </message>
    <message>
        <source>Chưa có e-mail</source>
        <translation>No e-mail address</translation>
    </message>
    <message>
        <source>Chưa gửi (đã dừng)</source>
        <translation>Not sent (stopped)</translation>
    </message>
    <message>
        <source>Không gửi được: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Gửi lịch cho cán bộ — tháng %1</source>
        <translation>Send schedules to officers — %1</translation>
    </message>
    <message>
        <source>Mọi cán bộ có lịch trong tháng</source>
        <translation>Every officer with meetings this month</translation>
    </message>
    <message>
        <source>Chỉ cán bộ có thay đổi ở bản điều chỉnh mới nhất</source>
        <translation>Only officers affected by the latest revision</translation>
    </message>
    <message>
        <source>Để trống nếu đã lưu trong kho mật khẩu</source>
        <translation>Leave empty if kept in the keyring</translation>
    </message>
    <message>
        <source>Mật khẩu thư</source>
        <translation>Mail password</translation>
    </message>
    <message>
        <source>Xem danh sách</source>
        <translation>Show the list</translation>
    </message>
    <message>
        <source>Gửi</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Dừng gửi</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Kết quả gửi</source>
        <translation>Sending results</translation>
    </message>
    <message>
        <source>Dừng lập danh sách</source>
        <translation>Stop listing</translation>
    </message>
    <message>
        <source>Đang lập danh sách…</source>
        <translation>Making the list…</translation>
    </message>
    <message>
        <source>Đang gửi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Đang dừng: không gửi thêm thư nào…</source>
        <translation>Stopping: no further mail will be sent…</translation>
    </message>
    <message>
        <source>Đã dừng lập danh sách; chưa gửi thư nào.</source>
        <translation>Listing stopped; no mail was sent.</translation>
    </message>
    <message>
        <source>Bản %1: sẽ gửi cho %2 cán bộ; %3 cán bộ chưa có e-mail.</source>
        <translation>Version %1: would send to %2 officers; %3 officers have no e-mail address.</translation>
    </message>
    <message>
        <source>Bản %1: đã dừng theo yêu cầu — đã gửi %2, chưa gửi %5 vì dừng, không gửi được %4; %3 cán bộ chưa có e-mail.</source>
        <translation>Version %1: stopped on request — %2 sent, %5 not sent because of the stop, %4 failed; %3 officers have no e-mail address.</translation>
    </message>
    <message>
        <source>Bản %1: đã gửi %2, không gửi được %4; %3 cán bộ chưa có e-mail.</source>
        <translation>Version %1: %2 sent, %4 failed; %3 officers have no e-mail address.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Tên đơn vị chủ quản:</source>
        <translation>Organization name:</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên (dòng 1 tiêu đề):</source>
        <translation>Superior body (header line 1):</translation>
    </message>
    <message>
        <source>Cơ quan ban hành (dòng 2 tiêu đề):</source>
        <translation>Issuing body (header line 2):</translation>
    </message>
    <message>
        <source>Tên ngắn:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>Địa danh (nơi ban hành):</source>
        <translation>Place of issue:</translation>
    </message>
    <message>
        <source>Hậu tố số văn bản:</source>
        <translation>Document number suffix:</translation>
    </message>
    <message>
        <source>Thay mặt (T/M …):</source>
        <translation>On behalf of (T/M …):</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer’s position:</translation>
    </message>
    <message>
        <source>Họ tên người ký:</source>
        <translation>Signer’s name:</translation>
    </message>
    <message>
        <source>Cấp cụm (trên xã, tùy chọn):</source>
        <translation>Cluster level (above communes, optional):</translation>
    </message>
    <message>
        <source>Cấp xã, phường:</source>
        <translation>Commune level (xã, phường):</translation>
    </message>
    <message>
        <source>Cấp thôn, ấp, tổ dân phố:</source>
        <translation>Hamlet level (thôn, ấp, tổ dân phố):</translation>
    </message>
    <message>
        <source>Chi bộ:</source>
        <translation>Party cell:</translation>
    </message>
    <message>
        <source>Tổ:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Tối thiểu
mỗi đơn vị</source>
        <translation>Minimum
per unit</translation>
    </message>
    <message>
        <source>Tối đa
mỗi đơn vị</source>
        <translation>Maximum
per unit</translation>
    </message>
    <message>
        <source>Bắt buộc
(đơn vị)</source>
        <translation>Hard rule
(unit)</translation>
    </message>
    <message>
        <source>Tối đa
mỗi cán bộ</source>
        <translation>Maximum
per officer</translation>
    </message>
    <message>
        <source>Tối đa mỗi
ủy viên thường vụ</source>
        <translation>Maximum per
standing member</translation>
    </message>
    <message>
        <source>Bắt buộc
(cán bộ)</source>
        <translation>Hard rule
(officer)</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Mẫu tổ chức:</source>
        <translation>Organization preset:</translation>
    </message>
    <message>
        <source>Mỗi dòng một nơi nhận</source>
        <translation>One recipient per line</translation>
    </message>
    <message>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <source>Đơn vị và văn bản</source>
        <translation>Organization and documents</translation>
    </message>
    <message>
        <source>Để trống tên cấp cụm nếu tổ chức không có cụm.</source>
        <translation>Leave the cluster level name empty if the organization has no clusters.</translation>
    </message>
    <message>
        <source>Tên các cấp</source>
        <translation>Level names</translation>
    </message>
    <message>
        <source>không giới hạn</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Quy tắc phân công</source>
        <translation>Assignment rules</translation>
    </message>
    <message>
        <source>Đảng ủy xã họp từ ngày … đến ngày:</source>
        <translation>Commune committees meet from day … to day:</translation>
    </message>
    <message>
        <source>Chi bộ sinh hoạt từ ngày … đến ngày:</source>
        <translation>Party cells meet from day … to day:</translation>
    </message>
    <message>
        <source>Buổi sáng bắt đầu:</source>
        <translation>Morning starts at:</translation>
    </message>
    <message>
        <source>Buổi chiều bắt đầu:</source>
        <translation>Afternoon starts at:</translation>
    </message>
    <message>
        <source>Buổi tối bắt đầu:</source>
        <translation>Evening starts at:</translation>
    </message>
    <message>
        <source>Cho phép xếp họp buổi tối</source>
        <translation>Allow evening meetings</translation>
    </message>
    <message>
        <source>Lịch sinh hoạt</source>
        <translation>Meeting calendar</translation>
    </message>
    <message>
        <source>Quy tắc «{role}»: số tối thiểu {low} lớn hơn số tối đa {high} mỗi đơn vị.</source>
        <translation>Rule “{role}”: the minimum {low} is above the maximum {high} per unit.</translation>
    </message>
    <message>
        <source>Khoảng ngày họp không hợp lệ: ngày bắt đầu {first} sau ngày kết thúc {last}.</source>
        <translation>Invalid meeting window: the first day {first} is after the last day {last}.</translation>
    </message>
    <message>
        <source>Sửa cài đặt</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Xem trước bảng dự họp</source>
        <translation>Attendance sheet preview</translation>
    </message>
    <message>
        <source>Không nhập được: tệp có {n} dòng sai; không ghi gì.</source>
        <translation>Cannot import: wrong rows in the file: {n}; nothing was written.</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Trưởng cụm</source>
        <translation>Cluster leader</translation>
    </message>
    <message>
        <source>cụm có trưởng cụm</source>
        <translation>clusters with a leader</translation>
    </message>
    <message>
        <source>Cấp ủy phụ trách xã</source>
        <translation>Committee member in charge of commune</translation>
    </message>
    <message>
        <source>xã có cấp ủy phụ trách</source>
        <translation>communes with a committee member in charge</translation>
    </message>
    <message>
        <source>Lãnh đạo tỉnh phụ trách</source>
        <translation>Provincial liaison</translation>
    </message>
    <message>
        <source>xã có lãnh đạo tỉnh phụ trách</source>
        <translation>communes with a provincial liaison</translation>
    </message>
    <message>
        <source>Cán bộ theo dõi, hỗ trợ ấp</source>
        <translation>Hamlet support officer</translation>
    </message>
    <message>
        <source>ấp có cán bộ theo dõi</source>
        <translation>hamlets with a support officer</translation>
    </message>
    <message>
        <source>Dự sinh hoạt chi bộ</source>
        <translation>Attends party cell</translation>
    </message>
    <message>
        <source>chi bộ có cấp ủy dự</source>
        <translation>cells with an attending committee member</translation>
    </message>
    <message>
        <source>Theo dõi tổ NDTQ</source>
        <translation>Supports self-governing group</translation>
    </message>
    <message>
        <source>tổ NDTQ có cán bộ theo dõi</source>
        <translation>groups with a support officer</translation>
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
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Ấp</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <source>Tổ NDTQ</source>
        <translation>Self-governing group</translation>
    </message>
    <message>
        <source>Thị trấn</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Phường</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Khu phố</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Tổ dân phố</source>
        <translation>Residential group</translation>
    </message>
    <message>
        <source>Đặc khu</source>
        <translation>Special zone</translation>
    </message>
    <message>
        <source>Bản</source>
        <translation>Village (bản)</translation>
    </message>
    <message>
        <source>Buôn</source>
        <translation>Village (buôn)</translation>
    </message>
    <message>
        <source>Làng</source>
        <translation>Village (làng)</translation>
    </message>
    <message>
        <source>Sóc</source>
        <translation>Village (sóc)</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>UnavailabilityDialog</name>
    <message>
        <source>Báo vắng — %1</source>
        <translation>Absence — %1</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>UnavailabilityView</name>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Lịch vắng</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Báo vắng…</source>
        <translation>Add absence…</translation>
    </message>
    <message>
        <source>Nghỉ phép, đi công tác, học tập: xếp lịch tự động không xếp cuộc họp của đồng chí vào những ngày này.</source>
        <translation>Leave, business trip, study: automatic planning puts none of this officer&apos;s meetings on these days.</translation>
    </message>
    <message>
        <source>Bỏ lịch vắng</source>
        <translation>Remove absence</translation>
    </message>
    <message>
        <source>%1 lần vắng</source>
        <translation>%1 absences</translation>
    </message>
    <message>
        <source>Báo vắng %1 từ %2 đến %3</source>
        <translation>Absence of %1 from %2 to %3</translation>
    </message>
    <message>
        <source>Bỏ lịch vắng của %1</source>
        <translation>Remove absence of %1</translation>
    </message>
</context>
<context>
    <name>UnitChanges</name>
    <message>
        <source>Sáp nhập…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Chọn trong cây hai đơn vị cùng cấp trở lên (giữ Ctrl khi bấm), rồi sáp nhập.</source>
        <translation>Select two or more units of one level in the tree (hold Ctrl while clicking), then merge.</translation>
    </message>
    <message>
        <source>Đổi tên từ ngày…</source>
        <translation>Rename from a date…</translation>
    </message>
    <message>
        <source>Tên mới áp dụng từ một ngày; các tháng trước vẫn in tên cũ. Sửa tên viết sai: Đổi tên…</source>
        <translation>The new name applies from a date; the months before still print the old name. To correct a misspelt name: Rename…</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Sáp nhập thành {name}</source>
        <translation>Merge into {name}</translation>
    </message>
    <message>
        <source>Giữ phân công cho {unit}</source>
        <translation>Keep assignments for {unit}</translation>
    </message>
    <message>
        <source>Đổi tên {old} từ ngày {day}</source>
        <translation>Rename {old} from {day}</translation>
    </message>
</context>
<context>
    <name>UnitStoryView</name>
    <message>
        <source>Thời gian</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Lịch sử đơn vị</source>
        <translation>Unit history</translation>
    </message>
    <message>
        <source>Chưa đổi tên, chưa sáp nhập.</source>
        <translation>Never renamed, never merged.</translation>
    </message>
    <message>
        <source>đến {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <source>Tên cũ: {name}</source>
        <translation>Former name: {name}</translation>
    </message>
    <message>
        <source>Sáp nhập từ {unit}</source>
        <translation>Merged from {unit}</translation>
    </message>
    <message>
        <source>Không có cán bộ phụ trách.</source>
        <translation>Nobody was in charge.</translation>
    </message>
    <message>
        <source>từ {day}</source>
        <translation>from {day}</translation>
    </message>
    <message>
        <source>Đã sáp nhập vào {unit}</source>
        <translation>Merged into {unit}</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>(Chưa thuộc {cluster})</source>
        <translation>(No {cluster})</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Thuộc</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Tìm đơn vị (không cần dấu)…</source>
        <translation>Search units (accents optional)…</translation>
    </message>
    <message>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Chuyển…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Cán bộ phụ trách, hiện nay và trước đây</source>
        <translation>Officers in charge, now and before</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Chọn một đơn vị</source>
        <translation>Choose a unit</translation>
    </message>
    <message>
        <source>Chọn một đơn vị trong cây để xem cán bộ phụ trách.</source>
        <translation>Choose a unit in the tree to see who is in charge.</translation>
    </message>
    <message>
        <source>Chưa có cán bộ phụ trách.</source>
        <translation>Nobody is in charge yet.</translation>
    </message>
    <message>
        <source>Thêm {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <source>Đổi tên đơn vị</source>
        <translation>Rename unit</translation>
    </message>
    <message>
        <source>Tên mới:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Đổi tên {old}</source>
        <translation>Rename {old}</translation>
    </message>
    <message>
        <source>Chuyển {name} sang…</source>
        <translation>Move {name} to…</translation>
    </message>
    <message>
        <source>Chuyển {name}</source>
        <translation>Move {name}</translation>
    </message>
    <message>
        <source>Xóa {unit}? Các phân công đang có sẽ kết thúc từ hôm nay; lịch sử phân công và lịch họp cũ vẫn được giữ lại.</source>
        <translation>Remove {unit}? Its current assignments end today; the assignment history and past meetings are kept.</translation>
    </message>
    <message>
        <source>Xóa {unit}</source>
        <translation>Remove {unit}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>dự thảo</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>đã duyệt</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>Bản %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Bản %1 — điều chỉnh lần %2</source>
        <translation>Version %1 — revision %2</translation>
    </message>
    <message>
        <source>số %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>Mở điều chỉnh lần %1</source>
        <translation>Open revision %1</translation>
    </message>
</context>
<context>
    <name>_ConfirmPage</name>
    <message>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Bấm «Nhập» để ghi tất cả trong một lần: {summary}

Nếu có lỗi, không có gì được ghi. Có thể hoàn tác lần nhập này (Sửa → Hoàn tác) khi dữ liệu nhập vào chưa được dùng tiếp.</source>
        <translation>Click “Import” to write everything at once: {summary}

If anything fails, nothing is written. This import can be undone (Edit → Undo) as long as the imported data has not been used further.</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Chọn tệp Excel</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <source>Danh sách cán bộ theo dõi, hỗ trợ {hamlet}; phân công dự sinh hoạt {cell}; phân công phụ trách {led}; hoặc tệp xuất từ DV Desk.</source>
        <translation>A list of {hamlet} support officers; of committee members attending {cell} meetings; of {led} leads; or a file exported from DV Desk.</translation>
    </message>
    <message>
        <source>Đường dẫn tệp .xlsx</source>
        <translation>Path of the .xlsx file</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Chưa ghi gì vào cơ sở dữ liệu.</source>
        <translation>Nothing has been written to the database yet.</translation>
    </message>
    <message>
        <source>Tệp đã đọc</source>
        <translation>File read</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Đọc được: {source}.</source>
        <translation>Read: {source}.</translation>
    </message>
    <message>
        <source>Dòng lỗi (phải sửa trong tệp):</source>
        <translation>Rows with errors (fix them in the file):</translation>
    </message>
    <message>
        <source>Tệp có {n} dòng lỗi nên chưa thể nhập; sửa tệp rồi chọn lại. Nếu sửa hết lỗi sẽ tạo: {summary}</source>
        <translation>The file has {n} row(s) with errors, so it cannot be imported yet; fix the file and choose it again. Once fixed it will create: {summary}</translation>
    </message>
    <message>
        <source>Sẽ ghi các mục được đánh dấu: {summary}</source>
        <translation>The ticked items will be written: {summary}</translation>
    </message>
    <message>
        <source>Sẽ tạo: {summary}</source>
        <translation>Will create: {summary}</translation>
    </message>
</context>
</TS>
