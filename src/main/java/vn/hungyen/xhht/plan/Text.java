package vn.hungyen.xhht.plan;

import java.text.Normalizer;
import java.util.Locale;

/** Folding of names typed by people, so that sheet names, headers and labels match however they were typed. */
public final class Text {

    private Text() {
    }

    /** Lower case, no diacritics (đ becomes d), single spaces, trimmed: NFC and NFD fold alike. */
    public static String fold(String s) {
        String stripped = Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
