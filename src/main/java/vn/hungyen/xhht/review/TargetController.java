package vn.hungyen.xhht.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.xhht.message.Language;

@RestController
@RequestMapping("/api/targets")
@Tag(name = "Targets", description = "The targets of section II, unit by unit")
class TargetController {

    private final Targets targets;

    TargetController(Targets targets) {
        this.targets = targets;
    }

    @GetMapping
    @Operation(summary = "For each target and year: the units that meet it, miss it (with the value) or gave no value")
    List<TargetGroup> list(
            @Parameter(description = "indicator code, e.g. LIT_15_60") @RequestParam(required = false) String indicator,
            @Parameter(description = "year, e.g. 2015") @RequestParam(required = false) Integer year,
            Language language) {
        return targets.targets(indicator, year, language);
    }
}
