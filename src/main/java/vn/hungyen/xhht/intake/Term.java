package vn.hungyen.xhht.intake;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.hungyen.xhht.plan.Text;

/**
 * A word of the workbook contract (sheet name, column header, label or status) as it is written in
 * Vietnamese, with its English alias. Typed text matches it whatever its case, spacing, punctuation,
 * diacritics or Unicode normal form, because people type "Gia tri %" for "Giá trị (%)".
 */
final class Term {

    // Folding (Unicode decomposition, two regular expressions) costs more than reading a small sheet, and the
    // texts folded are sheet names, headers, labels and statuses: a few distinct ones, typed again and again.
    // Bounded, so that a flood of distinct texts cannot grow it.
    private static final int MAX_KEYS = 10_000;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private final String vietnamese;
    private final String english;
    private final String key;
    private final String englishKey;

    Term(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.key = key(vietnamese);
        this.englishKey = key(english);
    }

    /** How problems name it. */
    String vietnamese() {
        return vietnamese;
    }

    boolean matches(String typed) {
        return isExactly(typed) || hasKey(key(typed));
    }

    /** Folding costs far more than comparing, and most cells are typed exactly as the template has them. */
    static Optional<Term> find(Collection<Term> terms, String typed) {
        for (Term term : terms) {
            if (term.isExactly(typed)) {
                return Optional.of(term);
            }
        }
        String k = key(typed);
        return terms.stream().filter(term -> term.hasKey(k)).findFirst();
    }

    private boolean isExactly(String typed) {
        return typed.equals(vietnamese) || typed.equals(english);
    }

    private boolean hasKey(String k) {
        return k.equals(key) || k.equals(englishKey);
    }

    private static String key(String s) {
        if (KEYS.size() >= MAX_KEYS) {
            return fold(s);
        }
        return KEYS.computeIfAbsent(s, Term::fold);
    }

    private static String fold(String s) {
        return Text.fold(s).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
