<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en_US">
<context>
    <name>CheckCompliance</name>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>A plan limit cannot be read: {}</source>
        <translation>Không đọc được một chỉ tiêu quy hoạch: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Buildings (height_m, floors, gfa_m2, use)</source>
        <translation>Công trình (height_m, floors, gfa_m2, use)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Canceled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Cannot connect to the PostGIS database of the layers: {}</source>
        <translation>Không kết nối được cơ sở dữ liệu PostGIS của các lớp: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Check planning compliance</source>
        <translation>Kiểm tra tuân thủ quy hoạch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Compliance by lot</source>
        <translation>Tuân thủ theo lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>HTML files (*.html)</source>
        <translation>Tệp HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Judging {} lots…</source>
        <translation>Đang đánh giá {} lô đất…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Land lots</source>
        <translation>Lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Lot code field</source>
        <translation>Trường mã lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Lot codes must be unique; repeated: {}.</source>
        <translation>Mã lô đất phải là duy nhất; mã bị lặp: {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Lots checked</source>
        <translation>Số lô đất đã kiểm tra</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Lots failing</source>
        <translation>Số lô đất không đạt</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Lots passing</source>
        <translation>Số lô đất đạt</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Lots with insufficient data</source>
        <translation>Số lô đất thiếu dữ liệu</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Measuring {} lots against {} buildings…</source>
        <translation>Đang đo {} lô đất với {} công trình…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Measuring {} lots in PostGIS…</source>
        <translation>Đang đo {} lô đất trong PostGIS…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Measuring {}: {}.</source>
        <translation>Đo {}: {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>No roads given: setbacks are not checked.</source>
        <translation>Không có lớp đường: khoảng lùi không được kiểm tra.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Planning zones (plan limits; empty: the lots' own attributes)</source>
        <translation>Phân khu quy hoạch (chỉ tiêu quy hoạch; để trống: dùng thuộc tính của chính lô đất)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Push-down not possible ({}); measuring in QGIS.</source>
        <translation>Không thể đẩy xuống PostGIS ({}); đo trong QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Push-down used (1) or not (0)</source>
        <translation>Có đẩy xuống PostGIS (1) hay không (0)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Report (CSV)</source>
        <translation>Báo cáo (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Report (HTML; the CSV is written next to it)</source>
        <translation>Báo cáo (HTML; tệp CSV được ghi bên cạnh)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Roads (lines with width_m, for setbacks)</source>
        <translation>Đường giao thông (đường có width_m, để kiểm tra khoảng lùi)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Rule packs (comma list of pack ids or .json/.csv files, overrides included)</source>
        <translation>Bộ quy tắc (danh sách mã bộ quy tắc hoặc tệp .json/.csv, cách nhau bằng dấu phẩy, kể cả bộ điều chỉnh)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Rule packs: {}</source>
        <translation>Bộ quy tắc: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Run in PostGIS when every layer is in the same database (push-down)</source>
        <translation>Chạy trong PostGIS khi mọi lớp nằm trong cùng một cơ sở dữ liệu (đẩy xuống PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>The buildings layer</source>
        <translation>Lớp công trình</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>The buildings layer has no field '{}': it is unknown for every building.</source>
        <translation>Lớp công trình không có trường '{}': giá trị này không xác định cho mọi công trình.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>The buildings layer has none of the fields height_m, floors, gfa_m2: heights, floors and floor areas cannot be known. Its fields are: {}.</source>
        <translation>Lớp công trình không có trường nào trong số height_m, floors, gfa_m2: không thể biết chiều cao, số tầng và diện tích sàn. Các trường của lớp là: {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>The lots could not be judged: {}</source>
        <translation>Không đánh giá được các lô đất: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>The lots could not be measured in PostGIS: {}</source>
        <translation>Không đo được các lô đất trong PostGIS: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>The lots could not be measured: {}</source>
        <translation>Không đo được các lô đất: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>The lots layer</source>
        <translation>Lớp lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>The lots layer has no lot to check.</source>
        <translation>Lớp lô đất không có lô đất nào để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>The planning zones layer</source>
        <translation>Lớp phân khu quy hoạch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>The roads layer</source>
        <translation>Lớp đường giao thông</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>The roads layer has a 'network' field: only its road links are used.</source>
        <translation>Lớp đường giao thông có trường 'network': chỉ dùng các đoạn đường của mạng lưới.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>The roads layer has no width_m field: setbacks to the road's red line need the road width. Its fields are: {}.</source>
        <translation>Lớp đường giao thông không có trường width_m: khoảng lùi so với chỉ giới đường đỏ cần bề rộng đường. Các trường của lớp là: {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Violations</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>in PostGIS (push-down)</source>
        <translation>trong PostGIS (đẩy xuống PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>in QGIS</source>
        <translation>trong QGIS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>{} lot(s) have no code. Every lot needs a code to be reported on.</source>
        <translation>{} lô đất không có mã. Mỗi lô đất cần có mã để đưa vào báo cáo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>{} lot(s) lie in no planning zone: no plan limit applies to them.</source>
        <translation>{} lô đất không nằm trong phân khu quy hoạch nào: không có chỉ tiêu quy hoạch nào áp dụng cho chúng.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>{} lots: {} pass, {} fail, {} insufficient data. Failing rules: {}</source>
        <translation>{} lô đất: {} đạt, {} không đạt, {} thiếu dữ liệu. Quy tắc không đạt: {}</translation>
    </message>
</context>
<context>
    <name>CreateStore</name>
    <message>
        <location filename="../processing/algorithms/store/create_store.py"/>
        <source>Create or upgrade twin store</source>
        <translation>Tạo hoặc nâng cấp kho dữ liệu bản sao số</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/store/create_store.py"/>
        <source>Created twin store {} (schema version {}).</source>
        <translation>Đã tạo kho dữ liệu bản sao số {} (phiên bản lược đồ {}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/store/create_store.py"/>
        <source>Schema version</source>
        <translation>Phiên bản lược đồ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/store/create_store.py"/>
        <source>Schema version before (-1: new store)</source>
        <translation>Phiên bản lược đồ trước đó (-1: kho mới)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/store/create_store.py"/>
        <source>Twin store</source>
        <translation>Kho dữ liệu bản sao số</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/store/create_store.py"/>
        <source>Twin store (a .gpkg file, or 'service=NAME' for PostGIS)</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=TÊN' cho PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/store/create_store.py"/>
        <source>Twin store {} is up to date (schema version {}).</source>
        <translation>Kho dữ liệu bản sao số {} đã ở phiên bản mới nhất (phiên bản lược đồ {}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/store/create_store.py"/>
        <source>Upgraded twin store {} from schema version {} to {}.</source>
        <translation>Đã nâng cấp kho dữ liệu bản sao số {} từ phiên bản lược đồ {} lên {}.</translation>
    </message>
</context>
<context>
    <name>DsezaAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/base.py"/>
        <source>Environment &amp; IoT</source>
        <translation>Môi trường &amp; IoT</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py"/>
        <source>Planning checks</source>
        <translation>Kiểm tra quy hoạch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py"/>
        <source>Twin data</source>
        <translation>Dữ liệu bản sao số</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py"/>
        <source>Twin store</source>
        <translation>Kho dữ liệu bản sao số</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py"/>
        <source>en</source>
        <comment>help language code: resources/help/&lt;code&gt;/</comment>
        <translation>vi</translation>
    </message>
</context>
<context>
    <name>EnvironmentalAlerts</name>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>'{}' is not a valid date and time.</source>
        <translation>'{}' không phải là ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Alerts written into the store</source>
        <translation>Số cảnh báo đã ghi vào kho</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Anomalies</source>
        <translation>Bất thường</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Canceled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Could not write the alert features.</source>
        <translation>Không ghi được các đối tượng cảnh báo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Environmental alerts</source>
        <translation>Cảnh báo môi trường</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Exceedances</source>
        <translation>Vượt ngưỡng</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Flag anomalies against each sensor's own history (robust z-score)</source>
        <translation>Đánh dấu bất thường so với lịch sử của chính từng cảm biến (z-score bền vững)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Limits marked uncertain in the pack (check before a decision): {}</source>
        <translation>Các ngưỡng được đánh dấu chưa chắc chắn trong bộ ngưỡng (cần kiểm tra trước khi ra quyết định): {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Report alerts whose window ends after</source>
        <translation>Báo cáo các cảnh báo có khoảng thời gian kết thúc sau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Report alerts whose window starts before</source>
        <translation>Báo cáo các cảnh báo có khoảng thời gian bắt đầu trước</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Threshold pack (a pack id or a .json file)</source>
        <translation>Bộ ngưỡng (mã bộ ngưỡng hoặc tệp .json)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Threshold pack: {}.</source>
        <translation>Bộ ngưỡng: {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Twin store (a .gpkg file, or 'service=NAME' for PostGIS)</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=TÊN' cho PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>Write new alerts into the store's alerts table</source>
        <translation>Ghi các cảnh báo mới vào bảng cảnh báo của kho</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>{} exceedances, {} anomalies; {} written into the store.</source>
        <translation>{} lần vượt ngưỡng, {} bất thường; {} đã ghi vào kho.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>{} new alerts written; {} were already in the store.</source>
        <translation>Đã ghi {} cảnh báo mới; {} cảnh báo đã có sẵn trong kho.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/environmental_alerts.py"/>
        <source>{} sensors, {} readings.</source>
        <translation>{} cảm biến, {} số đo.</translation>
    </message>
</context>
<context>
    <name>EnvironmentalBuffers</name>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Buffer conflicts</source>
        <translation>Xung đột vùng đệm</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Canceled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Conflicts found</source>
        <translation>Số xung đột tìm thấy</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Environmental buffers</source>
        <translation>Vùng đệm môi trường</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Facilities (code, kind, capacity: e.g. the twin's network nodes)</source>
        <translation>Công trình hạ tầng (code, kind, capacity: ví dụ các nút mạng lưới của bản sao số)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Functional areas (code, kind)</source>
        <translation>Khu chức năng (code, kind)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Give at least the planning zones or the lots, and the facilities for the wastewater plants.</source>
        <translation>Hãy cung cấp ít nhất lớp phân khu quy hoạch hoặc lớp lô đất, và lớp công trình hạ tầng cho các trạm xử lý nước thải.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Land lots (code, land_use, sector)</source>
        <translation>Lô đất (code, land_use, sector)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Looking for pairs closer than their required distance…</source>
        <translation>Đang tìm các cặp gần nhau hơn khoảng cách yêu cầu…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Lot code field</source>
        <translation>Trường mã lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Output geometry</source>
        <translation>Hình học đầu ra</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Planning zones (code, land_use)</source>
        <translation>Phân khu quy hoạch (code, land_use)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Rule packs (the green-strip width)</source>
        <translation>Bộ quy tắc (bề rộng dải cây xanh cách ly)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Safety-distance pack (empty: resources/rules/safety-distances.json)</source>
        <translation>Bộ khoảng cách an toàn (để trống: resources/rules/safety-distances.json)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Safety-distance pack {} {}.</source>
        <translation>Bộ khoảng cách an toàn {} {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>The facilities layer</source>
        <translation>Lớp công trình hạ tầng</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>The functional areas layer</source>
        <translation>Lớp khu chức năng</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>The lots layer</source>
        <translation>Lớp lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>The planning zones layer</source>
        <translation>Lớp phân khu quy hoạch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>{} conflict(s): {}</source>
        <translation>{} xung đột: {}</translation>
    </message>
</context>
<context>
    <name>ImportLayer</name>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Canceled: the store is unchanged.</source>
        <translation>Đã hủy: kho không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Feature {} rejected: {}</source>
        <translation>Đối tượng {} bị loại: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Features imported</source>
        <translation>Số đối tượng đã nhập</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Features inserted</source>
        <translation>Số đối tượng thêm mới</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Features rejected</source>
        <translation>Số đối tượng bị loại</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Features updated</source>
        <translation>Số đối tượng cập nhật</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Field map (source:target, …)</source>
        <translation>Ánh xạ trường (nguồn:đích, …)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Fields used: {}</source>
        <translation>Các trường được dùng: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Import layer into twin</source>
        <translation>Nhập lớp vào bản sao số</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Input fields not imported (no matching twin field): {}</source>
        <translation>Các trường đầu vào không được nhập (không có trường tương ứng trong bản sao số): {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Input layer</source>
        <translation>Lớp đầu vào</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Rejected features</source>
        <translation>Đối tượng bị loại</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>The input has no field for {} which layer '{}' requires. Its fields are: {}. Name the field with the field map, e.g. FIELD_MAP=ma_lo:code.</source>
        <translation>Lớp đầu vào không có trường cho {} mà lớp '{}' yêu cầu. Các trường của lớp là: {}. Hãy chỉ định trường bằng ánh xạ trường, ví dụ FIELD_MAP=ma_lo:code.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>The input layer has no CRS; its coordinates are taken as EPSG:5899 (VN-2000 / TM-3 107-45).</source>
        <translation>Lớp đầu vào không có hệ tọa độ; tọa độ được hiểu theo EPSG:5899 (VN-2000 / TM-3 107-45).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>The input layer has no features: nothing was imported.</source>
        <translation>Lớp đầu vào không có đối tượng nào: không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>The input layer has {} but the twin layer '{}' holds {}. Choose another twin layer or input.</source>
        <translation>Lớp đầu vào chứa {} nhưng lớp bản sao số '{}' chứa {}. Hãy chọn lớp bản sao số hoặc lớp đầu vào khác.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Twin layer</source>
        <translation>Lớp bản sao số</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Twin store (a .gpkg file, or 'service=NAME' for PostGIS)</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=TÊN' cho PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>{} features imported into {} ({} new, {} updated), {} rejected.</source>
        <translation>Đã nhập {} đối tượng vào {} ({} mới, {} cập nhật), {} bị loại.</translation>
    </message>
</context>
<context>
    <name>ImportReadingsCsv</name>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>CSV file of readings</source>
        <translation>Tệp CSV số đo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>Canceled: what was stored so far stays; running the import again stores the rest and nothing twice.</source>
        <translation>Đã hủy: những gì đã lưu vẫn được giữ; chạy lại lệnh nhập sẽ lưu phần còn lại và không lưu trùng.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>Choose the CSV file of readings to import.</source>
        <translation>Hãy chọn tệp CSV số đo cần nhập.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>Columns not in the mapping, not imported: {}</source>
        <translation>Các cột không có trong ánh xạ, không được nhập: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>Import sensor readings from CSV</source>
        <translation>Nhập số đo cảm biến từ CSV</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>Mapping: JSON text, a .json file, or a bundled mapping ({})</source>
        <translation>Ánh xạ: văn bản JSON, tệp .json, hoặc ánh xạ có sẵn ({})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>Missing values (gaps, not stored)</source>
        <translation>Giá trị bị thiếu (khoảng trống, không lưu)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>New readings</source>
        <translation>Số đo mới</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>Readings already stored</source>
        <translation>Số đo đã có trong kho</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>Sensors registered</source>
        <translation>Cảm biến đã đăng ký</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>Time zone of the file's times, overriding the mapping's (e.g. Asia/Ho_Chi_Minh, Europe/Rome, UTC+07:00)</source>
        <translation>Múi giờ của thời gian trong tệp, thay cho múi giờ của ánh xạ (ví dụ Asia/Ho_Chi_Minh, Europe/Rome, UTC+07:00)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>Twin store (a .gpkg file, or 'service=NAME' for PostGIS)</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=TÊN' cho PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>Values rejected (quarantined)</source>
        <translation>Giá trị bị loại (đưa vào bảng cách ly)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/import_readings_csv.py"/>
        <source>{} new readings, {} already stored, {} values rejected (see the quarantine table), {} missing values (gaps); {} sensors; {} lines in {:.1f} s ({:.0f} lines/s).</source>
        <translation>{} số đo mới, {} đã có trong kho, {} giá trị bị loại (xem bảng cách ly), {} giá trị bị thiếu (khoảng trống); {} cảm biến; {} dòng trong {:.1f} giây ({:.0f} dòng/giây).</translation>
    </message>
</context>
<context>
    <name>LoadDemoTwin</name>
    <message>
        <location filename="../processing/algorithms/data/load_demo_twin.py"/>
        <source>Canceled: the store is unchanged.</source>
        <translation>Đã hủy: kho không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/load_demo_twin.py"/>
        <source>Created twin store {}.</source>
        <translation>Đã tạo kho dữ liệu bản sao số {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/load_demo_twin.py"/>
        <source>Days of hourly sensor readings</source>
        <translation>Số ngày số đo cảm biến theo giờ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/load_demo_twin.py"/>
        <source>End of the readings (default: today 00:00, Da Nang time)</source>
        <translation>Thời điểm kết thúc số đo (mặc định: 00:00 hôm nay, giờ Đà Nẵng)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/load_demo_twin.py"/>
        <source>Generating the demo twin (seed {}, scale {}, {} days)…</source>
        <translation>Đang tạo bản sao số mẫu (hạt giống {}, tỷ lệ {}, {} ngày)…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/load_demo_twin.py"/>
        <source>Load Da Nang demo twin</source>
        <translation>Nạp bản sao số mẫu Đà Nẵng</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/load_demo_twin.py"/>
        <source>Random seed</source>
        <translation>Hạt giống ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/load_demo_twin.py"/>
        <source>Scale (multiplies lots and buildings)</source>
        <translation>Tỉ lệ (nhân số lô đất và công trình)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/load_demo_twin.py"/>
        <source>The end of the readings is not a valid date and time.</source>
        <translation>Thời điểm kết thúc số đo không phải là ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/load_demo_twin.py"/>
        <source>Twin store (a .gpkg file, or 'service=NAME' for PostGIS)</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=TÊN' cho PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/load_demo_twin.py"/>
        <source>{} written</source>
        <translation>Đã ghi {}</translation>
    </message>
</context>
<context>
    <name>PlanningChecks</name>
    <message>
        <location filename="../processing/algorithms/planning/layer_io.py"/>
        <source>Canceled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/layer_io.py"/>
        <source>Could not write the features: {}</source>
        <translation>Không ghi được các đối tượng: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/rules_access.py"/>
        <source>No rule pack was given: name at least one, e.g. qcvn01-2021.</source>
        <translation>Chưa có bộ quy tắc nào: hãy chỉ định ít nhất một bộ, ví dụ qcvn01-2021.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/rules_access.py"/>
        <source>Rule pack problem: {}</source>
        <translation>Lỗi bộ quy tắc: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/rules_access.py"/>
        <source>The roads layer has a 'network' field: only its {} road link(s) are used ({} others left out).</source>
        <translation>Lớp đường giao thông có trường 'network': chỉ dùng {} đoạn đường của mạng lưới ({} đoạn khác bị bỏ qua).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/layer_io.py"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/layer_io.py"/>
        <source>{} feature(s) of {} have a geometry that cannot be read and were left out.</source>
        <translation>{} đối tượng của {} có hình học không đọc được và đã bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/layer_io.py"/>
        <source>{} feature(s) of {} have no geometry and were left out.</source>
        <translation>{} đối tượng của {} không có hình học và đã bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/layer_io.py"/>
        <source>{} has no CRS; its coordinates are taken as EPSG:5899.</source>
        <translation>{} không có hệ tọa độ; tọa độ được hiểu theo EPSG:5899.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/layer_io.py"/>
        <source>{} has no field {}. Its fields are: {}.</source>
        <translation>{} không có trường {}. Các trường của lớp là: {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/layer_io.py"/>
        <source>{} invalid geometr(ies) of {} were repaired (make_valid) before measuring.</source>
        <translation>{} hình học không hợp lệ của {} đã được sửa (make_valid) trước khi đo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/layer_io.py"/>
        <source>{} must be a layer of {}, but it holds {}.</source>
        <translation>{} phải là lớp {}, nhưng lớp này chứa {}.</translation>
    </message>
</context>
<context>
    <name>SyncMqtt</name>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source> for {:g} s</source>
        <translation> trong {:g} giây</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Broker authentication (Basic; optional)</source>
        <translation>Xác thực với broker (Basic; không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Canceled: the messages received were stored and acknowledged; the broker keeps the rest for the next run.</source>
        <translation>Đã hủy: các tin nhắn đã nhận được lưu và xác nhận; broker giữ phần còn lại cho lần chạy sau.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Field mapping of plain JSON topics (JSON text or a .json file)</source>
        <translation>Ánh xạ trường của các topic JSON thuần (văn bản JSON hoặc tệp .json)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Listening to {} on {} as client '{}'{}.</source>
        <translation>Đang lắng nghe {} trên {} với client '{}'{}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>MQTT broker (host:port)</source>
        <translation>Broker MQTT (máy:cổng)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>MQTT client id of the persistent session (default: from store and topics)</source>
        <translation>Mã client MQTT của phiên lâu dài (mặc định: suy từ kho và các topic)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Messages rejected (quarantined)</source>
        <translation>Tin nhắn bị loại (đưa vào bảng cách ly)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Messages stored</source>
        <translation>Tin nhắn đã lưu</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>New readings</source>
        <translation>Số đo mới</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Readings already stored</source>
        <translation>Số đo đã có trong kho</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>SensorThings service registering unknown datastreams (optional)</source>
        <translation>Dịch vụ SensorThings để đăng ký các luồng dữ liệu chưa biết (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Sensors with readings</source>
        <translation>Cảm biến có số đo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Stop after this many messages</source>
        <translation>Dừng sau số tin nhắn này</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Stop after this many seconds (0: until canceled)</source>
        <translation>Dừng sau số giây này (0: cho đến khi hủy)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Sync MQTT readings</source>
        <translation>Đồng bộ số đo MQTT</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>The SensorThings service URL must start with http:// or https://.</source>
        <translation>URL dịch vụ SensorThings phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>The authentication configuration '{}' cannot give the broker a user name and password: {}</source>
        <translation>Cấu hình xác thực '{}' không cung cấp được tên người dùng và mật khẩu cho broker: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Time zone of times without one</source>
        <translation>Múi giờ cho các thời điểm không ghi múi giờ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Topics (comma-separated; + and # wildcards allowed)</source>
        <translation>Topic (cách nhau bằng dấu phẩy; cho phép ký tự đại diện + và #)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>Twin store (a .gpkg file, or 'service=NAME' for PostGIS)</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=TÊN' cho PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_mqtt.py"/>
        <source>{} messages: {} new readings, {} already stored, {} rejected (see the quarantine table); {} sensors.</source>
        <translation>{} tin nhắn: {} số đo mới, {} đã có trong kho, {} bị loại (xem bảng cách ly); {} cảm biến.</translation>
    </message>
</context>
<context>
    <name>SyncSensorThings</name>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>Authentication (QGIS authcfg: Basic, OAuth2…; optional)</source>
        <translation>Xác thực (authcfg của QGIS: Basic, OAuth2…; không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>Canceled: what was stored so far stays; the next run goes on from there.</source>
        <translation>Đã hủy: những gì đã lưu vẫn được giữ; lần chạy sau sẽ tiếp tục từ đó.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>For datastreams never synced: readings after</source>
        <translation>Với các luồng dữ liệu chưa từng đồng bộ: lấy số đo sau thời điểm</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>New readings</source>
        <translation>Số đo mới</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>Observations rejected (quarantined)</source>
        <translation>Quan trắc bị loại (đưa vào bảng cách ly)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>Only these datastreams (ids or names, comma-separated)</source>
        <translation>Chỉ các luồng dữ liệu này (mã hoặc tên, cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>Readings already stored</source>
        <translation>Số đo đã có trong kho</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>SINCE is not a valid date and time.</source>
        <translation>SINCE không phải là ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>SensorThings service URL (e.g. https://host/FROST-Server/v1.1)</source>
        <translation>URL dịch vụ SensorThings (ví dụ https://host/FROST-Server/v1.1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>Sensors registered</source>
        <translation>Cảm biến đã đăng ký</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>Stop after about this many observations (whole pages)</source>
        <translation>Dừng sau khoảng số quan trắc này (theo trọn trang)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>Sync SensorThings API readings</source>
        <translation>Đồng bộ số đo SensorThings API</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>The service URL must not hold a user name or password: put them in a QGIS authentication configuration and choose it under Authentication.</source>
        <translation>URL dịch vụ không được chứa tên người dùng hoặc mật khẩu: hãy đặt chúng trong một cấu hình xác thực của QGIS và chọn cấu hình đó ở mục Xác thực.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>The service URL must start with http:// or https://.</source>
        <translation>URL dịch vụ phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>Twin store (a .gpkg file, or 'service=NAME' for PostGIS)</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=TÊN' cho PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/environment/sync_sensorthings.py"/>
        <source>{} new readings, {} already stored, {} rejected (see the quarantine table); {} sensors.</source>
        <translation>{} số đo mới, {} đã có trong kho, {} bị loại (xem bảng cách ly); {} cảm biến.</translation>
    </message>
</context>
<context>
    <name>ZoneIndicators</name>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Buildings (gfa_m2, floors)</source>
        <translation>Công trình (gfa_m2, floors)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Canceled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Compliance result (output of 'Check planning compliance')</source>
        <translation>Kết quả tuân thủ (đầu ra của 'Kiểm tra tuân thủ quy hoạch')</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Compliance verdicts found for {} of {} lots.</source>
        <translation>Tìm thấy kết luận tuân thủ cho {} trên {} lô đất.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Computing indicators of {} zones and {} lots…</source>
        <translation>Đang tính chỉ tiêu của {} phân khu và {} lô đất…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Functional area indicators</source>
        <translation>Chỉ tiêu khu chức năng</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Functional areas (code, kind)</source>
        <translation>Khu chức năng (code, kind)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>High-tech sectors (comma list; empty: the built-in list)</source>
        <translation>Ngành công nghệ cao (danh sách cách nhau bằng dấu phẩy; để trống: danh sách có sẵn)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Land lots (code, land_use, status, sector, employees, registered_capital_usd)</source>
        <translation>Lô đất (code, land_use, status, sector, employees, registered_capital_usd)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Lot code field</source>
        <translation>Trường mã lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Planning zone indicators</source>
        <translation>Chỉ tiêu phân khu quy hoạch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Planning zones (code, land_use, area_code, max_coverage_pct, max_far)</source>
        <translation>Phân khu quy hoạch (code, land_use, area_code, max_coverage_pct, max_far)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Roads (lines with width_m)</source>
        <translation>Đường giao thông (đường có width_m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Rule packs (Table 2.6 minimums)</source>
        <translation>Bộ quy tắc (mức tối thiểu của Bảng 2.6)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Rule packs: {}. Table 2.6 minimums: {}</source>
        <translation>Bộ quy tắc: {}. Mức tối thiểu của Bảng 2.6: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>The buildings layer</source>
        <translation>Lớp công trình</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>The compliance layer</source>
        <translation>Lớp kết quả tuân thủ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>The functional areas layer</source>
        <translation>Lớp khu chức năng</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>The lots layer</source>
        <translation>Lớp lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>The lots layer has no field '{}': the indicators that need it are empty.</source>
        <translation>Lớp lô đất không có trường '{}': các chỉ tiêu cần trường này sẽ để trống.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>The planning zones layer</source>
        <translation>Lớp phân khu quy hoạch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>The roads layer</source>
        <translation>Lớp đường giao thông</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>The roads layer has no width_m field: roads are left out of the transport share.</source>
        <translation>Lớp đường giao thông không có trường width_m: đường giao thông không được tính vào tỷ lệ đất giao thông.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>Zone indicators</source>
        <translation>Chỉ tiêu phân khu</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>none in the packs</source>
        <translation>không có trong các bộ quy tắc</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_indicators.py"/>
        <source>{} functional areas and {} zones; {} of them with an indicator off its limit.</source>
        <translation>{} khu chức năng và {} phân khu; {} trong số đó có chỉ tiêu vượt giới hạn.</translation>
    </message>
</context>
<context>
    <name>ZoneReport</name>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>Area {}: {} sensors, {} daily means from {} to {}.</source>
        <translation>Khu {}: {} cảm biến, {} giá trị trung bình ngày từ {} đến {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>Canceled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>Choose a PDF file to write the report to.</source>
        <translation>Hãy chọn tệp PDF để ghi báo cáo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>Daily means in the sensor chart</source>
        <translation>Số giá trị trung bình ngày trong biểu đồ cảm biến</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>Functional area code (e.g. DN-HTP)</source>
        <translation>Mã khu chức năng (ví dụ DN-HTP)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>Language of the report: vi (Vietnamese) or en (English)</source>
        <translation>Ngôn ngữ của báo cáo: vi (tiếng Việt) hoặc en (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>Report (PDF)</source>
        <translation>Báo cáo (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>Report of {} written to {}: {} pages in {:.1f} s.</source>
        <translation>Đã ghi báo cáo của {} vào {}: {} trang trong {:.1f} giây.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>The indicators of area {} could not be computed.</source>
        <translation>Không tính được các chỉ tiêu của khu {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>The report could not be written to {} (layout export error {}).</source>
        <translation>Không ghi được báo cáo vào {} (lỗi xuất bố cục {}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>The report template has no item '{}'.</source>
        <translation>Mẫu báo cáo không có thành phần '{}'.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>The report template {} could not be loaded.</source>
        <translation>Không nạp được mẫu báo cáo {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>The report template {} is missing.</source>
        <translation>Thiếu mẫu báo cáo {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>The report template {} is not valid XML.</source>
        <translation>Mẫu báo cáo {} không phải là XML hợp lệ.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>The twin layer '{}' could not be opened ({} source).</source>
        <translation>Không mở được lớp bản sao số '{}' (nguồn {}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>Twin store (.gpkg file, or 'service=NAME schema=twin')</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=TÊN schema=twin')</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>Zone report (PDF fact sheet)</source>
        <translation>Báo cáo khu (bản thông tin PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>{} lots, {} planning zones, {} buildings and {} network links around the area.</source>
        <translation>{} lô đất, {} phân khu quy hoạch, {} công trình và {} tuyến mạng lưới quanh khu.</translation>
    </message>
</context>
</TS>
