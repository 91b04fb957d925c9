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
        <source>ví dụ: cán bộ dự lần lượt hai chi bộ cùng ấp</source>
        <translation>e.g. the officer attends the two cells of one hamlet one after the other</translation>
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
        <source>Lọc theo đơn vị, xã, cán bộ (không cần dấu)…</source>
        <translation>Filter by unit, commune or officer (accents optional)…</translation>
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
        <source>Xã</source>
        <translation>Commune</translation>
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
        <source>phụ trách xã</source>
        <translation>commune lead</translation>
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
        <source>theo dõi ấp</source>
        <translation>hamlet support</translation>
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
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>CSDL: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>{clusters} cụm · {communes} xã · {hamlets} ấp · {officers} cán bộ</source>
        <translation>{clusters} clusters · {communes} communes · {hamlets} hamlets · {officers} officers</translation>
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
        <source>Báo cáo</source>
        <translation>Reports</translation>
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
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Trưởng cụm</source>
        <translation>Leader of</translation>
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
        <source>chi bộ</source>
        <translation>cells</translation>
    </message>
    <message>
        <source>tổ NDTQ</source>
        <translation>groups</translation>
    </message>
    <message>
        <source>ấp</source>
        <translation>hamlets</translation>
    </message>
    <message>
        <source>xã phụ trách</source>
        <translation>communes in charge</translation>
    </message>
    <message>
        <source>xã (LĐ tỉnh)</source>
        <translation>communes (provincial liaison)</translation>
    </message>
    <message>
        <source>cụm</source>
        <translation>clusters</translation>
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
        <source>Cụm:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Xã:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Ấp:</source>
        <translation>Hamlet:</translation>
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
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>(Chưa thuộc cụm)</source>
        <translation>(No cluster)</translation>
    </message>
    <message>
        <source>{n} xã</source>
        <translation>{n} communes</translation>
    </message>
    <message>
        <source>{hamlets} ấp · {cells} chi bộ</source>
        <translation>{hamlets} hamlets · {cells} cells</translation>
    </message>
    <message>
        <source>{n} tổ</source>
        <translation>{n} groups</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Party cells</translation>
    </message>
    <message>
        <source>{n} chi bộ</source>
        <translation>{n} cells</translation>
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
        <source>Danh sách cán bộ theo dõi, hỗ trợ ấp; phân công dự sinh hoạt chi bộ; phân công phụ trách cụm, xã; hoặc tệp xuất từ DV Desk.</source>
        <translation>A list of hamlet support officers; of committee members attending party cells; of cluster and commune leads; or a file exported from DV Desk.</translation>
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
