package vn.hungyen.xhht.notice;

import vn.hungyen.xhht.testing.AppTest;

@AppTest
class NoticeH2Test extends NoticeContract {
}
