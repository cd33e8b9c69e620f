package vn.hungyen.xhht.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.intake.Problem;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.plan.UnitRegister;

class FindingMessagesTest {

    private static final UnitRegister UNITS = new UnitRegister(List.of(
            new Unit("H_VANLAM", "UBND huyện Văn Lâm", "Văn Lâm District People's Committee", UnitKind.DISTRICT)));

    @TempDir
    Path rules;

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKindReadsAsASentenceWithItsFacts(Language language) throws IOException {
        FindingMessages messages = messages(language);
        for (FindingKind kind : FindingKind.values()) {
            String text = messages.message(finding(kind, 99.5, 99.8));
            assertThat(text).as(kind.name()).doesNotContain("{", "}", "null").endsWith(".");
            if (kind != FindingKind.DATA_ERROR) {
                assertThat(text).as(kind.name()).contains(unitName(language), "II.1.a");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyProblemHasItsOwnText(Language language) throws IOException {
        FindingMessages messages = messages(language);
        for (Problem problem : Problem.values()) {
            Finding f = dataError(problem, "ABC", "Chỉ tiêu!B3");
            assertThat(messages.message(f)).as(problem.name())
                    .doesNotContain("{", "}", "null").endsWith(".")
                    .isNotEqualTo(messages.message(dataError(other(problem), "ABC", "Chỉ tiêu!B3")));
        }
    }

    @Test
    void vietnameseNamesTheUnitTheIndicatorAndWritesDecimalCommas() throws IOException {
        String text = messages(Language.VI).message(finding(FindingKind.UNMET_TARGET, 99.5, 99.8));
        assertThat(text).isEqualTo("UBND huyện Văn Lâm báo cáo chỉ tiêu “Tỷ lệ người 15–60 tuổi biết chữ” (LIT_15_60)"
                + " năm 2015 đạt 99,50%, thấp hơn mục tiêu 99,80% (KH 74/KH-UBND, II.1.a); cần kiểm tra lại số liệu"
                + " hoặc có giải pháp để đạt mục tiêu.");
    }

    @Test
    void englishUsesEnglishNamesAndDecimalPoints() throws IOException {
        String text = messages(Language.EN).message(finding(FindingKind.UNMET_TARGET, 99.5, 99.8));
        assertThat(text).startsWith("Văn Lâm District People's Committee reported indicator “Literacy rate, ages 15-60”"
                + " (LIT_15_60) for 2015 at 99.50%, below the target of 99.80%");
    }

    @Test
    void aGapAboveItsCeilingIsSaidToExceedIt() throws IOException {
        Finding gap = finding(FindingKind.UNMET_TARGET, 0.8, 0.5);
        assertThat(messages(Language.VI).message(gap)).contains("0,80 điểm phần trăm, vượt mức chênh lệch cho phép 0,50");
        assertThat(messages(Language.EN).message(gap)).contains("0.80 percentage points, above the allowed gap of 0.50");
    }

    @Test
    void aTrendNamesTheYearItComparesWith() throws IOException {
        // catalog reading 19: the latest earlier year with a value, which need not be the year before
        Finding trend = finding(FindingKind.TREND_NOT_MET, 40.0, 41.25);
        assertThat(messages(Language.VI).message(trend)).contains("đạt 40,00%, không tăng so với năm 2014 (41,25%)");
        assertThat(messages(Language.EN).message(trend)).contains("at 40.00%, no higher than 2014's 41.25%");
    }

    @Test
    void aGapBelowItsBandReadsAsAGap() throws IOException {
        Finding gap = finding(FindingKind.UNMET_TARGET, -0.8, -0.5);
        assertThat(messages(Language.VI).message(gap)).contains("là -0,80 điểm phần trăm, thấp hơn mức chênh lệch cho phép -0,50");
        assertThat(messages(Language.EN).message(gap)).contains("at -0.80 percentage points, below the allowed gap of -0.50");
    }

    @Test
    void datesAreDayMonthYearInVietnameseAndIsoInEnglish() throws IOException {
        Finding late = finding(FindingKind.LATE_DELIVERABLE, null, null);
        assertThat(messages(Language.VI).message(late)).contains("ngày 05/11/2013, chậm so với hạn 31/10/2013");
        assertThat(messages(Language.EN).message(late)).contains("on 2013-11-05, after its due date 2013-10-31");
    }

    @Test
    void aYearlyDeliverableNamesItsYear() throws IOException {
        Finding missing = finding(FindingKind.MISSING_DELIVERABLE, null, null);
        assertThat(messages(Language.VI).message(missing))
                .startsWith("Báo cáo 6 tháng cuối năm 2015 của UBND huyện Văn Lâm không nêu tình trạng nhiệm vụ"
                        + " “Kiểm tra thực hiện kế hoạch” (PL10) năm 2015 (KH 74/KH-UBND, II.1.a)");
    }

    @Test
    void aCodeWithoutANameIsWrittenAsTheCode() throws IOException {
        Finding unnamed = new Finding("R", FindingKind.MISSING_INDICATOR, Severity.LOW, "NEW_UNIT", UnitKind.DEPARTMENT,
                Period.of("2015-H2"), "NEW_CODE", null, 2015, null, null, "II.9", null, null, null, null, null);
        assertThat(messages(Language.EN).message(unnamed))
                .startsWith("The report of NEW_UNIT for the second half of 2015 has no 2015 value of indicator NEW_CODE (");
    }

    @Test
    void aDataErrorIsTheProblemWithItsArguments() throws IOException {
        Finding f = dataError(Problem.COUNTS_DISAGREE, "99.8", "97.5");
        assertThat(messages(Language.VI).message(f)).startsWith("Giá trị 99.8 không khớp với tử số và mẫu số (tính ra 97.5)");
    }

    @Test
    void theSubjectIsTheCodeAndItsYear() throws IOException {
        FindingMessages messages = messages(Language.VI);
        assertThat(messages.subject(finding(FindingKind.UNMET_TARGET, 1.0, 2.0))).isEqualTo("LIT_15_60 năm 2015");
        assertThat(messages.subject(finding(FindingKind.MISSING_REPORT, null, null))).isNull();
    }

    /** A finding of the kind with every field its kind may have; the value fields are given. */
    private static Finding finding(FindingKind kind, Double actual, Double target) {
        boolean aboutIndicator = kind == FindingKind.UNMET_TARGET || kind == FindingKind.TREND_NOT_MET
                || kind == FindingKind.MISSING_INDICATOR;
        boolean aboutDeliverable = kind.name().endsWith("_DELIVERABLE") || kind == FindingKind.NO_EVIDENCE;
        String indicator = actual != null && actual < 1 ? "LIT_GENDER_GAP" : "LIT_15_60";
        return new Finding("R1", kind, Severity.HIGH, "H_VANLAM", UnitKind.DISTRICT, Period.of("2015-H2"),
                aboutIndicator ? indicator : null, aboutDeliverable ? "PL10" : null,
                aboutIndicator || aboutDeliverable ? 2015 : null, actual, target, "II.1.a",
                new Source("vanlam.xlsx", "Chỉ tiêu", "E7"), LocalDate.of(2013, 10, 31), LocalDate.of(2013, 11, 5),
                kind == FindingKind.DATA_ERROR ? Problem.NOT_A_WORKBOOK : null,
                kind == FindingKind.TREND_NOT_MET ? List.of("2014") : List.of());
    }

    private static Finding dataError(Problem problem, String... args) {
        return new Finding("DATA_ERROR.CELL", FindingKind.DATA_ERROR, Severity.HIGH, null, null, null, null, null,
                null, null, null, "VI", Source.file("x.xlsx"), null, null, problem, List.of(args));
    }

    private static Problem other(Problem problem) {
        return Problem.values()[(problem.ordinal() + 1) % Problem.values().length];
    }

    private static String unitName(Language language) {
        return language == Language.VI ? "UBND huyện Văn Lâm" : "Văn Lâm District People's Committee";
    }

    private FindingMessages messages(Language language) throws IOException {
        Files.writeString(rules.resolve("names_vi.properties"), """
                indicator.LIT_15_60=Tỷ lệ người 15–60 tuổi biết chữ
                indicator.LIT_GENDER_GAP=Chênh lệch tỷ lệ biết chữ nam – nữ
                deliverable.PL10=Kiểm tra thực hiện kế hoạch
                """);
        Files.writeString(rules.resolve("names_en.properties"), """
                indicator.LIT_15_60=Literacy rate, ages 15-60
                indicator.LIT_GENDER_GAP=Male minus female literacy rate
                deliverable.PL10=Inspection of the plan
                """);
        return new FindingMessages(Messages.of(language), Names.load(rules, UNITS, language));
    }
}
