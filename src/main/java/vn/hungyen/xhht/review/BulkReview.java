package vn.hungyen.xhht.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.system.ApiException;

/**
 * One decision, with one explanation, on several findings (the findings list's selection, or the API's ids):
 * each finding is decided on its own, as {@link Reviews#decide} would alone, so each is audited and each refusal
 * (a resolved finding, one accepted already) is reported for that finding without stopping the others.
 */
public final class BulkReview {

    /** At most this many findings in one decision: a page of the list at its largest size, with room to spare. */
    public static final int MAX_IDS = 1000;

    private BulkReview() {
    }

    /**
     * @param done    the findings decided
     * @param refused the others, with the reason in the request's language
     */
    public record Outcome(List<Long> done, List<Refusal> refused) {
    }

    public record Refusal(long id, int status, String detail) {
    }

    public static Outcome decide(Reviews reviews, List<Long> ids, Decision decision, ReviewRequest request,
                                 Messages messages) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS) {
            throw ApiException.badRequest("page.bulk.none");
        }
        List<Long> done = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            try {
                reviews.decide(id, decision, request);
                done.add(id);
            } catch (ApiException e) {
                Object[] args = Arrays.stream(e.args()).map(String::valueOf).toArray();
                refused.add(new Refusal(id, e.status().value(), messages.text(e.key(), args)));
            }
        }
        return new Outcome(done, refused);
    }
}
