package vn.hungyen.xhht.ruleset;

import vn.hungyen.xhht.testing.AppTest;

@AppTest
class RuleSetApiH2Test extends RuleSetApiContract {
}
