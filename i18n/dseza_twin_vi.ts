<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en_US">
<context>
    <name>AsOf</name>
    <message>
        <location filename="../processing/algorithms/governance/as_of.py"/>
        <source>'{}' keeps no history; the layers with a history are: {}</source>
        <translation>'{}' không lưu lịch sử; các lớp có lịch sử là: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/as_of.py"/>
        <source>As of (a date alone: the end of that day in Da Nang)</source>
        <translation>Tại thời điểm (chỉ có ngày: cuối ngày đó theo giờ Đà Nẵng)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/as_of.py"/>
        <source>Canceled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/as_of.py"/>
        <source>Features</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/as_of.py"/>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/as_of.py"/>
        <source>Layer as of the date</source>
        <translation>Lớp tại thời điểm đó</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/as_of.py"/>
        <source>Reading {} as of {} (UTC)…</source>
        <translation>Đang đọc {} tại thời điểm {} (UTC)…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/as_of.py"/>
        <source>The date is not a valid date (such as 2026-06-30).</source>
        <translation>Ngày không hợp lệ (ví dụ 2026-06-30).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/as_of.py"/>
        <source>Twin layer as of a date</source>
        <translation>Lớp bản sao số tại một thời điểm</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/as_of.py"/>
        <source>Twin store (a .gpkg file, or 'service=NAME' for PostGIS)</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=TÊN' cho PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/as_of.py"/>
        <source>{} feature(s) of {} as of the date.</source>
        <translation>{} đối tượng của {} tại thời điểm đó.</translation>
    </message>
