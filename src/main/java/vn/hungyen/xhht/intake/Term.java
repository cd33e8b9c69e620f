package vn.hungyen.xhht.intake;

import java.util.Collection;
import java.util.Optional;
import vn.hungyen.xhht.plan.Text;

/**
 * A word of the workbook contract (sheet name, column header, label or status) as it is written in
 * Vietnamese, with its English alias. Typed text matches it whatever its case, spacing, punctuation,
 * diacritics or Unicode normal form, because people type "Gia tri %" for "Giá trị (%)".
 */
final class Term {

    private final String vietnamese;
    private final String key;
    private final String englishKey;

    Term(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.key = key(vietnamese);
        this.englishKey = key(english);
    }

    /** How problems name it. */
    String vietnamese() {
        return vietnamese;
    }

    boolean matches(String typed) {
        return hasKey(key(typed));
    }

    static Optional<Term> find(Collection<Term> terms, String typed) {
        String k = key(typed);
        return terms.stream().filter(term -> term.hasKey(k)).findFirst();
    }

    private boolean hasKey(String k) {
        return k.equals(key) || k.equals(englishKey);
    }

    private static String key(String s) {
        return Text.fold(s).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
