package vn.hungyen.xhht.notice;

import vn.hungyen.xhht.testing.PostgresAppTest;

@PostgresAppTest
class NoticePostgresTest extends NoticeContract {
}
