package vn.hungyen.xhht.security;

import vn.hungyen.xhht.testing.AppTest;

@AppTest
class StaleSessionsH2Test extends StaleSessionsContract {
}
