package vn.hungyen.xhht.samples;

import java.util.List;

/** The remarks people write in the "Ghi chú" column. */
final class Notes {

    private static final List<String> DONE = List.of(
            "Đã ban hành, triển khai đến các đơn vị trực thuộc",
            "Hoàn thành đúng tiến độ",
            "Đã hoàn thành, báo cáo kết quả về Ban Chỉ đạo tỉnh",
            "Đã triển khai thực hiện",
            "Hoàn thành theo kế hoạch");
    private static final List<String> ONGOING = List.of(
            "Tiếp tục triển khai thường xuyên",
            "Đang triển khai theo kế hoạch năm %d",
            "Duy trì thực hiện hằng năm",
            "Thực hiện lồng ghép với nhiệm vụ chuyên môn",
            "Đang phối hợp các đơn vị liên quan thực hiện");
    private static final List<String> DISTRICT_VALUE = List.of(
            "Theo báo cáo của UBND các xã, thị trấn",
            "Số liệu cập nhật đến 30/11/%d",
            "Tổng hợp từ báo cáo của các phòng, ban chuyên môn",
            "Số liệu thống kê năm %d",
            "");
    private static final List<String> PROVINCE_VALUE = List.of(
            "Tổng hợp từ báo cáo của các huyện, thành phố",
            "Số liệu cập nhật đến 30/11/%d",
            "Tổng hợp từ báo cáo của các cơ quan, đơn vị",
            "Số liệu thống kê năm %d",
            "");

    static final String INTERIM = "Số liệu tham khảo, năm %d không phải năm đánh giá";

    private Notes() {
    }

    static String done(Object... key) {
        return Dice.of("note.done", key).pick(DONE);
    }

    static String ongoing(int year, Object... key) {
        return Dice.of("note.ongoing", key).pick(ONGOING).formatted(year);
    }

    static String value(boolean district, int year, Object... key) {
        return Dice.of("note.value", key).pick(district ? DISTRICT_VALUE : PROVINCE_VALUE).formatted(year);
    }

    static String interim(int year) {
        return INTERIM.formatted(year);
    }
}
