package vn.hungyen.xhht.template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.system.ApiException;

/**
 * {@code GET /api/templates/{unit}/{period}}: the blank report workbook of a unit for a period, as an .xlsx
 * download. The instructions are in the request's language ({@code ?lang=}, then Accept-Language); the
 * workbook's own names are the contract's Vietnamese either way. Refusals are problem details (ApiException).
 */
@RestController
@Tag(name = "Templates", description = "Blank report workbooks, pre-filled with the rows a report owes")
public class TemplateController {

    static final MediaType XLSX = MediaType.parseMediaType(ReportTemplate.MEDIA_TYPE);

    private final ObjectProvider<TemplateSource> source;

    /**
     * The source is looked up per request, not required at startup: until the rule-pack wiring provides
     * one, the rest of the application still starts and this endpoint says why it cannot answer.
     */
    public TemplateController(ObjectProvider<TemplateSource> source) {
        this.source = source;
    }

    @GetMapping("/api/templates/{unit}/{period}")
    @Operation(summary = "Download the blank report workbook of a unit for a period (e.g. H_VANLAM, 2015-H2)",
            description = "An .xlsx with the sheets of the report contract: unit and period filled in, one row per "
                    + "indicator value and per deliverable status the report owes, a status dropdown, and an "
                    + "instructions sheet in the request's language. 400 for a period that cannot be read, 404 "
                    + "for a unit not in the register.")
    public ResponseEntity<byte[]> template(@PathVariable String unit, @PathVariable String period,
                                           Language language) {
        Period readPeriod = Period.parse(period)
                .orElseThrow(() -> ApiException.badRequest("template.error.period", period));
        TemplateSource rules = source.getIfAvailable();
        if (rules == null) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "template.error.unwired");
        }
        RulePack pack = rules.pack();
        String code = unit.strip().toUpperCase(Locale.ROOT);
        if (pack.units().find(code).isEmpty()) {
            throw ApiException.notFound("template.error.unit", unit);
        }
        byte[] xlsx = new ReportTemplate(pack, rules.names(language), Messages.of(language)).blank(code, readPeriod);
        ContentDisposition attachment = ContentDisposition.attachment()
                .filename(ReportTemplate.fileName(code, readPeriod)).build();
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
                .body(xlsx);
    }
}
