package vn.hungyen.xhht.progress;

import vn.hungyen.xhht.testing.PostgresAppTest;

@PostgresAppTest
class ProgressPostgresTest extends ProgressContract {
}
