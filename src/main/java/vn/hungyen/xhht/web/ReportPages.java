package vn.hungyen.xhht.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.review.Evaluation;
import vn.hungyen.xhht.review.ReportDetail;
import vn.hungyen.xhht.report.ReportFiles;
import vn.hungyen.xhht.review.ReportQueries;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.system.Paging;

/** {@code /reports}: the stored reports, filtered and paged; {@code /reports/{id}}: one of them whole. */
@Controller
@RequestMapping("/reports")
class ReportPages {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportQueries reports;
    private final ReportFiles files;
    private final Choices choices;
    private final Evaluation evaluation;

    ReportPages(ReportQueries reports, ReportFiles files, Choices choices, Evaluation evaluation) {
        this.files = files;
        this.reports = reports;
        this.choices = choices;
        this.evaluation = evaluation;
    }

    @GetMapping
    String list(@ModelAttribute("form") ReportForm form, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size,
                Language language, Model model) {
        model.addAttribute("reports", reports.reports(form.filter(), Paging.of(page, size), language));
        model.addAttribute("units", choices.units(language));
        model.addAttribute("unitKinds", choices.unitKinds(language));
        model.addAttribute("periods", choices.periods(language));
        return "reports";
    }

    @GetMapping("/{id}")
    String one(@PathVariable long id, Language language, Model model) {
        ReportDetail detail = reports.report(id, language)
                .orElseThrow(() -> ApiException.notFound("api.error.unknownReport", id));
        model.addAttribute("detail", detail);
        model.addAttribute("flagged", FlaggedRows.of(detail.findings()));
        model.addAttribute("evaluation", evaluation.last().orElse(null)); // which rules made these findings
        return "report";
    }

    /** The workbook as it was received, under the name it was sent with. */
    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, Language language) {
        ReportDetail detail = reports.report(id, language)
                .orElseThrow(() -> ApiException.notFound("api.error.unknownReport", id));
        byte[] content = files.of(id).orElseThrow(() -> ApiException.notFound("page.report.fileNotKept",
                detail.report().fileName()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(detail.report().fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(XLSX)).body(content);
    }
}
