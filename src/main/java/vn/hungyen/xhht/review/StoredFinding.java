package vn.hungyen.xhht.review;

import vn.hungyen.xhht.engine.Finding;

/** A finding of the last evaluation, and the stored report it concerns when it concerns one. */
record StoredFinding(long id, Finding finding, Long reportId) {
}
