package vn.hungyen.xhht.review;

import vn.hungyen.xhht.testing.AppTest;

@AppTest
class ReviewWorkflowH2Test extends ReviewWorkflowContract {
}
