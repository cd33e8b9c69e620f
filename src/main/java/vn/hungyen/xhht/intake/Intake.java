package vn.hungyen.xhht.intake;

import java.util.List;
import java.util.Optional;

/**
 * The result of reading one file: the report when its "Thông tin" could be read, and every problem found.
 * A report may come with problems (the rows that could not be read are left out of it). {@code receipt} says
 * how the file came, when the reader's caller knows it (null: dated by the date written in it, and ordered by
 * its name).
 */
public record Intake(String file, Optional<ReportData> report, List<IntakeProblem> problems, Receipt receipt) {

    public Intake {
        problems = List.copyOf(problems);
    }

    public Intake(String file, Optional<ReportData> report, List<IntakeProblem> problems) {
        this(file, report, problems, null);
    }

    public Intake withReceipt(Receipt newReceipt) {
        return new Intake(file, report, problems, newReceipt);
    }
}
