package vn.hungyen.xhht.system;

import vn.hungyen.xhht.testing.AppTest;

@AppTest
class OddRequestsH2Test extends OddRequestsContract {
}
