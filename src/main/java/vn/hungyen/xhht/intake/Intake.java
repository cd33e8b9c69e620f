package vn.hungyen.xhht.intake;

import java.util.List;
import java.util.Optional;

/**
 * The result of reading one file: the report when its "Thông tin" could be read, and every problem found.
 * A report may come with problems (the rows that could not be read are left out of it).
 */
public record Intake(String file, Optional<ReportData> report, List<IntakeProblem> problems) {

    public Intake {
        problems = List.copyOf(problems);
    }
}
