package vn.hungyen.xhht.ruleset;

/** An activation attempt: what the log keeps, and the candidate it tried (its errors, its scenarios). */
public record Attempt(Activation activation, Candidate candidate) {
}
