package vn.hungyen.xhht.report;

import vn.hungyen.xhht.testing.PostgresAppTest;

@PostgresAppTest
class ReportStorePostgresTest extends ReportStoreContract {
}
