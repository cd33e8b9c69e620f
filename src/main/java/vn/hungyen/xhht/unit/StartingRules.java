package vn.hungyen.xhht.unit;

import vn.hungyen.xhht.engine.RulePack;

/**
 * Chooses the rule set the application starts judging with: the active version of the database, which the
 * rule folder only seeds (ruleset.VersionStart). Never throws for rules that do not compile, so that such rules
 * never stop the application from starting.
 */
public interface StartingRules {

    /** Compiles with {@link RuleBook#compile}; the rule book is not loaded yet. */
    RulePack first(RuleBook book);
}
