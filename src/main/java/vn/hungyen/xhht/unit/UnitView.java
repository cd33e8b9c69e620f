package vn.hungyen.xhht.unit;

import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * A unit as the API shows it.
 *
 * @param displayName its name in the request's language (the code when it has none)
 * @param kindLabel   its kind in the request's language
 */
public record UnitView(String code, String name, String nameEn, UnitKind kind, String displayName,
                       String kindLabel) {

    static UnitView of(Unit unit, Texts texts) {
        String display = texts.language() == Language.EN && unit.nameEn() != null
                ? unit.nameEn() : unit.name();
        return new UnitView(unit.code(), unit.name(), unit.nameEn(), unit.kind(), display,
                texts.text("unitKind." + unit.kind().name()));
    }
}
