package vn.hungyen.xhht.security;

import vn.hungyen.xhht.testing.PostgresAppTest;

@PostgresAppTest
class StaleSessionsPostgresTest extends StaleSessionsContract {
}
