package vn.hungyen.xhht.web;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.hungyen.xhht.review.FindingQueries.FindingPage;
import vn.hungyen.xhht.review.FindingView;
import vn.hungyen.xhht.review.EvaluationInfo;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.system.Paging;

/**
 * The findings list's free-text search and sorting. The messages are written when a finding is shown, in the
 * reader's language, so both work on the findings the filters matched, as the reader sees them: a search matches
 * any word of the message, the unit, the rule, the code or the clause, without regard to case or Vietnamese
 * diacritics ("khoai chau" finds "Khoái Châu").
 */
final class FindingList {

    /** The columns one may sort by, as {@code ?sort=}; the direction is {@code ?dir=desc} or ascending. */
    static final Map<String, Comparator<FindingView>> COLUMNS = Map.of(
            "id", Comparator.comparingLong(FindingView::id),
            "severity", Comparator.comparing(FindingView::severity),
            "kind", text(FindingView::kindLabel),
            "unit", text(FindingView::unitName),
            "period", text(FindingView::period),
            "message", text(FindingView::message),
            "citation", text(FindingView::citation),
            "rule", text(FindingView::ruleId),
            "review", text(FindingView::statusLabel));

    private FindingList() {
    }

    static boolean asked(String query, String sort) {
        return (query != null && !query.isBlank()) || (sort != null && !sort.isBlank());
    }

    static FindingPage of(List<FindingView> all, EvaluationInfo evaluation, String query, String sort, String dir,
                          Paging paging) {
        Stream<FindingView> found = all.stream();
        if (query != null && !query.isBlank()) {
            List<String> words = List.of(fold(query).split("\\s+"));
            found = found.filter(f -> {
                String text = fold(String.join(" ", nonNull(f.message()), nonNull(f.unitName()), nonNull(f.unit()),
                        nonNull(f.ruleId()), nonNull(f.indicator()), nonNull(f.deliverable()), nonNull(f.citation())));
                return words.stream().allMatch(text::contains);
            });
        }
        if (sort != null && !sort.isBlank()) {
            Comparator<FindingView> order = COLUMNS.get(sort);
            if (order == null) {
                throw ApiException.badRequest("api.error.parameter", "sort", sort, String.join(", ",
                        COLUMNS.keySet().stream().sorted().toList()));
            }
            order = order.thenComparingLong(FindingView::id);
            found = found.sorted("desc".equals(dir) ? order.reversed() : order);
        }
        List<FindingView> matched = found.toList();
        int from = (int) Math.min(paging.offset(), matched.size());
        int to = Math.min(from + paging.size(), matched.size());
        int pages = (int) ((matched.size() + paging.size() - 1) / paging.size());
        return new FindingPage(evaluation, matched.subList(from, to), paging.page(), paging.size(), matched.size(),
                pages);
    }

    private static Comparator<FindingView> text(Function<FindingView, String> field) {
        return Comparator.comparing(f -> fold(nonNull(field.apply(f))));
    }

    /** Lower case without diacritics (đ as d), so that a search typed without accents finds the words. */
    static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).strip();
    }

    private static String nonNull(Object value) {
        return value == null ? "" : value.toString();
    }
}
