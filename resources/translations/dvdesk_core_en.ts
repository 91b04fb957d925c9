<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
  <context>
    <name>Messages</name>
    <message>
      <source>Chưa thuộc {cluster}</source>
      <translation>Not in a {cluster}</translation>
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
      <source>Cán bộ theo dõi, hỗ trợ {unit}</source>
      <translation>Support officer of the {unit}</translation>
    </message>
    <message>
      <source>Còn {count} đơn vị khác chưa có {role}.</source>
      <translation>{count} more units have no {role}.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu {db} đã có dữ liệu; dùng --force để thay bằng dữ liệu mẫu.</source>
      <translation>The database {db} already holds data; use --force to replace it with the sample data.</translation>
    </message>
    <message>
      <source>Cấp ủy phụ trách {unit}</source>
      <translation>Committee member in charge of the {unit}</translation>
    </message>
    <message>
      <source>Cần ghi lý do chấp nhận xung đột (ví dụ: cán bộ dự lần lượt hai chi bộ cùng ấp).</source>
      <translation>Write why the conflict is accepted (for example: the officer attends the two cells of one hamlet one after the other).</translation>
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
      <source>Cần {what} (YYYY-MM-DD).</source>
      <translation>{what} is needed (YYYY-MM-DD).</translation>
    </message>
    <message>
      <source>Cần ít nhất hai đơn vị để sáp nhập.</source>
      <translation>A merge needs at least two units.</translation>
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
      <source>Không có cấp đơn vị {kind}; có: {known}.</source>
      <translation>There is no unit level {kind}; the levels are: {known}.</translation>
    </message>
    <message>
      <source>Không có gì để sửa: hãy cho --email ĐỊA_CHỈ (hoặc --email "" để xóa).</source>
      <translation>Nothing to change: give --email ADDRESS (or --email "" to remove it).</translation>
    </message>
    <message>
      <source>Không có mẫu tổ chức {code}; có: {known}.</source>
      <translation>There is no organization preset {code}; the presets are: {known}.</translation>
    </message>
    <message>
      <source>Không có vai trò {unknown}; các vai trò: {known}.</source>
      <translation>There is no role {unknown}; the roles are: {known}.</translation>
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
      <source>Không hoàn tác được lần nhập Excel này vì dữ liệu nhập vào đã được dùng tiếp (phân công, lịch họp hoặc đơn vị mới); hãy sửa trực tiếp.</source>
      <translation>This Excel import cannot be undone: what it brought in is already used further (assignments, meetings or new units); change it directly.</translation>
    </message>
    <message>
      <source>Không hoàn tác được việc sáp nhập: {unit} đã có phân công, lịch họp hoặc đơn vị mới; hãy hoàn tác những việc đó trước.</source>
      <translation>The merge cannot be undone: {unit} already has assignments, meetings or new units; undo those first.</translation>
    </message>
    <message>
      <source>Loại đơn vị không hợp lệ: {code} (có: {known}).</source>
      <translation>Unknown unit type: {code} (the types are: {known}).</translation>
    </message>
    <message>
      <source>Lãnh đạo tỉnh phụ trách</source>
      <translation>Provincial leader in charge</translation>
    </message>
    <message>
      <source>Ngày</source>
      <translation>Date</translation>
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
      <source>Ngày đổi tên</source>
      <translation>Date of the new name</translation>
    </message>
    <message>
      <source>Phân công {role} của {unit} cho đồng chí {officer} vẫn còn hiệu lực dù {why}.</source>
      <translation>The assignment of comrade {officer} as {role} of {unit} is still in force although {why}.</translation>
    </message>
    <message>
      <source>Quy mô không hợp lệ: {scale} (district, province hoặc commune).</source>
      <translation>Unknown scale: {scale} (district, province or commune).</translation>
    </message>
    <message>
      <source>Theo dõi {unit}</source>
      <translation>Follows the {unit}</translation>
    </message>
    <message>
      <source>Thiếu tên {level} (chỉ bỏ trống được khi cơ sở dữ liệu có một {word}).</source>
      <translation>The {level} name is missing (it may be left out only when the database has one {word}).</translation>
    </message>
    <message>
      <source>Tiếp tục sau sáp nhập ({unit})</source>
      <translation>Continued after the merge ({unit})</translation>
    </message>
    <message>
      <source>Trưởng {unit}</source>
      <translation>{unit} leader</translation>
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
      <source>Vai trò {role} không dùng cho cấp này.</source>
      <translation>The role {role} does not apply to this level.</translation>
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
      <source>cán bộ đã thôi công tác</source>
      <translation>the officer no longer works here</translation>
    </message>
    <message>
      <source>structure.preset phải là một trong {known}, không phải {value!r}.</source>
      <translation>structure.preset must be one of {known}, not {value!r}.</translation>
    </message>
    <message>
      <source>{count} cuộc họp: {meetings}</source>
      <translation>{count} meetings: {meetings}</translation>
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
      <source>{meeting} xếp ngày {day} nhưng tháng này không có khung ngày họp nào cho đơn vị này.</source>
      <translation>{meeting} is placed on {day} but this month has no meeting window for this unit.</translation>
    </message>
    <message>
      <source>{meeting} xếp ngày {day}, ngoài khung ngày {window}.</source>
      <translation>{meeting} is placed on {day}, outside its window {window}.</translation>
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
      <source>đơn vị đã bị xóa</source>
      <translation>the unit was removed</translation>
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
