package vn.hungyen.xhht.unit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.system.ApiException;

/** The register of reporting units: data an administrator edits. An edit reloads the rules. */
@Service
public class UnitService {

    /** Codes as the catalog writes them: capitals, digits and underscores, e.g. SO_GDDT, H_VANLAM. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final int NAME_LENGTH = 500;

    private final UnitRepository units;
    private final RuleBook rules;

    UnitService(UnitRepository units, RuleBook rules) {
        this.units = units;
        this.rules = rules;
    }

    /** Every unit, in the register's order. */
    public List<Unit> all() {
        return units.findAll();
    }

    public Optional<Unit> find(String code) {
        return units.find(code);
    }

    /**
     * Creates the unit or edits it; the rules are then reloaded with the new register (and findings
     * re-evaluated). A code, name or kind that cannot be used is a bad request ({@link ApiException}).
     */
    public Saved save(String code, UnitEdit edit) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw ApiException.badRequest("api.error.unitCode", code);
        }
        if (edit == null || edit.name() == null || edit.name().isBlank() || edit.name().length() > NAME_LENGTH) {
            throw ApiException.badRequest("api.error.unitName", NAME_LENGTH);
        }
        if (edit.nameEn() != null && edit.nameEn().length() > NAME_LENGTH) {
            throw ApiException.badRequest("api.error.unitName", NAME_LENGTH);
        }
        UnitKind kind = kind(edit.kind());
        Unit unit = new Unit(code, edit.name().strip(),
                edit.nameEn() == null || edit.nameEn().isBlank() ? null : edit.nameEn().strip(), kind);
        boolean created = units.save(unit);
        rules.reload();
        return new Saved(unit, created);
    }

    private static UnitKind kind(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(UnitKind.values()).filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("api.error.unitKind"));
    }

    /** A unit as saved, and whether it is new. */
    public record Saved(Unit unit, boolean created) {
    }
}