</context>
<context>
    <name>BuildableEnvelope</name>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Buildable envelope (3D)</source>
        <translation>Khối bao xây dựng (3D)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Buildable envelopes</source>
        <translation>Khối bao xây dựng</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Building the envelopes of {} lots…</source>
        <translation>Đang dựng khối bao cho {} lô đất…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Buildings already there (height_m, floors, gfa_m2, use)</source>
        <translation>Công trình hiện có (height_m, floors, gfa_m2, use)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Canceled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Land lots</source>
        <translation>Lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Lot code field</source>
        <translation>Trường mã lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Lots</source>
        <translation>Số lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Lots with an envelope</source>
        <translation>Số lô đất có khối bao</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Maximum GFA, all lots (m²)</source>
        <translation>Tổng diện tích sàn tối đa, mọi lô đất (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Planning zones (plan limits; empty: the lots' own attributes)</source>
        <translation>Phân khu quy hoạch (chỉ tiêu quy hoạch; để trống: dùng thuộc tính của chính lô đất)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Remaining buildable GFA, all lots (m²)</source>
        <translation>Tổng diện tích sàn còn được xây dựng, mọi lô đất (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Roads (lines with width_m, for setbacks)</source>
        <translation>Đường giao thông (đường có width_m, để tính khoảng lùi)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Rule packs (comma list of pack ids or .json/.csv files, overrides included)</source>
        <translation>Bộ quy tắc (danh sách mã bộ quy tắc hoặc tệp .json/.csv, cách nhau bằng dấu phẩy, kể cả bộ điều chỉnh)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Rule packs: {}</source>
        <translation>Bộ quy tắc: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>Storey height where floors and height are derived from each other (m)</source>
        <translation>Chiều cao tầng dùng khi suy ra số tầng từ chiều cao hoặc ngược lại (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>The buildings layer</source>
        <translation>Lớp công trình</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>The buildings layer has neither gfa_m2 nor floors: the built GFA is unknown.</source>
        <translation>Lớp công trình không có cả gfa_m2 lẫn floors: không biết diện tích sàn đã xây dựng.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>The envelopes could not be built: {}</source>
        <translation>Không thể dựng khối bao: {}</translation>
    </message>
    <message>
        <source>The lots layer</source>
        <translation type="vanished">Lớp lô đất</translation>
    </message>
    <message>
        <source>The planning zones layer</source>
        <translation type="vanished">Lớp phân khu quy hoạch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>The roads layer</source>
        <translation>Lớp đường giao thông</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>The roads layer has no width_m field: setbacks are measured from the road's red line, which needs the road width. Its fields are: {}.</source>
        <translation>Lớp đường giao thông không có trường width_m: khoảng lùi được đo từ chỉ giới đường đỏ, cần biết bề rộng đường. Các trường của lớp là: {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/buildable_envelope.py"/>
        <source>{} lots, {} with an envelope; maximum GFA {:,.0f} m², remaining {:,.0f} m².</source>
        <translation>{} lô đất, {} lô có khối bao; tổng diện tích sàn tối đa {:,.0f} m², còn lại {:,.0f} m².</translation>
    </message>
</context>
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
        <source>Keep the verdicts in the twin store (for the zone inspector)</source>
        <translation>Lưu các kết luận vào kho dữ liệu bản sao số (cho trình xem khu)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Keeping the verdicts in the twin store needs the store's address (parameter STORE): a .gpkg file, or 'service=NAME' for PostGIS.</source>
        <translation>Để lưu các kết luận vào kho dữ liệu bản sao số cần địa chỉ của kho (tham số STORE): một tệp .gpkg, hoặc 'service=NAME' cho PostGIS.</translation>
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
        <source>The verdicts could not be kept in the twin store: {}</source>
        <translation>Không thể lưu các kết luận vào kho dữ liệu bản sao số: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>Twin store to keep the verdicts in (a .gpkg file, or 'service=NAME' for PostGIS)</source>
        <translation>Kho dữ liệu bản sao số để lưu các kết luận (một tệp .gpkg, hoặc 'service=NAME' cho PostGIS)</translation>
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
    <message>
        <location filename="../processing/algorithms/planning/check_compliance.py"/>
        <source>{} verdicts of {} lots kept in the twin store (run {}).</source>
        <translation>Đã lưu {} kết luận của {} lô đất vào kho dữ liệu bản sao số (lượt chạy {}).</translation>
    </message>
</context>
<context>
    <name>CompareScenarios</name>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>Compare development scenarios</source>
        <translation>So sánh các kịch bản phát triển</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>Comparison (CSV)</source>
        <translation>Bảng so sánh (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>Demand pack (pack id or .json file; empty: demand-capacity)</source>
        <translation>Bộ hệ số nhu cầu (mã bộ hoặc tệp .json; để trống: demand-capacity)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>Demand pack: {}. Rule packs: {}.</source>
        <translation>Bộ hệ số nhu cầu: {}. Các bộ quy tắc: {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>HTML files (*.html)</source>
        <translation>Tệp HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>Indicators by scenario, functional area and zone</source>
        <translation>Chỉ tiêu theo kịch bản, khu chức năng và phân khu quy hoạch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>Name at least one scenario to compare with the live twin (a comma list of scenario codes).</source>
        <translation>Hãy nêu ít nhất một kịch bản để so sánh với bản sao số hiện trạng (danh sách mã kịch bản, phân cách bằng dấu phẩy).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>Report (HTML)</source>
        <translation>Báo cáo (HTML)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>Rule packs of the compliance check</source>
        <translation>Các bộ quy tắc kiểm tra tuân thủ quy hoạch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>Scenarios (comma list of codes; the live twin always comes first)</source>
        <translation>Các kịch bản (danh sách mã, phân cách bằng dấu phẩy; bản sao số hiện trạng luôn đứng đầu)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>Scenarios compared</source>
        <translation>Số kịch bản được so sánh</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>Twin store (.gpkg file, or 'service=NAME schema=twin')</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=TÊN schema=twin')</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/compare_scenarios.py"/>
        <source>{}: {} element(s) put over capacity, {} still over; {} rule failure(s) on changed lots; {} buffer conflict(s) appear, {} disappear.</source>
        <translation>{}: {} phần tử bị làm quá tải, {} phần tử vẫn quá tải; {} lỗi không đạt quy tắc trên các lô thay đổi; {} xung đột vùng đệm xuất hiện, {} mất đi.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>Authentication configuration</source>
        <translation>Cấu hình xác thực</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>Choose one of the PostgreSQL connections saved in QGIS.</source>
        <translation>Chọn một kết nối PostgreSQL đã lưu trong QGIS.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>Connect to a twin store</source>
        <translation>Kết nối kho dữ liệu bản sao số</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>Connected to the twin store {}.</source>
        <translation>Đã kết nối kho dữ liệu bản sao số {}.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>DSEZA Twin</source>
        <translation>DSEZA Twin</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>GeoPackage file</source>
        <translation>Tệp GeoPackage</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>Host</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>PostGIS: PostgreSQL service (pg_service)</source>
        <translation>PostGIS: dịch vụ PostgreSQL (pg_service)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>PostGIS: saved QGIS PostgreSQL connection</source>
        <translation>PostGIS: kết nối PostgreSQL đã lưu trong QGIS</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>PostGIS: server and database, credentials in a QGIS authentication configuration</source>
        <translation>PostGIS: máy chủ và cơ sở dữ liệu, thông tin đăng nhập trong một cấu hình xác thực của QGIS</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>Schema</source>
        <translation>Lược đồ (schema)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>There is no twin store at {}: create one with the algorithm 'Create or upgrade twin store'.</source>
        <translation>Không có kho dữ liệu bản sao số tại {}: hãy tạo bằng thuật toán 'Tạo hoặc nâng cấp kho dữ liệu bản sao số'.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>Twin store (GeoPackage)</source>
        <translation>Kho dữ liệu bản sao số (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/connect_dialog.py"/>
        <source>authcfg id, e.g. ab12cd3</source>
        <translation>mã authcfg, ví dụ ab12cd3</translation>
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
    <name>DraftScenario</name>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Canceled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Changed features (a 'code' field, and the fields and geometry that change)</source>
        <translation>Đối tượng thay đổi (trường 'code', cùng các trường và hình học thay đổi)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Changes in the scenario</source>
        <translation>Số thay đổi trong kịch bản</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Changes written</source>
        <translation>Số thay đổi đã ghi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Created scenario {}.</source>
        <translation>Đã tạo kịch bản {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Draft scenario changes</source>
        <translation>Soạn thay đổi cho kịch bản</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Feature {} has no code.</source>
        <translation>Đối tượng {} không có mã.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Fields not in {} were left out: {}.</source>
        <translation>Các trường không có trong {} đã bị bỏ qua: {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Operation: upsert = add or replace rows by code (fields left out keep the live values), delete = remove the live rows of these codes, discard = forget the scenario's changes of these codes</source>
        <translation>Thao tác: upsert = thêm hoặc thay thế hàng theo mã (các trường không có giữ giá trị hiện hành), delete = xóa các hàng hiện hành có các mã này, discard = bỏ các thay đổi của kịch bản đối với các mã này</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Scenario</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Scenario code (created when it does not exist yet)</source>
        <translation>Mã kịch bản (được tạo nếu chưa có)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Scenario description (for a new scenario)</source>
        <translation>Mô tả kịch bản (cho kịch bản mới)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Scenario name (for a new scenario)</source>
        <translation>Tên kịch bản (cho kịch bản mới)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Scenario {}: {} change(s) of {} written ({}); the scenario now holds {} change(s). The live twin is unchanged.</source>
        <translation>Kịch bản {}: đã ghi {} thay đổi của {} ({}); kịch bản hiện có {} thay đổi. Bản sao số đang vận hành không thay đổi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>The changed features layer is empty: nothing to put in the scenario.</source>
        <translation>Lớp đối tượng thay đổi rỗng: không có gì để đưa vào kịch bản.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>The changed features need a 'code' field (the code of the row they add, change or remove). Their fields are: {}.</source>
        <translation>Các đối tượng thay đổi cần trường 'code' (mã của hàng được thêm, sửa hoặc xóa). Các trường hiện có: {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Twin layer the changes are for</source>
        <translation>Lớp bản sao số được thay đổi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>Twin store (a .gpkg file, or 'service=NAME' for PostGIS)</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=NAME' cho PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/draft_scenario.py"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>DsezaAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/base.py"/>
        <source>BIM / IFC</source>
        <translation>BIM / IFC</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py"/>
        <source>Development scenarios</source>
        <translation>Kịch bản phát triển</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py"/>
        <source>Environment &amp; IoT</source>
        <translation>Môi trường &amp; IoT</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py"/>
        <source>Governance</source>
        <translation>Quản trị dữ liệu</translation>
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
        <location filename="../dseza_twin_plugin/toolbelt/i18n.py"/>
        <source>en</source>
        <comment>help language code: resources/help/&lt;code&gt;/</comment>
        <translation>vi</translation>
    </message>
</context>
<context>
    <name>DsezaTwinPlugin</name>
    <message>
        <location filename="../dseza_twin_plugin/plugin.py"/>
        <source>Add twin layers</source>
        <translation>Thêm các lớp bản sao số</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/plugin.py"/>
        <source>Connect to a twin store…</source>
        <translation>Kết nối kho dữ liệu bản sao số…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/plugin.py"/>
        <source>Zone inspector</source>
        <translation>Tra cứu khu</translation>
    </message>
</context>
<context>
    <name>DsezaTwinProvider</name>
    <message>
        <location filename="../processing/provider.py"/>
        <source>DSEZA Twin — Da Nang High-Tech Park and Industrial Zones digital twin</source>
        <translation>DSEZA Twin — bản sao số Khu công nghệ cao và các khu công nghiệp Đà Nẵng</translation>
    </message>
</context>
<context>
    <name>EditGate</name>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/edit_gate.py"/>
        <source>The edits of '{}' break the data-quality rules ({} feature(s)); this QGIS cannot hold them back, so they were saved: correct them.</source>
        <translation>Các chỉnh sửa của '{}' vi phạm quy tắc chất lượng dữ liệu ({} đối tượng); phiên bản QGIS này không thể giữ chúng lại nên chúng đã được lưu: hãy sửa lại.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/edit_gate.py"/>
        <source>The edits of '{}' were not saved: the data-quality rules could not be checked ({}). They stay in the edit buffer; save again when the store can be reached.</source>
        <translation>Các chỉnh sửa của '{}' chưa được lưu: không kiểm tra được quy tắc chất lượng dữ liệu ({}). Chúng vẫn nằm trong bộ đệm chỉnh sửa; hãy lưu lại khi kết nối được tới kho dữ liệu.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/edit_gate.py"/>
        <source>The edits of '{}' were not saved: {} feature(s) break the data-quality rules. They stay in the edit buffer, nothing is lost: correct them and save again, or discard them.</source>
        <translation>Các chỉnh sửa của '{}' chưa được lưu: {} đối tượng vi phạm quy tắc chất lượng dữ liệu. Chúng vẫn nằm trong bộ đệm chỉnh sửa, không mất gì cả: hãy sửa rồi lưu lại, hoặc hủy bỏ chúng.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/edit_gate.py"/>
        <source>feature {}</source>
        <translation>đối tượng {}</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/edit_gate.py"/>
        <source>new feature</source>
        <translation>đối tượng mới</translation>
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
        <source>Output geometry</source>
        <translation type="vanished">Hình học đầu ra</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/planning/environmental_buffers.py"/>
        <source>Output geometry (line: the shortest line between the pair; polygon: the part of the receptor inside the buffer)</source>
        <translation>Hình học đầu ra (line: đoạn thẳng ngắn nhất giữa hai đối tượng; polygon: phần của đối tượng chịu ảnh hưởng nằm trong vùng đệm)</translation>
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
    <name>ImportIfc</name>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>3D geometry (triangles by IFC class)</source>
        <translation>Hình học 3D (tam giác theo lớp IFC)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Above ground</source>
        <translation>Trên mặt đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Area from</source>
        <translation>Diện tích lấy từ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Building {} is on no land lot of the store: it is stored without a lot. Give PARCEL to link it.</source>
        <translation>Công trình {} không nằm trên lô đất nào của kho dữ liệu: công trình được lưu không gắn với lô đất. Hãy chỉ định PARCEL để liên kết.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Building {} stands {:.1f} m² ({:.0f} %) outside lot {}: check the georeferencing or the lot.</source>
        <translation>Công trình {} nằm {:.1f} m² ({:.0f} %) ngoài lô đất {}: hãy kiểm tra tham chiếu tọa độ hoặc lô đất.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Building {}: footprint {:.1f} m², height {:.2f} m, {} floors above ground, floor area {} ({}), lot {}.</source>
        <translation>Công trình {}: diện tích chiếm đất {:.1f} m², chiều cao {:.2f} m, {} tầng nổi, diện tích sàn {} ({}), lô đất {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Buildings</source>
        <translation>Công trình</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Buildings (footprints)</source>
        <translation>Công trình (diện tích chiếm đất)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Buildings imported</source>
        <translation>Số công trình đã nhập</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Buildings written to the store</source>
        <translation>Số công trình đã ghi vào kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Canceled: nothing was imported.</source>
        <translation>Đã hủy: không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Eastings, northings (m)</source>
        <translation>Tọa độ Đông, tọa độ Bắc (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Elevation (m)</source>
        <translation>Cao độ (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Floor area (m²)</source>
        <translation>Diện tích sàn (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Floor area from</source>
        <translation>Diện tích sàn lấy từ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Floors above ground</source>
        <translation>Số tầng nổi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Floors below ground</source>
        <translation>Số tầng hầm</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Footprint (m²)</source>
        <translation>Diện tích chiếm đất (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>GEOREF=manual needs ANCHOR_E and ANCHOR_N: the EPSG:5899 coordinates of the model's origin (or a PARCEL lot to place it on).</source>
        <translation>GEOREF=manual cần ANCHOR_E và ANCHOR_N: tọa độ EPSG:5899 của gốc mô hình (hoặc một lô đất PARCEL để đặt mô hình lên).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Georeferencing</source>
        <translation>Tham chiếu tọa độ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Georeferencing (auto: from the file; manual: the anchor and rotation below)</source>
        <translation>Tham chiếu tọa độ (auto: lấy từ tệp; manual: điểm neo và góc xoay bên dưới)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Georeferencing used</source>
        <translation>Tham chiếu tọa độ đã dùng</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Georeferencing: {} — {}</source>
        <translation>Tham chiếu tọa độ: {} — {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Gross area (m²)</source>
        <translation>Diện tích tổng (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>HTML files (*.html)</source>
        <translation>Tệp HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Height (m)</source>
        <translation>Chiều cao (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Height of the ground floor above sea level (Hon Dau 1992, m; empty: the file's own, else model heights)</source>
        <translation>Cao độ sàn tầng trệt so với mực nước biển (Hòn Dấu 1992, m; để trống: theo tệp, nếu không có thì cao độ của mô hình)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Heights</source>
        <translation>Cao độ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>IFC import report</source>
        <translation>Báo cáo nhập IFC</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>IFC import report: {}</source>
        <translation>Báo cáo nhập IFC: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>IFC model (.ifc)</source>
        <translation>Mô hình IFC (.ifc)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>IFC schema</source>
        <translation>Lược đồ IFC</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Import IFC model (BIM)</source>
        <translation>Nhập mô hình IFC (BIM)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Import report (HTML)</source>
        <translation>Báo cáo nhập (HTML)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Land lot code (the lot the model stands on: placed on it when the file has no usable georeferencing, else checked against it)</source>
        <translation>Mã lô đất (lô đất mà mô hình nằm trên: mô hình được đặt lên lô khi tệp không có tham chiếu tọa độ dùng được, nếu có thì được đối chiếu với lô)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Land lots layer (where to find the lot when there is no store)</source>
        <translation>Lớp lô đất (nơi tìm lô đất khi không có kho dữ liệu)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Length unit of the file</source>
        <translation>Đơn vị độ dài của tệp</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Lot</source>
        <translation>Lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Lot {} was given but there is neither a twin store (STORE) nor a land lots layer (PARCELS) to find it in.</source>
        <translation>Đã chỉ định lô đất {} nhưng không có kho dữ liệu bản sao số (STORE) hay lớp lô đất (PARCELS) để tìm lô đó.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Manual: easting of the model's origin (EPSG:5899, m)</source>
        <translation>Thủ công: tọa độ Đông của gốc mô hình (EPSG:5899, m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Manual: northing of the model's origin (EPSG:5899, m)</source>
        <translation>Thủ công: tọa độ Bắc của gốc mô hình (EPSG:5899, m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Manual: rotation of the model's x axis from grid east (degrees, counter-clockwise)</source>
        <translation>Thủ công: góc xoay của trục x mô hình so với hướng Đông của lưới (độ, ngược chiều kim đồng hồ)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Memory limit of the IFC reader (MB)</source>
        <translation>Giới hạn bộ nhớ của trình đọc IFC (MB)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Orthogonal height (m)</source>
        <translation>Độ cao chuẩn (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Reading the model took too long and was stopped.</source>
        <translation>Việc đọc mô hình quá lâu nên đã bị dừng.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Reading {} in a separate process …</source>
        <translation>Đang đọc {} trong một tiến trình riêng …</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Rotation (degrees from grid east, counter-clockwise)</source>
        <translation>Góc xoay (độ so với hướng Đông của lưới, ngược chiều kim đồng hồ)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Run</source>
        <translation>Lần chạy</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Scale</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Source CRS</source>
        <translation>Hệ tọa độ nguồn</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Store</source>
        <translation>Kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Store: {} buildings added, {} updated (source 'ifc').</source>
        <translation>Kho dữ liệu: đã thêm {} công trình, cập nhật {} (nguồn 'ifc').</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Storeys</source>
        <translation>Tầng</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Target CRS</source>
        <translation>Hệ tọa độ đích</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>The IFC file was not found.</source>
        <translation>Không tìm thấy tệp IFC.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>The IFC file {} does not exist.</source>
        <translation>Tệp IFC {} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>The IFC reader stopped unexpectedly (QGIS is not affected).</source>
        <translation>Trình đọc IFC dừng bất thường (QGIS không bị ảnh hưởng).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>The file is not a readable IFC model.</source>
        <translation>Tệp không phải là mô hình IFC đọc được.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>The land lots layer has no 'code' field to find lot {} by.</source>
        <translation>Lớp lô đất không có trường 'code' để tìm lô đất {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>The model cannot be placed on the map.</source>
        <translation>Không thể đặt mô hình lên bản đồ.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>The model has nothing to import.</source>
        <translation>Mô hình không có gì để nhập.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>The model needs more memory than allowed and was stopped.</source>
        <translation>Mô hình cần nhiều bộ nhớ hơn mức cho phép nên đã bị dừng.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>The model {} has no building with geometry (no IfcBuilding with walls, slabs or roofs): nothing was imported.</source>
        <translation>Mô hình {} không có công trình nào có hình học (không có IfcBuilding với tường, sàn hoặc mái): không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>There is no land lot with the code {} {}.</source>
        <translation>Không có lô đất nào mang mã {} {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>This IFC version is not supported.</source>
        <translation>Phiên bản IFC này chưa được hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Time limit of the IFC reader (seconds)</source>
        <translation>Giới hạn thời gian của trình đọc IFC (giây)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Time: {}</source>
        <translation>Thời điểm: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Twin store to write the buildings to (.gpkg file or 'service=NAME'; empty: output layers only)</source>
        <translation>Kho dữ liệu bản sao số để ghi công trình (tệp .gpkg hoặc 'service=TÊN'; để trống: chỉ xuất lớp đầu ra)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>in the land lots layer</source>
        <translation>trong lớp lô đất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>in the store</source>
        <translation>trong kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>model heights (the ground's Hon Dau height is not known)</source>
        <translation>cao độ theo mô hình (chưa biết cao độ Hòn Dấu của mặt đất)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>none (output layers only)</source>
        <translation>không có (chỉ lớp đầu ra)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/bim/import_ifc.py"/>
        <source>{} imported in {:.1f} s: {} buildings, {} storeys, {} written to the store.</source>
        <translation>Đã nhập {} trong {:.1f} giây: {} công trình, {} tầng, {} đã ghi vào kho dữ liệu.</translation>
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
        <source>Mode</source>
        <translation type="vanished">Chế độ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Mode (append: add new features, refuse codes already in the store; upsert: update the features with the same code, add the others)</source>
        <translation>Chế độ (append: thêm đối tượng mới, từ chối các mã đã có trong kho; upsert: cập nhật các đối tượng cùng mã, thêm các đối tượng còn lại)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Rejected features</source>
        <translation>Đối tượng bị loại</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>Rejected features kept in quarantine</source>
        <translation>Số đối tượng bị loại được giữ trong bảng cách ly</translation>
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
    <message>
        <location filename="../processing/algorithms/data/import_layer.py"/>
        <source>{} rejected features are kept with their reasons in the store's quarantine table (source '{}'; {} of them were already there from an earlier import).</source>
        <translation>{} đối tượng bị loại được giữ cùng lý do trong bảng cách ly của kho dữ liệu (nguồn '{}'; {} đối tượng trong số đó đã có sẵn từ một lần nhập trước).</translation>
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
    <name>PromoteScenario</name>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Conflicts with live edits</source>
        <translation>Số xung đột với chỉnh sửa hiện hành</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>HTML files (*.html)</source>
        <translation>Tệp HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Not promoted: {} conflict(s) with live edits. Nothing was written.</source>
        <translation>Không áp dụng: {} xung đột với chỉnh sửa hiện hành. Không có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Not promoted: {} row(s) refused by the quality gate. Nothing was written.</source>
        <translation>Không áp dụng: {} hàng bị cổng chất lượng từ chối. Không có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Operation</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Planned changes</source>
        <translation>Các thay đổi dự kiến</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Promote scenario to the live twin</source>
        <translation>Áp dụng kịch bản vào bản sao số đang vận hành</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Promoted: {} row(s) of the live twin changed.</source>
        <translation>Đã áp dụng: {} hàng của bản sao số đang vận hành đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Promoting scenario {}: {} change(s), in one transaction…</source>
        <translation>Đang áp dụng kịch bản {}: {} thay đổi, trong một giao dịch…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Promotion of scenario {}</source>
        <translation>Áp dụng kịch bản {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Promotion report (HTML)</source>
        <translation>Báo cáo áp dụng (HTML)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Quality gate tolerance (m): overlaps and buildings outside their lot below it are accepted</source>
        <translation>Dung sai cổng chất lượng (m): chồng lấn và phần công trình ra ngoài lô nhỏ hơn mức này được chấp nhận</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Rows changed in the live twin</source>
        <translation>Số hàng thay đổi trong bản sao số đang vận hành</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Rows refused by the quality gate</source>
        <translation>Số hàng bị cổng chất lượng từ chối</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Scenario code</source>
        <translation>Mã kịch bản</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Scenario {} is promoted: {} row(s) of the live twin changed, each recorded in the audit.</source>
        <translation>Kịch bản {} đã được áp dụng: {} hàng của bản sao số đang vận hành đã thay đổi, mỗi hàng đều được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Scenario {} was not promoted: the live twin changed under {} of its changes since they were drawn. Nothing was written. Look at these rows in the live twin, then draw the changes again on what is there now:</source>
        <translation>Kịch bản {} không được áp dụng: bản sao số đang vận hành đã thay đổi ở {} thay đổi của kịch bản kể từ khi chúng được soạn. Không có gì được ghi. Hãy xem các hàng này trong bản sao số đang vận hành, rồi soạn lại thay đổi trên dữ liệu hiện có:</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Scenario {} was not promoted: {} of its rows would break the twin's rules. Nothing was written. Correct them in the scenario and promote again:</source>
        <translation>Kịch bản {} không được áp dụng: {} hàng của kịch bản sẽ vi phạm quy tắc của bản sao số. Không có gì được ghi. Hãy sửa chúng trong kịch bản rồi áp dụng lại:</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>Twin store (a .gpkg file, or 'service=NAME' for PostGIS)</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=NAME' cho PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/promote_scenario.py"/>
        <source>{}: {} added, {} changed, {} removed.</source>
        <translation>{}: thêm {}, sửa {}, xóa {}.</translation>
    </message>
</context>
<context>
    <name>ScenarioCompare</name>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>Compared: the report is shown; the layer '{}' is added to the project.</source>
        <translation>Đã so sánh: báo cáo được hiển thị; lớp '{}' đã được thêm vào dự án.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>Comparing live with {} in the background…</source>
        <translation>Đang so sánh hiện hành với {} trong nền…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>DSEZA Twin — Compare scenarios</source>
        <translation>DSEZA Twin — So sánh kịch bản</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>Open the CSV</source>
        <translation>Mở tệp CSV</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>Open the report in a web browser</source>
        <translation>Mở báo cáo trong trình duyệt web</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>Scenario comparison: live, {}</source>
        <translation>So sánh kịch bản: hiện hành, {}</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>Scenarios to compare with the live twin:</source>
        <translation>Các kịch bản so sánh với bản sao số đang vận hành:</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>The algorithm {} could not be started.</source>
        <translation>Không khởi chạy được thuật toán {}.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>The algorithm {} is not installed with this version of DSEZA Twin.</source>
        <translation>Thuật toán {} không có trong phiên bản DSEZA Twin này.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>The comparison was canceled.</source>
        <translation>Việc so sánh đã bị hủy.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>This twin store has no scenario yet: create one with 'New scenario…'.</source>
        <translation>Kho dữ liệu bản sao số này chưa có kịch bản nào: hãy tạo bằng 'Kịch bản mới…'.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>Tick one or more scenarios and press Compare: the report of the comparison is shown here.</source>
        <translation>Đánh dấu một hoặc nhiều kịch bản rồi bấm So sánh: báo cáo so sánh sẽ hiển thị ở đây.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_compare.py"/>
        <source>{} — {} ({} changes)</source>
        <translation>{} — {} ({} thay đổi)</translation>
    </message>
</context>
<context>
    <name>ScenarioDialogs</name>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_dialogs.py"/>
        <source>Apply the {} change(s) of scenario {} ({}) to the live twin?</source>
        <translation>Áp dụng {} thay đổi của kịch bản {} ({}) vào bản sao số đang vận hành?</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_dialogs.py"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_dialogs.py"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_dialogs.py"/>
        <source>Every change goes through the data-quality checks in one transaction and is recorded in the audit; nothing is written when the live twin changed under the scenario or a change breaks the twin's rules.</source>
        <translation>Mọi thay đổi đều qua kiểm tra chất lượng dữ liệu trong một giao dịch và được ghi vào nhật ký kiểm toán; không có gì được ghi nếu bản sao số đang vận hành đã thay đổi kể từ khi soạn kịch bản hoặc một thay đổi vi phạm quy tắc của bản sao số.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_dialogs.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_dialogs.py"/>
        <source>New scenario</source>
        <translation>Kịch bản mới</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_dialogs.py"/>
        <source>Promote scenario</source>
        <translation>Áp dụng kịch bản</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_dialogs.py"/>
        <source>Scenario {} was not promoted</source>
        <translation>Kịch bản {} không được áp dụng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_dialogs.py"/>
        <source>e.g. HTP-2030-A</source>
        <translation>ví dụ HTP-2030-A</translation>
    </message>
</context>
<context>
    <name>ScenarioRun</name>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Canceled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Rule pack problem: {}</source>
        <translation>Lỗi bộ quy tắc: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Scenario {} ({}): {} change(s).</source>
        <translation>Kịch bản {} ({}): {} thay đổi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Simulating {}…</source>
        <translation>Đang mô phỏng {}…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>The demand pack cannot be used: {}</source>
        <translation>Không dùng được bộ hệ số nhu cầu: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>The twin could not be simulated: {}</source>
        <translation>Không mô phỏng được bản sao số: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>There is no scenario {} in this store (scenarios: {}).</source>
        <translation>Kho dữ liệu bản sao số này không có kịch bản {} (các kịch bản: {}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>{}: {} lots, {} lots checked, {} element(s) over capacity, {} buffer conflict(s) ({:.2f} s).</source>
        <translation>{}: {} lô đất, {} lô được kiểm tra, {} phần tử quá tải, {} xung đột vùng đệm ({:.2f} giây).</translation>
    </message>
</context>
<context>
    <name>ScenarioSelector</name>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>A scenario is being promoted already; wait for it to end.</source>
        <translation>Một kịch bản đang được áp dụng; hãy chờ cho đến khi xong.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Add selected to scenario</source>
        <translation>Thêm đối tượng đã chọn vào kịch bản</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Adding {} feature(s) to scenario {}…</source>
        <translation>Đang thêm {} đối tượng vào kịch bản {}…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Changes of {} feature(s) discarded from scenario {}.</source>
        <translation>Đã bỏ thay đổi của {} đối tượng khỏi kịch bản {}.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Choose a scenario in the scenario toolbar first.</source>
        <translation>Hãy chọn một kịch bản trên thanh công cụ kịch bản trước.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Choose the scenario to promote in the scenario toolbar first.</source>
        <translation>Hãy chọn kịch bản cần áp dụng trên thanh công cụ kịch bản trước.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Compare scenarios…</source>
        <translation>So sánh kịch bản…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Creating scenario {}…</source>
        <translation>Đang tạo kịch bản {}…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>DSEZA Twin scenarios</source>
        <translation>Kịch bản DSEZA Twin</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>DSEZA Twin: {}</source>
        <translation>DSEZA Twin: {}</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Discard scenario changes of selected</source>
        <translation>Bỏ thay đổi của kịch bản đối với đối tượng đã chọn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Discarding changes of scenario {}…</source>
        <translation>Đang bỏ các thay đổi của kịch bản {}…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Live twin</source>
        <translation>Bản sao số đang vận hành</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>New scenario…</source>
        <translation>Kịch bản mới…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>No live twin layer is loaded: only the scenario's own rows are shown. Use 'Add twin layers' to see them on the live twin.</source>
        <translation>Chưa nạp lớp bản sao số đang vận hành nào: chỉ hiển thị các hàng riêng của kịch bản. Dùng 'Thêm các lớp bản sao số' để xem chúng trên bản sao số đang vận hành.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>No twin store is connected: connect to a store (DSEZA Twin menu) first.</source>
        <translation>Chưa kết nối kho dữ liệu bản sao số: hãy kết nối một kho (menu DSEZA Twin) trước.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Nothing is selected on {}.</source>
        <translation>Chưa chọn đối tượng nào trên {}.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Promote scenario…</source>
        <translation>Áp dụng kịch bản…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Promoting scenario {} in the background (progress and cancel in QGIS's task manager)…</source>
        <translation>Đang áp dụng kịch bản {} trong nền (tiến độ và nút hủy ở trình quản lý tác vụ của QGIS)…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Promotion of scenario {} canceled; nothing was written.</source>
        <translation>Đã hủy việc áp dụng kịch bản {}; không có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Reading the scenarios of the twin store…</source>
        <translation>Đang đọc các kịch bản của kho dữ liệu bản sao số…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Remove selected in scenario</source>
        <translation>Xóa đối tượng đã chọn trong kịch bản</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Removing {} feature(s) in scenario {}…</source>
        <translation>Đang xóa {} đối tượng trong kịch bản {}…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Scenario {} created: add lots, zones, buildings or projects to it.</source>
        <translation>Đã tạo kịch bản {}: hãy thêm lô đất, phân khu, công trình hoặc dự án vào kịch bản.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Scenario {} is no longer in the twin store: the map shows the live twin again.</source>
        <translation>Kịch bản {} không còn trong kho dữ liệu bản sao số: bản đồ hiển thị lại bản sao số đang vận hành.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Scenario {} promoted: {} change(s) applied to the live twin.</source>
        <translation>Đã áp dụng kịch bản {}: {} thay đổi đã được đưa vào bản sao số đang vận hành.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Scenario {} was not promoted; nothing was written. See the report.</source>
        <translation>Kịch bản {} không được áp dụng; không có gì được ghi. Xem báo cáo.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Select planning zones, land lots, buildings or construction projects on a twin layer first (the active layer of the Layers panel).</source>
        <translation>Hãy chọn phân khu quy hoạch, lô đất, công trình hoặc dự án xây dựng trên một lớp bản sao số trước (lớp đang hoạt động trong bảng Lớp).</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>Show the live twin or a development scenario on the map and in the zone inspector</source>
        <translation>Hiển thị bản sao số đang vận hành hoặc một kịch bản phát triển trên bản đồ và trong bảng tra cứu khu</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>The algorithm {} is not installed with this version of DSEZA Twin: the scenario cannot be promoted from here.</source>
        <translation>Thuật toán {} không có trong phiên bản DSEZA Twin này: không thể áp dụng kịch bản từ đây.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>The selected features have no change in scenario {}.</source>
        <translation>Các đối tượng đã chọn không có thay đổi nào trong kịch bản {}.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>{} feature(s) of {} copied into scenario {}: edit them in the group 'Scenario {}'.</source>
        <translation>Đã sao chép {} đối tượng của {} vào kịch bản {}: hãy chỉnh sửa chúng trong nhóm 'Kịch bản {}'.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>{} feature(s) of {} removed in scenario {} (the live twin keeps them).</source>
        <translation>Đã xóa {} đối tượng của {} trong kịch bản {} (bản sao số đang vận hành vẫn giữ chúng).</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_selector.py"/>
        <source>{} — {} ({} changes)</source>
        <translation>{} — {} ({} thay đổi)</translation>
    </message>
</context>
<context>
    <name>ScenarioTab</name>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Building</source>
        <translation>Công trình</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Capacity</source>
        <translation>Công suất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Change</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Changes in it</source>
        <translation>Các thay đổi ở đây</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Compliance live → scenario</source>
        <translation>Tuân thủ quy hoạch: hiện hành → kịch bản</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Construction project</source>
        <translation>Dự án xây dựng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Element</source>
        <translation>Phần tử</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Feature</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Land lot</source>
        <translation>Lô đất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Live</source>
        <translation>Hiện hành</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Live use (%)</source>
        <translation>Mức sử dụng hiện hành (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Network demand and compliance are not simulated in this installation.</source>
        <translation>Bản cài đặt này không mô phỏng nhu cầu mạng lưới và tuân thủ quy hoạch.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Networks serving it</source>
        <translation>Mạng lưới phục vụ nơi này</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Planning zone</source>
        <translation>Phân khu quy hoạch</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Power</source>
        <translation>Cấp điện</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Road traffic</source>
        <translation>Giao thông đường bộ</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Scenario</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Scenario use (%)</source>
        <translation>Mức sử dụng theo kịch bản (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Scenario {}: {} change(s) here; {} of the {} network elements serving it over capacity in the scenario.</source>
        <translation>Kịch bản {}: {} thay đổi ở đây; {} trên {} phần tử mạng lưới phục vụ nơi này bị quá tải trong kịch bản.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Wastewater</source>
        <translation>Nước thải</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>Water supply</source>
        <translation>Cấp nước</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>What changes</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>added</source>
        <translation>thêm mới</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>changed</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>fail</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>insufficient data</source>
        <translation>thiếu dữ liệu</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>new shape</source>
        <translation>hình dạng mới</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>over capacity</source>
        <translation>quá tải</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>pass</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>removed</source>
        <translation>bị xóa</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>within capacity</source>
        <translation>trong công suất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/scenario_tab.py"/>
        <source>{} more elements serve it (listed first: those the scenario changes or that are over capacity).</source>
        <translation>Còn {} phần tử khác phục vụ nơi này (liệt kê trước: các phần tử mà kịch bản làm thay đổi hoặc bị quá tải).</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_view.py"/>
        <source>Save or cancel the edits of {} first: the map cannot switch between the live twin and a scenario while a layer it filters is being edited.</source>
        <translation>Hãy lưu hoặc hủy các chỉnh sửa của {} trước: bản đồ không thể chuyển giữa bản sao số đang vận hành và kịch bản khi một lớp cần lọc đang được chỉnh sửa.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_view.py"/>
        <source>Scenario {}</source>
        <translation>Kịch bản {}</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_view.py"/>
        <source>The layer {} cannot be filtered for the scenario.</source>
        <translation>Không lọc được lớp {} cho kịch bản.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_view.py"/>
        <source>The scenario table of {} cannot be filtered.</source>
        <translation>Không lọc được bảng kịch bản của {}.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_view.py"/>
        <source>The scenario table of {} does not open ({}): is the twin store of version 6 or later?</source>
        <translation>Không mở được bảng kịch bản của {} ({}): kho dữ liệu bản sao số có phiên bản 6 trở lên không?</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_view.py"/>
        <source>There is no scenario '{}' in this store.</source>
        <translation>Không có kịch bản '{}' trong kho dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/scenario_view.py"/>
        <source>{} — scenario {}</source>
        <translation>{} — kịch bản {}</translation>
    </message>
</context>
<context>
    <name>SetupRoles</name>
    <message>
        <location filename="../processing/algorithms/governance/setup_roles.py"/>
        <source>Created the roles {}.</source>
        <translation>Đã tạo các vai trò {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/setup_roles.py"/>
        <source>Group roles</source>
        <translation>Vai trò nhóm</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/setup_roles.py"/>
        <source>Logins and their role (login=role, separated by commas; e.g. 'lan=officer, minh=investor')</source>
        <translation>Tài khoản đăng nhập và vai trò (login=role, cách nhau bằng dấu phẩy; ví dụ 'lan=officer, minh=investor')</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/setup_roles.py"/>
        <source>Prefix of the role names</source>
        <translation>Tiền tố tên vai trò</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/setup_roles.py"/>
        <source>Row-level security forced on {} tables with {} policies; investor views in {}; analysts' results in {}.</source>
        <translation>Đã bắt buộc bảo mật mức hàng trên {} bảng với {} chính sách; view cho nhà đầu tư trong {}; kết quả của chuyên viên phân tích trong {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/setup_roles.py"/>
        <source>Row-level security policies</source>
        <translation>Chính sách bảo mật mức hàng</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/setup_roles.py"/>
        <source>Schema of the analysts' results</source>
        <translation>Lược đồ kết quả của chuyên viên phân tích</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/setup_roles.py"/>
        <source>Schema of the investor views</source>
        <translation>Lược đồ của các view cho nhà đầu tư</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/setup_roles.py"/>
        <source>Set up roles and row-level security</source>
        <translation>Thiết lập vai trò và bảo mật mức hàng</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/setup_roles.py"/>
        <source>Twin store (PostGIS: 'service=NAME', as its owner or a superuser)</source>
        <translation>Kho dữ liệu bản sao số (PostGIS: 'service=TÊN', với quyền chủ sở hữu hoặc superuser)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/setup_roles.py"/>
        <source>{} is now a member of {}.</source>
        <translation>{} nay là thành viên của {}.</translation>
    </message>
</context>
<context>
    <name>SimulateScenario</name>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Buffer conflicts that appear</source>
        <translation>Số xung đột vùng đệm xuất hiện</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Buffer conflicts that disappear</source>
        <translation>Số xung đột vùng đệm mất đi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Changed lots checked</source>
        <translation>Số lô thay đổi được kiểm tra</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Changed lots failing a planning rule</source>
        <translation>Số lô thay đổi không đạt một quy tắc quy hoạch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Demand pack (pack id or .json file; empty: demand-capacity)</source>
        <translation>Bộ hệ số nhu cầu (mã bộ hoặc tệp .json; để trống: demand-capacity)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Demand pack: {}. Rule packs: {}.</source>
        <translation>Bộ hệ số nhu cầu: {}. Các bộ quy tắc: {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Elements over capacity in the scenario</source>
        <translation>Số phần tử quá tải trong kịch bản</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Elements the scenario puts over capacity</source>
        <translation>Số phần tử bị kịch bản làm quá tải</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>HTML files (*.html)</source>
        <translation>Tệp HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Name the scenario to simulate (its code).</source>
        <translation>Hãy nêu kịch bản cần mô phỏng (mã của kịch bản).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Network elements: demand against capacity</source>
        <translation>Phần tử mạng lưới: nhu cầu so với công suất</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Over capacity: {}</source>
        <translation>Quá tải: {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Report (CSV)</source>
        <translation>Báo cáo (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Report (HTML; the CSV is written next to it)</source>
        <translation>Báo cáo (HTML; tệp CSV được ghi bên cạnh)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Road links: traffic against capacity (lines)</source>
        <translation>Đoạn đường giao thông: lưu lượng xe so với công suất (dạng đường)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Rule packs of the compliance check</source>
        <translation>Các bộ quy tắc kiểm tra tuân thủ quy hoạch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Scenario (its code)</source>
        <translation>Kịch bản (mã của kịch bản)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Scenario indicators by functional area and zone</source>
        <translation>Chỉ tiêu của kịch bản theo khu chức năng và phân khu quy hoạch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Scenario {}: {} element(s) over capacity ({} new), {} of {} changed lot(s) failing, {} buffer conflict(s) appear, {} disappear.</source>
        <translation>Kịch bản {}: {} phần tử quá tải ({} mới), {} trên {} lô thay đổi không đạt, {} xung đột vùng đệm xuất hiện, {} mất đi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Simulate a development scenario</source>
        <translation>Mô phỏng một kịch bản phát triển</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scenario/simulate_scenario.py"/>
        <source>Twin store (.gpkg file, or 'service=NAME schema=twin')</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=TÊN schema=twin')</translation>
    </message>
</context>
<context>
    <name>StoreChoice</name>
    <message>
        <location filename="../dseza_twin_plugin/gui/store_choice.py"/>
        <source>'{}' is not a GeoPackage file: its name must end in .gpkg.</source>
        <translation>'{}' không phải là tệp GeoPackage: tên tệp phải kết thúc bằng .gpkg.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/store_choice.py"/>
        <source>A password is never kept with the twin store. Keep it in a QGIS authentication configuration (authcfg) or in a pg_service / .pgpass file, and give the authcfg id or the service name instead.</source>
        <translation>Mật khẩu không bao giờ được lưu cùng kho dữ liệu bản sao số. Hãy lưu mật khẩu trong một cấu hình xác thực của QGIS (authcfg) hoặc trong tệp pg_service / .pgpass, rồi nhập mã authcfg hoặc tên dịch vụ thay cho mật khẩu.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/store_choice.py"/>
        <source>Choose the GeoPackage file of the twin store (a .gpkg file).</source>
        <translation>Chọn tệp GeoPackage của kho dữ liệu bản sao số (tệp .gpkg).</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/store_choice.py"/>
        <source>Choose the QGIS authentication configuration that holds the credentials.</source>
        <translation>Chọn cấu hình xác thực của QGIS chứa thông tin đăng nhập.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/store_choice.py"/>
        <source>Give the name of the PostgreSQL service (a section of pg_service.conf).</source>
        <translation>Nhập tên dịch vụ PostgreSQL (một mục trong pg_service.conf).</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/store_choice.py"/>
        <source>The saved PostgreSQL connection '{}' keeps its password in clear in the QGIS settings; DSEZA Twin does not use it, so that the password never reaches a project file or the settings. Edit the connection (Data Source Manager › PostgreSQL): keep the credentials in an authentication configuration (authcfg), or use a pg_service, and connect again.</source>
        <translation>Kết nối PostgreSQL đã lưu '{}' giữ mật khẩu dạng rõ trong phần thiết lập của QGIS; DSEZA Twin không dùng kết nối này, để mật khẩu không bao giờ bị ghi vào tệp dự án hay phần thiết lập. Hãy sửa kết nối (Trình quản lý nguồn dữ liệu › PostgreSQL): lưu thông tin đăng nhập trong một cấu hình xác thực (authcfg) hoặc dùng pg_service, rồi kết nối lại.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/store_choice.py"/>
        <source>The saved PostgreSQL connection '{}' names neither a service nor a database.</source>
        <translation>Kết nối PostgreSQL đã lưu '{}' không nêu dịch vụ cũng không nêu cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/store_choice.py"/>
        <source>The schema name '{}' is not a plain identifier (letters, digits, _).</source>
        <translation>Tên lược đồ '{}' không phải là định danh đơn giản (chữ cái, chữ số, _).</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/store_choice.py"/>
        <source>Unknown kind of twin store '{}': choose one of {}.</source>
        <translation>Loại kho dữ liệu bản sao số '{}' không xác định: hãy chọn một trong {}.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/store_choice.py"/>
        <source>With an authentication configuration, give the database server (host) and the database name.</source>
        <translation>Khi dùng cấu hình xác thực, hãy nhập máy chủ cơ sở dữ liệu (host) và tên cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>'{address}' is neither a GeoPackage file (it must end in .gpkg) nor a PostgreSQL connection (such as 'service=dseza_twin' or 'dbname=twin host=localhost').</source>
        <translation>'{address}' không phải tệp GeoPackage (tên tệp phải kết thúc bằng .gpkg) cũng không phải kết nối PostgreSQL (như 'service=dseza_twin' hoặc 'dbname=twin host=localhost').</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>Cannot connect to the PostgreSQL store '{address}': {detail}</source>
        <translation>Không kết nối được tới kho dữ liệu PostgreSQL '{address}': {detail}</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>No twin store was given. Give a GeoPackage file (ending in .gpkg) or a PostgreSQL connection such as 'service=dseza_twin'.</source>
        <translation>Chưa chỉ định kho dữ liệu bản sao số. Hãy chọn một tệp GeoPackage (đuôi .gpkg) hoặc một kết nối PostgreSQL như 'service=dseza_twin'.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>Roles and row-level security exist in a PostGIS store only; {address} is a GeoPackage (a file: whoever can read it reads everything). Its audit and row versions work without roles.</source>
        <translation>Vai trò và bảo mật mức hàng chỉ có trong kho PostGIS; {address} là một GeoPackage (một tệp: ai đọc được tệp thì đọc được mọi thứ). Nhật ký thay đổi và phiên bản hàng của kho này vẫn hoạt động mà không cần vai trò.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>The connection to the PostgreSQL store '{address}' was lost ({detail}). Nothing of the unfinished step was kept; when the database is back, run again: it goes on from what was committed.</source>
        <translation>Mất kết nối tới kho dữ liệu PostgreSQL '{address}' ({detail}). Phần việc đang dở không được lưu lại; khi cơ sở dữ liệu hoạt động trở lại, hãy chạy lại: quá trình sẽ tiếp tục từ phần đã được ghi.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>The connection to the twin store '{address}' logs in as '{login}', which {reason}. Roles are set up on this store: daily work goes through a login granted {prefix}officer, {prefix}analyst, {prefix}sensor_ingest or {prefix}investor, so that the permissions and row-level security hold. Keep '{login}' for 'Create or upgrade twin store' and 'Set up roles'.</source>
        <translation>Kết nối tới kho dữ liệu bản sao số '{address}' đăng nhập bằng '{login}', tài khoản này {reason}. Kho này đã thiết lập vai trò: công việc hằng ngày phải dùng một tài khoản đăng nhập được cấp {prefix}officer, {prefix}analyst, {prefix}sensor_ingest hoặc {prefix}investor, để phân quyền và bảo mật mức hàng có hiệu lực. Chỉ dùng '{login}' cho 'Tạo hoặc nâng cấp kho dữ liệu bản sao số' và 'Thiết lập vai trò'.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>The folder of the GeoPackage {address} does not exist.</source>
        <translation>Thư mục của GeoPackage {address} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>The login '{login}' may not do this on the twin store '{address}' ({detail}). Its role does not allow it: see the permissions matrix (README, Governance and security); nothing was changed.</source>
        <translation>Tài khoản đăng nhập '{login}' không được làm việc này trên kho dữ liệu bản sao số '{address}' ({detail}). Vai trò của tài khoản không cho phép: xem ma trận phân quyền (README, mục Governance and security); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>The twin store {address} has schema version {version}, made by a newer DSEZA Twin; this plugin knows versions up to {known}. Update the plugin.</source>
        <translation>Kho dữ liệu bản sao số {address} có phiên bản lược đồ {version}, do một phiên bản DSEZA Twin mới hơn tạo ra; plugin này chỉ hỗ trợ đến phiên bản {known}. Hãy cập nhật plugin.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>The twin store {address} has schema version {version}; this plugin needs {needed}. Run 'Create or upgrade twin store' (dsezatwin:createstore) to upgrade it.</source>
        <translation>Kho dữ liệu bản sao số {address} có phiên bản lược đồ {version}; plugin này cần phiên bản {needed}. Hãy chạy 'Tạo hoặc nâng cấp kho dữ liệu bản sao số' (dsezatwin:createstore) để nâng cấp.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>bypasses row-level security</source>
        <translation>bỏ qua bảo mật mức hàng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>has the privileges of the tables' owner ({admin})</source>
        <translation>có quyền của chủ sở hữu các bảng ({admin})</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>is a superuser</source>
        <translation>là siêu người dùng (superuser)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>{address} is not a DSEZA Twin store yet: run 'Create or upgrade twin store' (dsezatwin:createstore) on it first.</source>
        <translation>{address} chưa phải là kho dữ liệu DSEZA Twin: hãy chạy 'Tạo hoặc nâng cấp kho dữ liệu bản sao số' (dsezatwin:createstore) trên đó trước.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/toolbelt/store_messages.py"/>
        <source>{address} is not a GeoPackage that can be opened.</source>
        <translation>{address} không phải là tệp GeoPackage mở được.</translation>
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
    <name>TwinLayers</name>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>50–80 % of the limit</source>
        <translation>50–80 % giới hạn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>80–100 % of the limit</source>
        <translation>80–100 % giới hạn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Area</source>
        <translation>Diện tích</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>At or above the limit</source>
        <translation>Bằng hoặc vượt giới hạn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Below half of the limit</source>
        <translation>Dưới một nửa giới hạn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>DSEZA Twin</source>
        <translation>DSEZA Twin</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Floor area</source>
        <translation>Diện tích sàn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Floors</source>
        <translation>Số tầng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Height</source>
        <translation>Chiều cao</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Land lot</source>
        <translation>Lô đất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Land use</source>
        <translation>Chức năng sử dụng đất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Latest value</source>
        <translation>Giá trị đo mới nhất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Lease</source>
        <translation>Thuê đất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Max. FAR</source>
        <translation>Hệ số sử dụng đất tối đa</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Max. coverage</source>
        <translation>Mật độ xây dựng tối đa</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Max. height</source>
        <translation>Chiều cao tối đa</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>No value in the last {} hours</source>
        <translation>Không có giá trị đo trong {} giờ qua</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Operator</source>
        <translation>Đơn vị quản lý</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Permit</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Plan decision</source>
        <translation>Quyết định phê duyệt quy hoạch</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Planning zone</source>
        <translation>Phân khu quy hoạch</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Recent value, no limit for this property</source>
        <translation>Giá trị gần đây, không có giới hạn cho thông số này</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Tenant</source>
        <translation>Nhà đầu tư thuê đất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Use</source>
        <translation>Công năng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>at</source>
        <translation>lúc</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>limit</source>
        <translation>giới hạn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>lot</source>
        <translation>lô</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>plan</source>
        <translation>quy hoạch</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>zone</source>
        <translation>phân khu</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/twin_layers.py"/>
        <source>{} twin layers added from {}.</source>
        <translation>Đã thêm {} lớp bản sao số từ {}.</translation>
    </message>
</context>
<context>
    <name>TwinLegend</name>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>10 – 20 m</source>
        <translation>10 – 20 m</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>20 – 40 m</source>
        <translation>20 – 40 m</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>40 – 80 m</source>
        <translation>40 – 80 m</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Acknowledged</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Air quality</source>
        <translation>Chất lượng không khí</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Available</source>
        <translation>Còn trống</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Concentrated IT park</source>
        <translation>Khu công nghệ thông tin tập trung</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Drainage</source>
        <translation>Thoát nước</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Drainage outfall</source>
        <translation>Cửa xả thoát nước</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Flood level</source>
        <translation>Mực nước ngập</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Free trade zone</source>
        <translation>Khu thương mại tự do</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Green space</source>
        <translation>Cây xanh</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Height &lt; 10 m</source>
        <translation>Cao &lt; 10 m</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>High-tech park</source>
        <translation>Khu công nghệ cao</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Housing</source>
        <translation>Nhà ở</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Industrial</source>
        <translation>Công nghiệp</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Industrial park</source>
        <translation>Khu công nghiệp</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Leased, not built yet</source>
        <translation>Đã cho thuê, chưa xây dựng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Mixed use</source>
        <translation>Hỗn hợp</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Noise</source>
        <translation>Tiếng ồn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Operating</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Other node</source>
        <translation>Nút khác</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Park gate</source>
        <translation>Cổng khu</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Permitted</source>
        <translation>Đã cấp phép</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Power</source>
        <translation>Cấp điện</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Power substation</source>
        <translation>Trạm biến áp</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Research &amp; development</source>
        <translation>Nghiên cứu &amp; phát triển</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Reserved</source>
        <translation>Đã giữ chỗ</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Road</source>
        <translation>Đường giao thông</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Road intersection</source>
        <translation>Nút giao thông</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Services / commercial</source>
        <translation>Dịch vụ / thương mại</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Suspended</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Technical infrastructure</source>
        <translation>Hạ tầng kỹ thuật</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Telecom</source>
        <translation>Viễn thông</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Traffic</source>
        <translation>Lưu lượng giao thông</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Transport</source>
        <translation>Giao thông</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Under construction</source>
        <translation>Đang xây dựng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Warehouse / logistics</source>
        <translation>Kho bãi / logistics</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Wastewater</source>
        <translation>Nước thải</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Wastewater treatment plant</source>
        <translation>Nhà máy xử lý nước thải</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Water quality</source>
        <translation>Chất lượng nước</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Water supply</source>
        <translation>Cấp nước</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Water supply station</source>
        <translation>Trạm cấp nước</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>≥ 80 m</source>
        <translation>≥ 80 m</translation>
    </message>
</context>
<context>
    <name>TwinProject</name>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Buildings</source>
        <translation>Công trình</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Construction projects</source>
        <translation>Dự án xây dựng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Environment &amp; IoT</source>
        <translation>Môi trường &amp; IoT</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Functional areas</source>
        <translation>Khu chức năng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Infrastructure</source>
        <translation>Hạ tầng kỹ thuật</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Land</source>
        <translation>Đất đai</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Land lots</source>
        <translation>Lô đất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Network links</source>
        <translation>Tuyến mạng lưới</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Network nodes</source>
        <translation>Nút mạng lưới</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Planning</source>
        <translation>Quy hoạch</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Planning zones</source>
        <translation>Phân khu quy hoạch</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Projects</source>
        <translation>Dự án đầu tư xây dựng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Readings on the map</source>
        <translation>Số đo trên bản đồ</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Sensor readings</source>
        <translation>Số đo cảm biến</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Sensors</source>
        <translation>Cảm biến</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/twin_project.py"/>
        <source>Sensors: latest value</source>
        <translation>Cảm biến: giá trị mới nhất</translation>
    </message>
</context>
<context>
    <name>ValidateStore</name>
    <message>
        <location filename="../processing/algorithms/governance/validate_store.py"/>
        <source>Canceled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/validate_store.py"/>
        <source>Checking geometries, CRS, overlaps, buildings in their lots and values…</source>
        <translation>Đang kiểm tra hình học, hệ tọa độ, chồng lấn, công trình trong lô đất và giá trị…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/validate_store.py"/>
        <source>No violation: the store passes the quality gate.</source>
        <translation>Không có vi phạm: kho dữ liệu đạt cổng chất lượng.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/validate_store.py"/>
        <source>Tolerance (m): overlaps and buildings past their lot by less are accepted</source>
        <translation>Dung sai (m): chồng lấn và công trình vượt ra ngoài lô đất ít hơn mức này được chấp nhận</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/validate_store.py"/>
        <source>Twin store (a .gpkg file, or 'service=NAME' for PostGIS)</source>
        <translation>Kho dữ liệu bản sao số (tệp .gpkg, hoặc 'service=TÊN' cho PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/validate_store.py"/>
        <source>Validate twin store (data-quality gate)</source>
        <translation>Kiểm tra kho dữ liệu bản sao số (cổng chất lượng dữ liệu)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/validate_store.py"/>
        <source>Violations</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/validate_store.py"/>
        <source>Violations found</source>
        <translation>Số vi phạm tìm thấy</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/governance/validate_store.py"/>
        <source>{} violation(s): {}</source>
        <translation>{} vi phạm: {}</translation>
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
    <name>ZoneInspector</name>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>A functional area's lots follow the limits of their planning zones; run 'Check planning compliance' for the verdicts.</source>
        <translation>Các lô đất của một khu chức năng tuân theo các chỉ tiêu của phân khu quy hoạch chứa chúng; hãy chạy 'Kiểm tra tuân thủ quy hoạch' để có kết luận.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Allowed uses</source>
        <translation>Chức năng được phép</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Area (ha)</source>
        <translation>Diện tích (ha)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Area (ha, EPSG:5899)</source>
        <translation>Diện tích (ha, EPSG:5899)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Area (m²)</source>
        <translation>Diện tích (m²)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Attribute</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Available land (ha)</source>
        <translation>Đất còn trống (ha)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Building</source>
        <translation>Công trình</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Building coverage</source>
        <translation>Mật độ xây dựng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Building coverage (%)</source>
        <translation>Mật độ xây dựng (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Building footprint (m²)</source>
        <translation>Diện tích chiếm đất của công trình (m²)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Building height</source>
        <translation>Chiều cao công trình</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Buildings</source>
        <translation>Công trình</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Capital (USD)</source>
        <translation>Vốn (USD)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Clause</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Click a lot, zone or area on the map to inspect it</source>
        <translation>Nhấp vào một lô đất, phân khu hoặc khu chức năng trên bản đồ để xem thông tin</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Compliance verdicts are not kept in the twin store: run 'Check planning compliance' for the verdict of each lot with its clauses. Shown: the plan's limits that apply.</source>
        <translation>Kết luận tuân thủ không được lưu trong kho dữ liệu bản sao số: hãy chạy 'Kiểm tra tuân thủ quy hoạch' để có kết luận cho từng lô đất kèm điều khoản. Hiển thị ở đây: các chỉ tiêu quy hoạch được áp dụng.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>DSEZA Twin inspector: {}</source>
        <translation>Trình xem DSEZA Twin: {}</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>DSEZA Twin — Zone inspector</source>
        <translation>DSEZA Twin — Xem thông tin khu</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>District</source>
        <translation>Quận/huyện</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Established</source>
        <translation>Năm thành lập</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Floor area ratio</source>
        <translation>Hệ số sử dụng đất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Floors</source>
        <translation>Số tầng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Functional area</source>
        <translation>Khu chức năng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>GFA (m²)</source>
        <translation>Tổng diện tích sàn (m²)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Green area (%)</source>
        <translation>Tỷ lệ cây xanh (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Green area (m²)</source>
        <translation>Diện tích cây xanh (m²)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Green land (%)</source>
        <translation>Đất cây xanh (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Green share</source>
        <translation>Tỷ lệ cây xanh</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Gross building density (%)</source>
        <translation>Mật độ xây dựng gộp (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Gross floor area (m²)</source>
        <translation>Tổng diện tích sàn (m²)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Height (m)</source>
        <translation>Chiều cao (m)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>High-tech share (%)</source>
        <translation>Tỷ lệ công nghệ cao (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Investor</source>
        <translation>Nhà đầu tư</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Jobs</source>
        <translation>Việc làm</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Kind of feature</source>
        <translation>Loại đối tượng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Land &amp;&amp; tenants</source>
        <translation>Đất &amp;&amp; doanh nghiệp thuê</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Land lot</source>
        <translation>Lô đất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Land use</source>
        <translation>Chức năng sử dụng đất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Last 30 days (daily)</source>
        <translation>30 ngày qua (theo ngày)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Last 7 days (hourly)</source>
        <translation>7 ngày qua (theo giờ)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Latest</source>
        <translation>Mới nhất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Latest compliance check of this lot: {} (run {}).</source>
        <translation>Lần kiểm tra tuân thủ gần nhất của lô đất này: {} (lượt chạy {}).</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Latest compliance verdicts of {} lots (newest check {}): {} pass, {} fail, {} insufficient data.</source>
        <translation>Kết luận tuân thủ gần nhất của {} lô đất (lần kiểm tra mới nhất {}): {} đạt, {} không đạt, {} thiếu dữ liệu.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Leasable land (ha)</source>
        <translation>Đất cho thuê được (ha)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Lease end</source>
        <translation>Ngày kết thúc thuê</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Lease start</source>
        <translation>Ngày bắt đầu thuê</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Leased land (ha)</source>
        <translation>Đất đã cho thuê (ha)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Limit</source>
        <translation>Giới hạn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Loaded in {:.0f} ms.</source>
        <translation>Đã tải trong {:.0f} ms.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Loading the chart…</source>
        <translation>Đang tải biểu đồ…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Loading {}…</source>
        <translation>Đang tải {}…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Looking up the map point…</source>
        <translation>Đang tìm vị trí trên bản đồ…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Lot</source>
        <translation>Lô đất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Lots</source>
        <translation>Lô đất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Lots {}</source>
        <translation>Lô đất {}</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Maximum building coverage (%)</source>
        <translation>Mật độ xây dựng tối đa (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Maximum floor area ratio</source>
        <translation>Hệ số sử dụng đất tối đa</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Maximum floors</source>
        <translation>Số tầng tối đa</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Maximum height (m)</source>
        <translation>Chiều cao tối đa (m)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Measures</source>
        <translation>Thông số đo</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Minimum green (%)</source>
        <translation>Tỷ lệ cây xanh tối thiểu (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Minimum setback (m)</source>
        <translation>Khoảng lùi tối thiểu (m)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Most floors</source>
        <translation>Số tầng cao nhất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Name (English)</source>
        <translation>Tên (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Name (Vietnamese)</source>
        <translation>Tên (tiếng Việt)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Name or code of an area, zone or lot (e.g. Hoa Khanh)</source>
        <translation>Tên hoặc mã của khu, phân khu hoặc lô đất (ví dụ: Hoa Khanh)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Net building density (%)</source>
        <translation>Mật độ xây dựng thuần (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>No lot, zone or area at that point.</source>
        <translation>Không có lô đất, phân khu hay khu chức năng nào tại điểm đó.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>No lots.</source>
        <translation>Không có lô đất.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>No readings in the last {} days.</source>
        <translation>Không có số đo trong {} ngày qua.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>No sensor in or near it.</source>
        <translation>Không có cảm biến bên trong hoặc ở gần.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>No twin store is connected: connect to a store (DSEZA Twin menu) first.</source>
        <translation>Chưa kết nối kho dữ liệu bản sao số: hãy kết nối một kho (trình đơn DSEZA Twin) trước.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Nothing found.</source>
        <translation>Không tìm thấy.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Occupancy (%)</source>
        <translation>Tỷ lệ lấp đầy (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Open alerts</source>
        <translation>Cảnh báo đang mở</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Operator</source>
        <translation>Đơn vị quản lý vận hành</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Permit</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Pick on map</source>
        <translation>Chọn trên bản đồ</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Plan decision</source>
        <translation>Quyết định phê duyệt quy hoạch</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Plan level</source>
        <translation>Cấp quy hoạch</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Planning zone</source>
        <translation>Phân khu quy hoạch</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Public lot</source>
        <translation>Lô đất công cộng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Published area (ha)</source>
        <translation>Diện tích công bố (ha)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Recorded area (m²)</source>
        <translation>Diện tích ghi nhận (m²)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Registered capital (USD)</source>
        <translation>Vốn đăng ký (USD)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Rule</source>
        <translation>Quy định</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Rules that apply</source>
        <translation>Các quy định áp dụng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Scenario {}</source>
        <translation>Kịch bản {}</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Search or pick an area, zone or lot.</source>
        <translation>Tìm hoặc chọn một khu chức năng, phân khu hoặc lô đất.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Searching '{}'…</source>
        <translation>Đang tìm '{}'…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Sensor</source>
        <translation>Cảm biến</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Sensors in or near it</source>
        <translation>Cảm biến bên trong hoặc ở gần</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Setback</source>
        <translation>Khoảng lùi</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>Simulating scenario {} for {}…</source>
        <translation>Đang mô phỏng kịch bản {} cho {}…</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Tallest building (m)</source>
        <translation>Công trình cao nhất (m)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Technical infrastructure land (%)</source>
        <translation>Đất hạ tầng kỹ thuật (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Tenant</source>
        <translation>Doanh nghiệp thuê</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Transport land (%)</source>
        <translation>Đất giao thông (%)</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Use</source>
        <translation>Công năng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>Zone</source>
        <translation>Phân khu</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>above limit</source>
        <translation>vượt giới hạn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>above maximum</source>
        <translation>vượt mức tối đa</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>available</source>
        <translation>còn trống</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>below minimum</source>
        <translation>dưới mức tối thiểu</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>fail</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>insufficient data</source>
        <translation>thiếu dữ liệu</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>leased</source>
        <translation>đã cho thuê</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>no limit known</source>
        <translation>chưa có giới hạn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>no reading</source>
        <translation>chưa có số đo</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>operating</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>pass</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>plan of the lot's zone</source>
        <translation>quy hoạch của phân khu chứa lô đất</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>plan of zone {}</source>
        <translation>quy hoạch phân khu {}</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>reserved</source>
        <translation>đã giữ chỗ</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>under construction</source>
        <translation>đang xây dựng</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>within limit</source>
        <translation>trong giới hạn</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/dock.py"/>
        <source>{} found.</source>
        <translation>Tìm thấy {}.</translation>
    </message>
    <message>
        <location filename="../dseza_twin_plugin/gui/inspector/tabs.py"/>
        <source>{} lots: {}</source>
        <translation>{} lô đất: {}</translation>
    </message>
</context>
<context>
    <name>ZoneReport</name>
    <message>
        <location filename="../processing/algorithms/planning/zone_report.py"/>
        <source>3D view drawn (1) or left out (0)</source>
        <translation>Mô hình 3D đã được vẽ (1) hay bị bỏ qua (0)</translation>
    </message>
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
        <source>The 3D view is left out of the report: {}.</source>
        <translation>Mô hình 3D không được đưa vào báo cáo: {}.</translation>
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
