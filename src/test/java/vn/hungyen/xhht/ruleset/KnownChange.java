package vn.hungyen.xhht.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.mock.web.MockMultipartFile;
import vn.hungyen.xhht.testing.RuleFolder;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * A rule change whose effect on one stored report is known exactly, for the preview and activation tests.
 * The report: Văn Lâm 2015-H2, literacy 15-60 at 99.5 (below 99.80: UNMET_TARGET LIT_15_60.2015, HIGH),
 * 15-35 at 99.95 (met), one deliverable row (so HU_FIN_PROPOSAL, among others, is a MISSING_DELIVERABLE).
 * The change: LIT_15_60.2015 becomes MEDIUM, LIT_15_35.2015 asks 99.99, and HU_FIN_PROPOSAL binds only
 * Yên Mỹ; the literacy scenario is updated with it, as its author would.
 */
final class KnownChange {

    static final String CHANGED = "UNMET_TARGET|LIT_15_60.2015|H_VANLAM|2015-H2|LIT_15_60|2015";
    static final String ADDED = "UNMET_TARGET|LIT_15_35.2015|H_VANLAM|2015-H2|LIT_15_35|2015";
    static final String REMOVED = "MISSING_DELIVERABLE|HU_FIN_PROPOSAL|H_VANLAM|2015-H2|HU_FIN_PROPOSAL|";

    private KnownChange() {
    }

    static MockMultipartFile vanLamReport() {
        WorkbookBuilder workbook = WorkbookBuilder.report("H_VANLAM", "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("LIT_15_60", 2015, 99.5)
                .indicator("LIT_15_35", 2015, 99.95)
                .deliverable("PL02", "Hoàn thành", LocalDate.of(2013, 9, 20), "12/QĐ-UBND");
        try {
            Path temp = Files.createTempFile("known-change-", ".xlsx");
            try {
                return new MockMultipartFile("files", "vanlam-2015-H2.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        Files.readAllBytes(workbook.write(temp)));
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void apply(RuleFolder folder) {
        folder.edit("targets/literacy.drl", "rule \"LIT_15_60.2015\"\n    @citation(\"II.1.a\") @severity(\"HIGH\")",
                        "rule \"LIT_15_60.2015\"\n    @citation(\"II.1.a\") @severity(\"MEDIUM\")")
                .edit("scenarios/targets/literacy.yaml", "year: 2015, severity: HIGH}\n      - {kind: UNMET_TARGET, "
                        + "rule: LIT_15_35.2015", "year: 2015, severity: MEDIUM}\n      - {kind: UNMET_TARGET, "
                        + "rule: LIT_15_35.2015")
                .edit("targets/literacy.drl", "\"LIT_15_35\", 2015, 99.90", "\"LIT_15_35\", 2015, 99.99")
                .edit("deliverables/standing.drl", "rule \"HU_FIN_PROPOSAL\"\n    @citation(\"IV.10.đ\")\nwhen\n"
                        + "    $u : Unit( kind == UnitKind.DISTRICT )", "rule \"HU_FIN_PROPOSAL\"\n"
                        + "    @citation(\"IV.10.đ\")\nwhen\n    $u : Unit( code == \"H_YENMY\" )");
    }

    /** A syntax error at line 15, column 43 of targets/training.drl (counted from 1). */
    static void breakIt(RuleFolder folder) {
        folder.edit("targets/training.drl", "rule \"PD_TRAINED_STD.2015\"\n    @citation(\"II.1.c\") @severity(\"HIGH\")",
                "rule \"PD_TRAINED_STD.2015\"\n    @citation(\"II.1.c\") @severity(\"HIGH\") xyz");
    }
}
