package vn.hungyen.xhht.unit;

import vn.hungyen.xhht.testing.PostgresAppTest;

@PostgresAppTest
class UnitApiPostgresTest extends UnitApiContract {
}
