package vn.hungyen.xhht.intake;

import java.util.Set;

/** A few codes of the plan catalog, enough for reading tests. */
final class StubCodes implements KnownCodes {

    private static final Set<String> UNITS = Set.of("SO_GDDT", "H_VANLAM", "LDLD");
    private static final Set<String> INDICATORS = Set.of("LIT_15_60", "OFF_IT", "WRK_IT_FL");
    private static final Set<String> DELIVERABLES = Set.of("PL01", "PL02", "PL03", "PL04", "PL10", "BUDGET");

    @Override
    public boolean isUnit(String code) {
        return UNITS.contains(code);
    }

    @Override
    public boolean isIndicator(String code) {
        return INDICATORS.contains(code);
    }

    @Override
    public boolean isDeliverable(String code) {
        return DELIVERABLES.contains(code);
    }
}
