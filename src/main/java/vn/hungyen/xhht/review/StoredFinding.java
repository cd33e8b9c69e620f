package vn.hungyen.xhht.review;

import vn.hungyen.xhht.engine.Finding;

/** A stored finding, the stored report it concerns when it concerns one, and its review. */
record StoredFinding(long id, Finding finding, Long reportId, Review review) {
}
