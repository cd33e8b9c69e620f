package vn.hungyen.xhht.system;

import vn.hungyen.xhht.testing.PostgresAppTest;

@PostgresAppTest
class OddRequestsPostgresTest extends OddRequestsContract {
}
