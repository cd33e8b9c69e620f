package vn.hungyen.xhht.review;

import vn.hungyen.xhht.testing.PostgresAppTest;

@PostgresAppTest
class ConcurrentUploadPostgresTest extends ConcurrentUploadContract {
}
