package vn.hungyen.xhht.template;

import java.util.List;

/**
 * The names a template writes, exactly as the workbook contract spells them (report-template.md §1). The
 * file always uses the Vietnamese names: they are the contract's canonical ones, whatever language the
 * instructions are in.
 */
final class Contract {

    static final String INFO = "Thông tin";
    static final String INDICATORS = "Chỉ tiêu";
    static final String DELIVERABLES = "Nhiệm vụ";
    static final String GUIDE = "Hướng dẫn";

    static final String UNIT = "Mã đơn vị";
    static final String UNIT_NAME = "Tên đơn vị";
    static final String PERIOD = "Kỳ báo cáo";
    static final String SUBMITTED_ON = "Ngày gửi";
    static final String PREPARED_BY = "Người lập";

    static final String INDICATOR = "Mã chỉ tiêu";
    static final String YEAR = "Năm";
    static final String NUMERATOR = "Tử số";
    static final String DENOMINATOR = "Mẫu số";
    static final String VALUE = "Giá trị (%)";
    static final String NOTE = "Ghi chú";

    static final String DELIVERABLE = "Mã nhiệm vụ";
    static final String STATUS = "Trạng thái";
    static final String COMPLETED_ON = "Ngày hoàn thành";
    static final String DOCUMENT = "Số văn bản";

    static final String DONE = "Hoàn thành";
    static final String IN_PROGRESS = "Đang thực hiện";
    static final String NOT_STARTED = "Chưa thực hiện";
    static final List<String> STATUSES = List.of(DONE, IN_PROGRESS, NOT_STARTED);

    private Contract() {
    }
}
