package vn.hungyen.xhht.unit;

import vn.hungyen.xhht.testing.AppTest;

@AppTest
class UnitApiH2Test extends UnitApiContract {
}
