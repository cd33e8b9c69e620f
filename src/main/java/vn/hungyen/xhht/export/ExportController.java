package vn.hungyen.xhht.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.review.FindingFilter;
import vn.hungyen.xhht.review.ReviewStatus;
import vn.hungyen.xhht.system.RequestPeriods;

@RestController
@Tag(name = "Exports", description = "The findings list as an Excel workbook or a CSV file")
class ExportController {

    private final FindingExports exports;

    ExportController(FindingExports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/findings.{format}")
    @Operation(summary = "Every finding the filter matches, as .xlsx or .csv (a download)",
            description = "The filters of GET /api/findings, without paging: all the findings matched, in the "
                    + "same order. Headings and messages in the request's language. Texts that begin with = + - @, "
                    + "a tab or a carriage return get a leading single quote, so that no spreadsheet runs them. "
                    + "The .xlsx has numbers and dates as such; the .csv is RFC 4180 in UTF-8 with a byte order "
                    + "mark, numbers with a decimal point, dates as yyyy-MM-dd.")
    ResponseEntity<byte[]> findings(
            @Parameter(description = "xlsx or csv") @PathVariable ExportFormat format,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) List<UnitKind> unitKind,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) List<FindingKind> kind,
            @RequestParam(required = false) List<Severity> severity,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String ruleId,
            @RequestParam(required = false) Long report,
            @Parameter(description = "review statuses; none: the findings that stand (OPEN, ACCEPTED, WAIVED)")
            @RequestParam(required = false) List<ReviewStatus> status,
            Language language) {
        FindingFilter filter = new FindingFilter(unit, unitKind,
                RequestPeriods.parse("period", period).orElse(null), kind, severity, code, ruleId, report, status);
        FindingExports.Export export = exports.findings(filter, format, language);
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(export.content());
    }
}
