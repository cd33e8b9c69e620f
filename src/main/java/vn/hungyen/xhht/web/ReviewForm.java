package vn.hungyen.xhht.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.hungyen.xhht.review.Decision;
import vn.hungyen.xhht.review.ReviewRequest;

/**
 * The review form of a finding's page: the button pressed ({@code decision}) and the fields. The reviewer is
 * the signed-in user ({@link vn.hungyen.xhht.review.Reviewer}).
 */
record ReviewForm(Decision decision, String text, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {

    ReviewRequest request() {
        return new ReviewRequest(null, text, until);
    }
}
