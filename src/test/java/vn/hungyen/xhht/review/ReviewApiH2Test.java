package vn.hungyen.xhht.review;

import vn.hungyen.xhht.testing.AppTest;

@AppTest
class ReviewApiH2Test extends ReviewApiContract {
}
