package vn.hungyen.xhht.template;

import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Names;

/**
 * Where the web application's templates get the rules from: the rule pack in use and the names that go with
 * it. The application's rule-pack wiring provides the bean, so that templates always follow the rules the
 * checker is running, reloads included.
 */
public interface TemplateSource {

    RulePack pack();

    Names names(Language language);
}
