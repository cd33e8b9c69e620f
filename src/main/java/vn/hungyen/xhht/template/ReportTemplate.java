package vn.hungyen.xhht.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.message.Names;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Unit;

/**
 * A blank report workbook for one unit and period, laid out exactly as the reader reads it
 * (report-template.md §1) and pre-filled with the rows the report owes (§2). The rows come from the rule
 * pack's own obligations, so a template never asks for what the checker does not, nor forgets what it
 * does. Names, hints and instructions are in the language of {@code names} and {@code messages}; sheet
 * names, labels, headers and statuses are always the contract's Vietnamese.
 *
 * <pre>{@code
 * byte[] xlsx = new ReportTemplate(pack, names, messages).blank("H_VANLAM", Period.of("2015-H2"));
 * }</pre>
 */
public final class ReportTemplate {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RulePack pack;
    private final Wording wording;

    public ReportTemplate(RulePack pack, Names names, Messages messages) {
        this.pack = pack;
        this.wording = new Wording(names, messages);
    }

    /** The .xlsx file; {@code unit} must be a code of the pack's register. */
    public byte[] blank(String unit, Period period) {
        Owed owed = owed(unit, period);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Validations validations = new Validations(wording.messages());
            new InfoSheet(styles, validations).write(workbook, owed, wording);
            TableWriter tables = new TableWriter(styles, validations);
            tables.write(workbook, Tables.indicators(owed, wording));
            tables.write(workbook, Tables.deliverables(owed, wording));
            new GuideSheet(styles).write(workbook, owed, wording);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            // only memory is written to
            throw new UncheckedIOException(e);
        }
    }

    /** The file name a template is offered under, e.g. {@code h-vanlam-2015-H2.xlsx}. */
    public static String fileName(String unit, Period period) {
        return unit.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + period.code() + ".xlsx";
    }

    private Owed owed(String unit, Period period) {
        Unit known = pack.units().find(unit)
                .orElseThrow(() -> new IllegalArgumentException("not a unit of the register: " + unit));
        return Owed.of(pack.obligations(), known, period);
    }
}
