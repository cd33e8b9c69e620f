package vn.hungyen.xhht.progress;

import vn.hungyen.xhht.testing.AppTest;

@AppTest
class ProgressH2Test extends ProgressContract {
}
