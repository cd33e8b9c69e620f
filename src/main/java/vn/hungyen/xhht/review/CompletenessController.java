package vn.hungyen.xhht.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.UnitKind;

@RestController
@RequestMapping("/api/completeness")
@Tag(name = "Completeness", description = "Who had reported for which period, as of a day")
class CompletenessController {

    private final Completeness completeness;

    CompletenessController(Completeness completeness) {
        this.completeness = completeness;
    }

    @GetMapping
    @Operation(summary = "Units × periods (2013-H2..2020-H2) matrix and reporting rates as of a day",
            description = "Each cell is ON_TIME, LATE, MISSING or NOT_DUE (deadline not passed as of the day). "
                    + "A report counts from the day its workbook says it was sent.")
    CompletenessView asOf(
            @Parameter(description = "the day, yyyy-MM-dd (default: today)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "kinds of unit (default: all)") @RequestParam(required = false)
            List<UnitKind> unitKind,
            Language language) {
        return completeness.asOf(asOf == null ? completeness.today() : asOf, unitKind, language);
    }
}
