package vn.hungyen.xhht.review;

import vn.hungyen.xhht.testing.AppTest;

@AppTest
class ConcurrentUploadH2Test extends ConcurrentUploadContract {
}
