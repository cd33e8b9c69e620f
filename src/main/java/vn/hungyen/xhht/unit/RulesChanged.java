package vn.hungyen.xhht.unit;

/** The rule pack was loaded again (the register or the rule files changed): findings are out of date. */
public record RulesChanged(String rulesVersion) {
}
