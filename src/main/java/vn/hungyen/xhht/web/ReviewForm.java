package vn.hungyen.xhht.web;

import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.review.Decision;
import vn.hungyen.xhht.review.ReviewRequest;

/**
 * The review form of a finding's page: the button pressed ({@code decision}) and the fields. The reviewer is
 * the signed-in user ({@link vn.hungyen.xhht.review.Reviewer}).
 */
record ReviewForm(Decision decision, String text, String until) {

    /** The date is read here, not bound, so that a date mistyped shows the page again with all that was typed. */
    ReviewRequest request(Language language) {
        return new ReviewRequest(null, text, PageDates.parse(until, Messages.of(language).text("page.finding.until")));
    }
}
