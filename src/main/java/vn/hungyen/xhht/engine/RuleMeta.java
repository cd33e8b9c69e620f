package vn.hungyen.xhht.engine;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import vn.hungyen.xhht.plan.Severity;

/** The metadata a rule author writes on a rule: {@code @citation("II.1.a")} and {@code @severity("HIGH")}. */
final class RuleMeta {

    private RuleMeta() {
    }

    static String id(RuleContext k) {
        return k.getRule().getName();
    }

    static String citation(RuleContext k) {
        return string(k.getRule(), "citation");
    }

    static Severity severity(RuleContext k) {
        return severity(k.getRule());
    }

    static Severity severity(Rule rule) {
        String s = string(rule, "severity");
        return s == null ? null : Severity.valueOf(s);
    }

    static String string(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        return v == null ? null : v.toString();
    }
}
