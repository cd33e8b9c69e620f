package vn.hungyen.xhht.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.system.Caller;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.report.Dating;
import vn.hungyen.xhht.report.IncomingFile;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.system.Paging;
import vn.hungyen.xhht.system.RequestPeriods;
import vn.hungyen.xhht.system.ResultPage;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "Upload report workbooks and read the stored reports")
class ReportController {

    static final String FILES = "files";

    private final Uploads uploads;
    private final ReportQueries reports;

    ReportController(Uploads uploads, ReportQueries reports) {
        this.uploads = uploads;
        this.reports = reports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload one or more report workbooks (.xlsx), multipart part \"files\"",
            description = "Each file is stored unless the same bytes are stored already (DUPLICATE) or it gives "
                    + "no report (REJECTED, with the problems that say why). A new version of a unit's report for "
                    + "a period supersedes the one stored before when it was submitted later (SUPERSEDES). All "
                    + "reports are then judged again; each outcome lists the findings about its report.")
    UploadResult upload(@RequestPart(FILES) List<MultipartFile> files, Principal principal, Language language) {
        return answer(incoming(files), Caller.of(principal), language, Dating.RECEIVED);
    }

    private static List<IncomingFile> incoming(List<MultipartFile> files) {
        List<IncomingFile> incoming = files.stream().filter(f -> !isNoFile(f)).map(ReportController::incoming).toList();
        if (incoming.isEmpty()) {
            throw ApiException.badRequest("api.error.noFile", FILES);
        }
        return incoming;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Administrators: bring in reports sent on paper or by e-mail, dated by the date written in "
            + "them (\"Ngày gửi\") rather than by today",
            description = "As POST /api/reports, except for timeliness (catalog reading 14): an upload is dated by "
                    + "the day the application received it, an import by its written date.")
    UploadResult importHistory(@RequestPart(FILES) List<MultipartFile> files, Principal principal,
                               Language language) {
        return answer(incoming(files), Caller.of(principal), language, Dating.STATED);
    }

    private UploadResult answer(List<IncomingFile> incoming, Caller caller, Language language, Dating dating) {
        UploadResult result = uploads.upload(incoming, caller, language, dating);
        return new UploadResult(result.files(), result.evaluation().seenBy(caller));
    }

    @GetMapping
    @Operation(summary = "List the stored reports (all versions), with their findings counted by severity")
    ResultPage<ReportListItem> list(
            @Parameter(description = "unit code, e.g. H_VANLAM") @RequestParam(required = false) String unit,
            @Parameter(description = "kinds of unit") @RequestParam(required = false) List<UnitKind> unitKind,
            @Parameter(description = "period, e.g. 2015-H2") @RequestParam(required = false) String period,
            @Parameter(description = "true: only the reports that count; false: only superseded ones")
            @RequestParam(required = false) Boolean current,
            @Parameter(description = "true: only late reports; false: only those on time")
            @RequestParam(required = false) Boolean late,
            @Parameter(description = "0-based page") @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, 1 to 1000 (default 50)") @RequestParam(required = false) Integer size,
            Language language) {
        ReportFilter filter = new ReportFilter(unit, unitKind, RequestPeriods.parse("period", period).orElse(null),
                current, late);
        return reports.reports(filter, Paging.of(page, size), language);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show one stored report: values, deliverables, problems, findings and its versions")
    ReportDetail one(@PathVariable long id, Language language) {
        return reports.report(id, language).orElseThrow(() -> ApiException.notFound("api.error.unknownReport", id));
    }

    /** What a browser sends when no file was chosen: a part with no name and no bytes. */
    private static boolean isNoFile(MultipartFile file) {
        return file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
    }

    private static IncomingFile incoming(MultipartFile file) {
        try {
            return IncomingFile.uploaded(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
