package vn.hungyen.xhht.notice;

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
@RequestMapping("/api/notices")
@Tag(name = "Notices", description = "What units must do soon and what they left overdue, to chase them")
class NoticeController {

    private final Notices notices;

    NoticeController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping
    @Operation(summary = "Per unit: reports and deliverables due soon, and those that became overdue since a day",
            description = "Due soon: due from asOf to asOf + days, both included. Overdue: due from since to the day "
                    + "before asOf and not done by asOf. Half-year reports are due 15 June and 15 December (done: a "
                    + "report of the unit and period sent by asOf); deliverables are the dated duties of the rules "
                    + "(done: the row that counted on asOf says DONE). Reports count from the submission date "
                    + "written in them. Only units with something to chase are listed.")
    NoticeView notices(
            @Parameter(description = "the day, yyyy-MM-dd (default: today)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "overdue since, yyyy-MM-dd (default: asOf minus days)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @Parameter(description = "days ahead, 1 to 366 (default 30)") @RequestParam(required = false) Integer days,
            @Parameter(description = "unit code, e.g. H_VANLAM") @RequestParam(required = false) String unit,
            @Parameter(description = "kinds of unit (default: all)") @RequestParam(required = false)
            List<UnitKind> unitKind,
            Language language) {
        return notices.notices(asOf, since, days, unit, unitKind, language);
    }
}
