package vn.hungyen.xhht.samples;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * Document numbers as Vietnamese administrations write them, {@code 45/KH-UBND} or {@code 112/QĐ-SGDĐT}:
 * a number, the kind of document (from what the deliverable is), and the issuer's abbreviation (from the
 * unit's name, so a unit added to the register gets one too).
 */
final class Documents {

    /** The first keyword found in a deliverable's name gives the kind of document that shows it done. */
    private record Kind(String keyword, String code) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("hội nghị", "TB"), new Kind("hướng dẫn", "HD"), new Kind("thành lập", "QĐ"),
            new Kind("sơ kết", "BC"), new Kind("tổng kết", "BC"), new Kind("kiểm tra", "KL"),
            new Kind("điều tra", "BC"), new Kind("báo cáo", "BC"), new Kind("tham mưu", "TTr"),
            new Kind("đề xuất", "TTr"), new Kind("kế hoạch", "KH"), new Kind("đề án", "QĐ"),
            new Kind("bộ chỉ số", "QĐ"), new Kind("bộ phận", "QĐ"), new Kind("cấp đủ", "QĐ"));
    private static final String DEFAULT_KIND = "KH";
    // words that abbreviations leave out: "Sở Kế hoạch và Đầu tư" is SKHĐT, "Hội Nông dân tỉnh" HND
    private static final Set<String> SILENT = Set.of("và", "tỉnh", "-");

    private Documents() {
    }

    static String number(Unit unit, String deliverableName, Object... key) {
        int n = Dice.of("document", unit.code(), List.of(key)).whole(3, 248);
        return n + "/" + kind(deliverableName) + "-" + issuer(unit);
    }

    static String kind(String deliverableName) {
        String name = deliverableName.toLowerCase(Locale.ROOT);
        return KINDS.stream().filter(k -> name.contains(k.keyword())).map(Kind::code).findFirst()
                .orElse(DEFAULT_KIND);
    }

    static String issuer(Unit unit) {
        if (unit.kind() == UnitKind.DISTRICT) {
            return "UBND";
        }
        if (unit.kind() == UnitKind.STEERING_COMMITTEE) {
            return "BCĐ";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : unit.name().split("[\\s,]+")) {
            if (!word.isEmpty() && !SILENT.contains(word.toLowerCase(Locale.ROOT))) {
                initials.append(initial(word.charAt(0)));
            }
        }
        return initials.toString();
    }

    // Đ keeps its stroke in abbreviations; other letters lose their marks (Ủy ban → UB)
    private static char initial(char c) {
        if (c == 'Đ' || c == 'đ') {
            return 'Đ';
        }
        String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Character.toUpperCase(plain.charAt(0));
    }
}
