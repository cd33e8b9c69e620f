package vn.hungyen.xhht.samples;

import static vn.hungyen.xhht.plan.FindingKind.DATA_ERROR;
import static vn.hungyen.xhht.plan.FindingKind.LATE_DELIVERABLE;
import static vn.hungyen.xhht.plan.FindingKind.LATE_REPORT;
import static vn.hungyen.xhht.plan.FindingKind.MISSING_DELIVERABLE;
import static vn.hungyen.xhht.plan.FindingKind.MISSING_INDICATOR;
import static vn.hungyen.xhht.plan.FindingKind.MISSING_REPORT;
import static vn.hungyen.xhht.plan.FindingKind.NO_EVIDENCE;
import static vn.hungyen.xhht.plan.FindingKind.OVERDUE_DELIVERABLE;
import static vn.hungyen.xhht.plan.FindingKind.TREND_NOT_MET;
import static vn.hungyen.xhht.plan.FindingKind.UNMET_TARGET;
import static vn.hungyen.xhht.plan.Severity.HIGH;
import static vn.hungyen.xhht.plan.Severity.LOW;
import static vn.hungyen.xhht.plan.Severity.MEDIUM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.Status;

/**
 * A breach planted in one report of sample-reports/, and the findings it must produce (including the ones
 * that follow from it, such as a value missing because its cell could not be read).
 */
