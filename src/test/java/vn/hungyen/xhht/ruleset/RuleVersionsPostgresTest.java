package vn.hungyen.xhht.ruleset;

import vn.hungyen.xhht.testing.PostgresAppTest;

@PostgresAppTest
class RuleVersionsPostgresTest extends RuleVersionsContract {
}
