package vn.hungyen.xhht.review;

import vn.hungyen.xhht.intake.Problem;

/**
 * Something the reader could not read in a workbook, where it is ({@code file!sheet!cell}) and what to do,
 * in the reader's language.
 */
public record ProblemView(String source, Problem problem, String message) {
}
