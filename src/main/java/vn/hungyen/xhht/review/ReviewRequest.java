package vn.hungyen.xhht.review;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * An auditor's decision on a finding, or comment.
 *
 * @param reviewer who decides; the signed-in user's name takes its place (every request is signed in)
 * @param text     the explanation (accept), reason (waive, reopen) or comment
 * @param until    for a waiver, its last day (it lapses the day after)
 */
public record ReviewRequest(
        @Schema(description = "ignored: the signed-in user decides") String reviewer,
        @Schema(description = "explanation, reason or comment") String text,
        @Schema(description = "last day of a waiver", example = "2016-06-30") LocalDate until) {
}
