package vn.hungyen.xhht.samples;

import java.util.List;
import vn.hungyen.xhht.plan.Period;

/** Who prepared a report: a Vietnamese name, the same person for a few years, as staff change slowly. */
final class People {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ",
            "Bùi", "Đặng", "Ngô", "Dương", "Đào", "Lương", "Đinh", "Phan", "Trịnh", "Nguyễn", "Trần", "Lê");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Đức", "Hữu", "Quang", "Minh", "Xuân",
            "Công", "Thế", "Văn", "Mạnh");
    private static final List<String> MALE_GIVEN = List.of("Hùng", "Dũng", "Hải", "Tuấn", "Nam", "Bình",
            "Long", "Cường", "Thắng", "Sơn", "Toàn", "Khánh", "Quyết", "Tiến", "Thành", "Huy");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Kim",
            "Thị", "Thị", "Phương");
    private static final List<String> FEMALE_GIVEN = List.of("Lan", "Hương", "Thảo", "Hà", "Hoa", "Phương",
            "Trang", "Huyền", "Nga", "Yến", "Dung", "Mai", "Hằng", "Loan", "Linh", "Thủy");

    private static final int YEARS_IN_POST = 3;

    private People() {
    }

    static String preparer(String unit, Period period) {
        // units change staff in different years, not all at once
        int term = (period.year() + Math.floorMod(unit.hashCode(), YEARS_IN_POST)) / YEARS_IN_POST;
        Dice dice = Dice.of("preparer", unit, term);
        boolean woman = dice.chance(0.55);
        return dice.pick(FAMILY) + " "
                + (woman ? dice.pick(FEMALE_MIDDLE) + " " + dice.pick(FEMALE_GIVEN)
                         : dice.pick(MALE_MIDDLE) + " " + dice.pick(MALE_GIVEN));
    }
}