record PlantedBreach(String unit, Period period, String what, Edit edit, List<Expected> expected,
                     List<Expected> absent) {

    private static final String VALUES = "Chỉ tiêu";
    private static final String ROWS = "Nhiệm vụ";
    private static final String INFO = "Thông tin";

    // what a spreadsheet program writes when a sheet is exported as CSV and given the wrong extension
    private static final String DRAFT_CSV = """
            Mã đơn vị;SO_TTTT
            Kỳ báo cáo;6 tháng đầu năm 2017
            Ghi chú;Bản nháp - chưa gửi
            """;

    /** The breaches of sample-reports/: at least one of every kind of finding (contract §3). */
    static final List<PlantedBreach> ALL = List.of(
            plant("H_KHOAICHAU", "2015-H2", "RURAL_CLC of 2015 reported 57.4, below the 2015 target of 60")
                    .by(Edit.value("RURAL_CLC", 2015, 57.4))
                    .gives(UNMET_TARGET, "RURAL_CLC.2015", HIGH, VALUES + "!E7").done(),
            plant("SO_GDDT", "2015-H2", "LIT_GENDER_GAP of 2015 reported 0.58 points, above the 0.50 allowed")
                    .by(Edit.value("LIT_GENDER_GAP", 2015, 0.58))
                    .gives(UNMET_TARGET, "LIT_GENDER_GAP.2015", LOW, VALUES + "!E6").done(),
            plant("LDLD", "2015-H2", "IZ_UPPERSEC of 2015 reported 88.6, below 90: a mass organisation, so the "
                    + "target's HIGH is reported MEDIUM")
                    .by(Edit.value("IZ_UPPERSEC", 2015, 88.6))
                    .gives(UNMET_TARGET, "IZ_UPPERSEC.2015", MEDIUM, VALUES + "!E3").done(),
            plant("H_TIENLU", "2019-H2", "UNIV_PRESCHOOL5 of 2019 given as counts with one commune short of all")
                    .by(Edit.oneFewer("UNIV_PRESCHOOL5", 2019))
                    .gives(UNMET_TARGET, "UNIV_PRESCHOOL5.2016-2020", HIGH, VALUES + "!C3").done(),
            plant("LDLD", "2017-H2", "WRK_IT_FL of 2017 reported 0.6 points below 2016 (mass organisation: LOW)")
                    .by(Edit.lastYearPlus("WRK_IT_FL", 2017, -0.6))
                    .gives(TREND_NOT_MET, "WRK_IT_FL.2016-2020", LOW, VALUES + "!E3").done(),
            plant("SO_GDDT", "2019-H2", "LIFESKILL_ALL of 2019 reported equal to 2018's: equal is not a rise")
                    .by(Edit.lastYearPlus("LIFESKILL_ALL", 2019, 0))
                    .gives(TREND_NOT_MET, "LIFESKILL_ALL.2016-2020", MEDIUM, VALUES + "!E2").done(),
            plant("H_YENMY", "2018-H2", "the UNIV_LOWERSEC row of 2018 left out")
                    .by(Edit.withoutValue("UNIV_LOWERSEC", 2018))
                    .gives(MISSING_INDICATOR, "UNIV_LOWERSEC.2016-2020", MEDIUM, VALUES).done(),
            plant("BAO_HY", "2016-H1", "the PRESS_COLUMN row (a standing duty) left out")
                    .by(Edit.withoutDuty("PRESS_COLUMN"))
                    .gives(MISSING_DELIVERABLE, "PRESS_COLUMN", MEDIUM, ROWS).done(),
            plant("SO_KHDT", "2020-H2", "PL17 (final review, due 30/09/2020) still \"Đang thực hiện\"")
                    .by(Edit.duty("PL17", Status.IN_PROGRESS, null, null,
                            "Đang tổng hợp số liệu, dự kiến hoàn thành trong tháng 01/2021"))
                    .gives(OVERDUE_DELIVERABLE, "PL17", HIGH, ROWS + "!B9").done(),
            plant("H_ANTHI", "2020-H2", "PL17 (due 30/09/2020) completed on 16/10/2020")
                    .by(Edit.duty("PL17", Status.DONE, LocalDate.of(2020, 10, 16), "96/BC-UBND",
                            "Hoàn thành chậm do ảnh hưởng của dịch Covid-19"))
                    .gives(LATE_DELIVERABLE, "PL17", LOW, ROWS + "!C11").done(),
            plant("H_KIMDONG", "2017-H2", "HU_LEARNING_WEEK of 2017 \"Hoàn thành\" without a document number")
                    .by(Edit.noDocument("HU_LEARNING_WEEK"))
                    .gives(NO_EVIDENCE, "HU_LEARNING_WEEK", LOW, ROWS + "!D6").done(),
            plant("TINH_DOAN", "2018-H1", "report not sent (mass organisation: MEDIUM)")
                    .by(Edit.omitted())
                    .givesNoSource(MISSING_REPORT, "REPORT.MISSING.H1", MEDIUM).done(),
            plant("SO_KHCN", "2019-H1", "report not sent")
                    .by(Edit.omitted())
                    .givesNoSource(MISSING_REPORT, "REPORT.MISSING.H1", HIGH).done(),
            plant("BCD_TINH", "2016-H2", "report not sent (the steering committee reports too: reading 10)")
                    .by(Edit.omitted())
                    .givesNoSource(MISSING_REPORT, "REPORT.MISSING.H2", HIGH).done(),
            plant("H_VANGIANG", "2019-H2", "submitted on 20/12/2019, after the 15/12 deadline")
                    .by(Edit.submittedOn(LocalDate.of(2019, 12, 20)))
                    .gives(LATE_REPORT, "REPORT.LATE.H2", MEDIUM, INFO + "!B4").done(),
            plant("HOI_LHPN", "2014-H1", "submitted on 23/06/2014, after the 15/6 deadline (mass organisation: LOW)")
                    .by(Edit.submittedOn(LocalDate.of(2014, 6, 23)))
                    .gives(LATE_REPORT, "REPORT.LATE.H1", LOW, INFO + "!B4").done(),
            plant("SO_TTTT", "2017-H1", "beside the report, a CSV export saved as so-tttt-2017-H1-ban-nhap.xlsx")
                    .by(Edit.besideIt("-ban-nhap", DRAFT_CSV))
                    .givesForFile(DATA_ERROR, "DATA_ERROR.REPORT", HIGH, "2017-H1/so-tttt-2017-H1-ban-nhap.xlsx")
                    .done(),
            plant("SO_LDTBXH", "2015-H2", "WRK_VOCATIONAL of 2015 typed in words, \"chín mươi sáu\": the row is "
                    + "not read, and is its data error alone (the row is there: catalog reading 17)")
                    .by(Edit.typed("WRK_VOCATIONAL", 2015, "chín mươi sáu"))
                    .gives(DATA_ERROR, "DATA_ERROR.CELL", MEDIUM, VALUES + "!E3").done(),
            plant("H_VANLAM", "2017-H2", "RURAL_CLC of 2017 (a year without target): counts 20154/28900 give "
                    + "69.74, the value says 71.3")
                    .by(Edit.counts("RURAL_CLC", 2017, 20_154, 28_900, 71.3))
                    .gives(DATA_ERROR, "DATA_ERROR.CELL", MEDIUM, VALUES + "!E7").done(),
            plant("H_ANTHI", "2016-H2", "an extra row with the district's own code TTHTCD_HIEU_QUA, not in the plan")
                    .by(Edit.extraValue("TTHTCD_HIEU_QUA", 2016, 87.5,
                            "Chỉ tiêu riêng của huyện: TTHTCĐ hoạt động hiệu quả"))
                    .gives(DATA_ERROR, "DATA_ERROR.CELL", MEDIUM, VALUES + "!A5").done(),
            plant("SO_NV", "2020-H2", "so-nv-2020-H2.xlsx (07/12/2020) reports OFF_FL_L3 of 2020 as 27.5, below "
                    + "30; so-nv-2020-H2-sua-doi.xlsx (14/12/2020) corrects it: the later one counts, no finding")
                    .by(Edit.corrected(Edit.value("OFF_FL_L3", 2020, 27.5), LocalDate.of(2020, 12, 7), "-sua-doi",
                            LocalDate.of(2020, 12, 14)))
                    .never(UNMET_TARGET, "OFF_FL_L3.2020", HIGH, VALUES + "!E6").done(),
            // the calendar's readings (catalog 9, 12, 15, 16)
            plant("HOI_ND", "2018-H2", "ND_SURVEY, a standing duty, \"Chưa thực hiện\" in a second-half report: "
                    + "not started in a whole year (reading 16; mass organisation: LOW)")
                    .by(Edit.duty("ND_SURVEY", Status.NOT_STARTED, null, null, "Chưa bố trí được kinh phí"))
                    .gives(OVERDUE_DELIVERABLE, "ND_SURVEY", LOW, ROWS + "!B4").done(),
            plant("SO_GDDT", "2020-H2", "LIT_GENDER_GAP of 2020 reported −0.62: women ahead by more than the 0.50 "
                    + "points allowed either way (reading 9)")
                    .by(Edit.value("LIT_GENDER_GAP", 2020, -0.62))
                    .gives(UNMET_TARGET, "LIT_GENDER_GAP.2020", LOW, VALUES + "!E6").done(),
            plant("H_PHUCU", "2016-H1", "an interim UNIV_PRESCHOOL5 of 2016, 96.2, in the first-half report: "
                    + "progress, never a finding (reading 12)")
                    .by(Edit.extraValue("UNIV_PRESCHOOL5", 2016, 96.2, "Số liệu ước tính 6 tháng đầu năm"))
                    .never(UNMET_TARGET, "UNIV_PRESCHOOL5.2016-2020", HIGH, VALUES + "!E2").done(),
            plant("H_MYHAO", "2016-H2", "PL10 of 2016 \"Đang thực hiện\": the inspection is set for 20/12, after "
                    + "this report is due")
                    .by(Edit.duty("PL10", Status.IN_PROGRESS, null, null, "Dự kiến kiểm tra ngày 20/12/2016"))
                    .never(OVERDUE_DELIVERABLE, "PL10", HIGH, ROWS + "!B2").done(),
            plant("H_MYHAO", "2017-H1", "PL10 of 2016 reported done on 20/12/2016 in the next report: on time "
                    + "(reading 15)")
                    .by(Edit.extraDuty("PL10", Status.DONE, LocalDate.of(2016, 12, 20), "88/KL-UBND",
                            "Đã kiểm tra ngày 20/12/2016"))
                    .never(OVERDUE_DELIVERABLE, "PL10", HIGH, ROWS + "!B2").done());

    /** The file the breach is planted in, inside sample-reports/. */
    String file() {
        return fileOf(unit, period);
    }

    private static String fileOf(String unit, Period period) {
        return period.code() + "/" + Draft.fileName(unit, period, "");
    }

    /** The breach planted in the unit's report for the period; one report holds one planted breach at most. */
    static Optional<PlantedBreach> in(String unit, Period period) {
        List<PlantedBreach> here = ALL.stream().filter(p -> p.unit.equals(unit) && p.period.equals(period)).toList();
        if (here.size() > 1) {
            throw new IllegalStateException("two breaches planted in " + fileOf(unit, period) + ": merge them");
        }
        return here.stream().findFirst();
    }

    static List<Expected> allExpected() {
        List<Expected> all = new ArrayList<>();
        ALL.forEach(p -> all.addAll(p.expected));
        return all;
    }

    /** Starts a row of the table: where and what; {@link Builder#by} and {@link Builder#gives} finish it. */
    static Builder plant(String unit, String period, String what) {
        return new Builder(unit, Period.of(period), what);
    }

    static final class Builder {
        private final String unit;
        private final Period period;
        private final String what;
        private Edit edit;
        private final List<Expected> expected = new ArrayList<>();
        private final List<Expected> absent = new ArrayList<>();

        private Builder(String unit, Period period, String what) {
            this.unit = unit;
            this.period = period;
            this.what = what;
        }

        /** A finding the breach must not give, because something else in the folder undoes it. */
        Builder never(FindingKind kind, String ruleId, Severity severity, String cell) {
            absent.add(new Expected(kind, ruleId, severity, unit, file() + "!" + cell));
            return this;
        }

        private String file() {
            return fileOf(unit, period);
        }

        Builder by(Edit e) {
            this.edit = e;
            return this;
        }

        /** A finding whose source is {@code cell} ("Chỉ tiêu!E7", or a sheet alone) of the planted file. */
        Builder gives(FindingKind kind, String ruleId, Severity severity, String cell) {
            expected.add(new Expected(kind, ruleId, severity, unit, file() + "!" + cell));
            return this;
        }

        /** A finding about the unit and period with no source: a report that is not there. */
        Builder givesNoSource(FindingKind kind, String ruleId, Severity severity) {
            expected.add(new Expected(kind, ruleId, severity, unit, null));
            return this;
        }

        /** A finding about a file that gave no report: no unit, the file itself as source. */
        Builder givesForFile(FindingKind kind, String ruleId, Severity severity, String path) {
            expected.add(new Expected(kind, ruleId, severity, null, path));
            return this;
        }

        PlantedBreach done() {
            return new PlantedBreach(unit, period, what, edit, List.copyOf(expected), List.copyOf(absent));
        }
    }
}
