package vn.hungyen.xhht.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.system.ApiException;

@RestController
@RequestMapping("/api/units")
@Tag(name = "Units", description = "The register of reporting units (plan-catalog §1): data, not code")
class UnitController {

    private final UnitService units;
    private final RuleBook rules;

    UnitController(UnitService units, RuleBook rules) {
        this.units = units;
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "List the reporting units, in the register's order")
    List<UnitView> all(Language language) {
        Texts texts = rules.texts(language);
        return units.all().stream().map(u -> UnitView.of(u, texts)).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Show one reporting unit")
    UnitView one(@PathVariable String code, Language language) {
        return units.find(code).map(u -> UnitView.of(u, rules.texts(language)))
                .orElseThrow(() -> ApiException.notFound("api.error.unknownUnit", code));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Create or edit a reporting unit (name, nameEn, kind)",
            description = "201 when the unit is new, 200 when it was edited. The rules are reloaded with the "
                    + "new register and all findings are re-evaluated.")
    ResponseEntity<UnitView> save(@PathVariable String code, @RequestBody UnitEdit edit, Language language) {
        UnitService.Saved saved = units.save(code, edit);
        UnitView view = UnitView.of(saved.unit(), rules.texts(language));
        return saved.created() ? ResponseEntity.created(URI.create("/api/units/" + code)).body(view)
                : ResponseEntity.ok(view);
    }
}
