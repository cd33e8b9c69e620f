package vn.hungyen.xhht.report;

import vn.hungyen.xhht.testing.AppTest;

@AppTest
class ReportStoreH2Test extends ReportStoreContract {
}
