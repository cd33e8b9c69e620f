package vn.hungyen.xhht.ruleset;

import vn.hungyen.xhht.testing.AppTest;

@AppTest
class RuleVersionsH2Test extends RuleVersionsContract {
}
