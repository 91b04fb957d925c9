<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
  <context>
    <name>Messages</name>
    <message>
      <source> (bản sao trước khi nâng cấp: {name})</source>
      <translation> (copy made before the upgrade: {name})</translation>
    </message>
    <message>
      <source> (số {number})</source>
      <translation> (no. {number})</translation>
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
      <source>Bản sao lưu {file} thuộc lược đồ {revision}, cơ sở dữ liệu đang ở lược đồ {current}; hãy dùng phiên bản DV Desk cùng lược đồ.</source>
      <translation>The backup {file} has schema {revision} but the database has schema {current}; use the DV Desk version with the same schema.</translation>
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
      <source>Chưa thuộc {cluster}</source>
      <translation>Not in a {cluster}</translation>
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
      <source>Chức vụ</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Cài đặt “{setting}”: {value}</source>
      <translation>Setting “{setting}”: {value}</translation>
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
      <source>Cán bộ {officer} vừa được người khác khôi phục; hãy tải lại.</source>
      <translation>Officer {officer} was just restored by someone else; please reload.</translation>
    </message>
    <message>
      <source>Cán bộ {officer} đã được người khác thay đổi; hãy tải lại rồi sửa.</source>
      <translation>Officer {officer} was changed by someone else; reload, then edit again.</translation>
    </message>
    <message>
      <source>Còn {count} đơn vị khác chưa có {role}.</source>
      <translation>{count} more units have no {role}.</translation>
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
      <source>Cấp không hợp lệ: {level} (tỉnh / huyện / xã / ấp).</source>
      <translation>Invalid level: {level} (tinh / huyen / xa / ap).</translation>
    </message>
    <message>
      <source>Cấp ủy phụ trách {unit}</source>
      <translation>Committee member in charge of the {unit}</translation>
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
      <source>Cần tên tệp để ghi, không phải {path}.</source>
      <translation>A file name is needed to write to, not {path}.</translation>
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
      <source>Ghi chú</source>
      <translation>Note</translation>
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
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Họ và tên cán bộ không được để trống.</source>
      <translation>The officer's full name cannot be empty.</translation>
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
      <source>Không có cán bộ mã {id}.</source>
      <translation>There is no officer with id {id}.</translation>
    </message>
    <message>
      <source>Không có cán bộ mã {key} trong trang “Cán bộ”.</source>
      <translation>There is no officer with code {key} on the “Cán bộ” sheet.</translation>
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
      <source>Không có gì để sửa: hãy cho --email ĐỊA_CHỈ (hoặc --email "" để xóa).</source>
      <translation>Nothing to change: give --email ADDRESS (or --email "" to remove it).</translation>
    </message>
    <message>
      <source>Không có lịch vắng mã {id} (xem: dvdesk unavailable list).</source>
      <translation>There is no absence with id {id} (see: dvdesk unavailable list).</translation>
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
      <source>Không có nhóm cài đặt {section}.</source>
      <translation>There is no settings group {section}.</translation>
    </message>
    <message>
      <source>Không có phân công mã {id}.</source>
      <translation>There is no assignment with id {id}.</translation>
    </message>
    <message>
      <source>Không có quyền ghi vào thư mục của {path} (chỉ đọc, hoặc tệp đang mở trong chương trình khác); hãy chọn thư mục khác.</source>
      <translation>No permission to write in the folder of {path} (read-only, or the file is open in another program); choose another folder.</translation>
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
      <source>Không ghi được {path} (mã lỗi hệ thống {code}).</source>
      <translation>{path} could not be written (system error code {code}).</translation>
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
      <source>Không tìm thấy máy chủ “{host}” (sai tên máy hoặc không có mạng).</source>
      <translation>The server “{host}” was not found (wrong host name, or no network).</translation>
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
      <source>Không đọc được bản sao lưu {file}.</source>
      <translation>The backup {file} cannot be read.</translation>
    </message>
    <message>
      <source>Kiểu bảo mật (mail.security) phải là starttls, ssl hoặc none, không phải {value}.</source>
      <translation>The security mode (mail.security) must be starttls, ssl or none, not {value}.</translation>
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
      <source>Loại đơn vị không hợp lệ: {code} (có: {known}).</source>
      <translation>Unknown unit type: {code} (the types are: {known}).</translation>
    </message>
    <message>
      <source>Loại ấp không hợp lệ: {kind}.</source>
      <translation>Invalid hamlet kind: {kind}.</translation>
    </message>
    <message>
      <source>Lãnh đạo tỉnh phụ trách</source>
      <translation>Provincial leader in charge</translation>
    </message>
    <message>
      <source>Lý do vắng dài {length} ký tự, quá {limit} ký tự.</source>
      <translation>The reason for absence is {length} characters long, more than {limit}.</translation>
    </message>
    <message>
      <source>Lịch này đã được người khác thay đổi trong lúc nhập; hãy xem trước rồi nhập lại.</source>
      <translation>Someone else changed this calendar during the import; preview it again, then import.</translation>
    </message>
    <message>
      <source>Lịch tháng {month} bản {version}</source>
      <translation>Calendar {month}, version {version}</translation>
    </message>
    <message>
      <source>Lịch tháng {month} chưa có bản đã duyệt; chỉ gửi lịch đã duyệt.</source>
      <translation>The calendar for {month} has no approved version yet; only an approved calendar is sent.</translation>
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
      <source>Ngày chuyển giao</source>
      <translation>Handover date</translation>
    </message>
    <message>
      <source>Ngày chuyển giao phải sau ngày bắt đầu {start} của phân công hiện tại.</source>
      <translation>The handover date must be after {start}, when the current assignment started.</translation>
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
      <source>Ngày xóa</source>
      <translation>Removal date</translation>
    </message>
    <message>
      <source>Ngày đổi tên</source>
      <translation>Date of the new name</translation>
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
      <source>Nhóm {section} không có cài đặt {name} (có: {known}).</source>
      <translation>The group {section} has no setting {name} (it has: {known}).</translation>
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
      <source>Quy mô không hợp lệ: {scale} (district, province hoặc commune).</source>
      <translation>Unknown scale: {scale} (district, province or commune).</translation>
    </message>
    <message>
      <source>Số quyết định</source>
      <translation>Decision number</translation>
    </message>
    <message>
      <source>Sổ tính xuất từ DV Desk: {units} đơn vị, {officers} cán bộ, {assignments} phân công</source>
      <translation>Workbook exported from DV Desk: {units} units, {officers} officers, {assignments} assignments</translation>
    </message>
    <message>
      <source>Theo dõi {unit}</source>
      <translation>Follows the {unit}</translation>
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
      <source>Thiếu tên ấp, khu phố.</source>
      <translation>The hamlet's name is missing.</translation>
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
      <source>Tiếp tục sau sáp nhập ({unit})</source>
      <translation>Continued after the merge ({unit})</translation>
    </message>
    <message>
      <source>Trang khóa đối chiếu của tệp không đọc được: tệp được nhập như danh sách mới, đối chiếu đơn vị và cán bộ theo tên.</source>
      <translation>The file's sheet of keys cannot be read: it is imported as a new list, matching units and officers by name.</translation>
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
      <source>Trưởng cụm cần ghi tên cụm.</source>
      <translation>A cluster leader needs the cluster's name.</translation>
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
      <source>chưa xếp ngày</source>
      <translation>no day yet</translation>
    </message>
    <message>
      <source>cán bộ #{id}</source>
      <translation>officer #{id}</translation>
    </message>
    <message>
      <source>cán bộ đã thôi công tác</source>
      <translation>the officer no longer works here</translation>
    </message>
    <message>
      <source>danh sách cán bộ theo dõi, hỗ trợ ấp, khu phố</source>
      <translation>list of hamlet support officers</translation>
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
      <source>dự thảo</source>
      <translation>draft</translation>
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
      <source>structure.preset phải là một trong {known}, không phải {value!r}.</source>
      <translation>structure.preset must be one of {known}, not {value!r}.</translation>
    </message>
    <message>
      <source>{change}, địa điểm “{place}”</source>
      <translation>{change}, at “{place}”</translation>
    </message>
    <message>
      <source>{clusters} cụm, {communes} xã, {hamlets} ấp, {cells} chi bộ, {groups} tổ NDTQ, {officers} cán bộ mới ({matched_officers} cán bộ đã có), {assignments} phân công</source>
      <translation>{clusters} clusters, {communes} communes, {hamlets} hamlets, {cells} cells, {groups} self-management groups, {officers} new officers ({matched_officers} already recorded), {assignments} assignments</translation>
    </message>
    <message>
      <source>{count} cuộc họp: {meetings}</source>
      <translation>{count} meetings: {meetings}</translation>
    </message>
    <message>
      <source>{count} ô gõ bằng {encoding}</source>
      <translation>{count} cells typed in {encoding}</translation>
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
      <source>{path} là một thư mục; hãy ghi rõ tên tệp.</source>
      <translation>{path} is a folder; give the file's name.</translation>
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
      <source>{problem}.</source>
      <translation>{problem}.</translation>
    </message>
    <message>
      <source>{role} {unit}: {before} → {after} (từ {start})</source>
      <translation>{role} {unit}: {before} → {after} (from {start})</translation>
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
      <source>{what} phải có dạng YYYY-MM-DD (ví dụ 2026-12-10), không phải {value}.</source>
      <translation>{what} must look like YYYY-MM-DD (for example 2026-12-10), not {value}.</translation>
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
      <source>Điện thoại</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Điện thoại {problem}.</source>
      <translation>Phone: {problem}.</translation>
    </message>
    <message>
      <source>Đơn vị công tác</source>
      <translation>Workplace</translation>
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
      <source>đã duyệt số {number}</source>
      <translation>approved, no. {number}</translation>
    </message>
    <message>
      <source>đơn vị đã bị xóa</source>
      <translation>the unit was removed</translation>
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
