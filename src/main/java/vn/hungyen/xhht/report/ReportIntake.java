package vn.hungyen.xhht.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.intake.Problem;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.intake.ReportData;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * Takes in uploaded workbooks: the same bytes are stored once; a file that gives no report is not stored at
 * all; a report is stored whole (rows, and the cells that could not be read) in one transaction, and the
 * report of its unit and period that counts is marked again. Judging the reports is not done here.
 */
@Service
public class ReportIntake {

    private static final Logger LOG = LoggerFactory.getLogger(ReportIntake.class);

    private final ReportRepository reports;
    private final ReportFiles files;
    private final RuleBook rules;
    private final Clock clock;

    ReportIntake(ReportRepository reports, ReportFiles files, RuleBook rules, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.rules = rules;
        this.clock = clock;
    }

    public StoreResult store(IncomingFile file, Dating dating) {
        return store(file, Optional.empty(), dating);
    }

    /**
     * Stores the file when its report is of {@code onlyUnit} (any unit when empty); a report of another unit is
     * {@link Outcome#REFUSED} and nothing of it is stored, nor is it told whether the same bytes are stored already.
     */
    public StoreResult store(IncomingFile file, Optional<String> onlyUnit, Dating dating) {
        String sha256 = sha256(file.bytes());
        Optional<StoreResult> duplicate = duplicate(file, sha256);
        if (duplicate.isPresent()) {
            StoreResult d = duplicate.get();
            return onlyUnit.filter(u -> !u.equals(d.unit())).isPresent()
                    ? new StoreResult(file.name(), Outcome.REFUSED, null, d.unit(), d.period(), null, null, List.of())
                    : d;
        }
        Intake intake = read(file);
        if (intake.report().isEmpty()) {
            return new StoreResult(file.name(), Outcome.REJECTED, null, null, null, null, null, intake.problems());
        }
        ReportData data = intake.report().get();
        if (onlyUnit.filter(u -> !u.equals(data.unit())).isPresent()) {
            return new StoreResult(file.name(), Outcome.REFUSED, null, data.unit(), data.period(), null, null,
                    List.of());
        }
        try {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.MILLIS);
            ReportRepository.Stored stored = reports.store(data, intake.problems(), sha256, file.bytes().length, now,
                    dating == Dating.RECEIVED ? LocalDate.now(clock) : null);
            long id = stored.id();
            // beside the report, after it (the report's own transaction rolls back on a duplicate, this one cannot)
            files.keep(id, file.bytes());
            Outcome outcome = stored.before() == null ? Outcome.STORED
                    : stored.after() == id ? Outcome.SUPERSEDES : Outcome.SUPERSEDED;
            Long other = outcome == Outcome.SUPERSEDES ? stored.before()
                    : outcome == Outcome.SUPERSEDED ? Long.valueOf(stored.after()) : null;
            return new StoreResult(file.name(), outcome, id, data.unit(), data.period(), data.submittedOn(), other,
                    intake.problems());
        } catch (DuplicateKeyException e) {
            // the same bytes stored meanwhile, by another request or another instance of the application
            return duplicate(file, sha256).orElseThrow(() -> e);
        } catch (DataIntegrityViolationException e) {
            // a value beyond a column's limit that the reader's limits did not foresee: the transaction left
            // nothing of the file, and the sender is told so, not the batch's client a 500
            LOG.warn("The database refused the report of {}: {}", file.name(), e.getMostSpecificCause().getMessage());
            return new StoreResult(file.name(), Outcome.REJECTED, null, null, null, null, null,
                    List.of(IntakeProblem.of(Source.file(file.name()), Problem.NOT_STORED)));
        }
    }

    private Optional<StoreResult> duplicate(IncomingFile file, String sha256) {
        return reports.findBySha256(sha256).map(r -> new StoreResult(file.name(), Outcome.DUPLICATE, r.id(),
                r.unit(), r.period(), r.submittedOn(), null, List.of()));
    }

    /** The reader reads files, so the bytes go to a temporary file for the time of reading. */
    private Intake read(IncomingFile file) {
        Path temp = null;
        try {
            temp = Files.createTempFile("xhht-upload-", ".xlsx");
            Files.write(temp, file.bytes());
            return rules.reader().read(temp, file.name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary copy of " + file.name(), e);
        } finally {
            delete(temp);
        }
    }

    private static void delete(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary file {}", temp, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
