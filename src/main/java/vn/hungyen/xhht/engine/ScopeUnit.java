package vn.hungyen.xhht.engine;

import vn.hungyen.xhht.plan.UnitKind;

/** A unit whose missing reports are judged in this check (contract §4). */
public record ScopeUnit(String code, UnitKind kind) {
}
