package vn.hungyen.xhht.check;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import vn.hungyen.xhht.engine.CheckOptions;
import vn.hungyen.xhht.engine.CheckResult;
import vn.hungyen.xhht.engine.Checker;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.Receipt;
import vn.hungyen.xhht.intake.WorkbookReader;

/**
 * What {@code check} does between finding the files and printing: read every file, then judge them unit by
 * unit, both on {@code threads} cores. The rule pack is compiled once, by the caller, however many files.
 */
public final class FileCheck {

    private final RulePack pack;
    private final WorkbookReader reader;
    private final int threads;

    public FileCheck(RulePack pack, WorkbookReader reader, int threads) {
        this.pack = pack;
        this.reader = reader;
        this.threads = threads;
    }

    public CheckResult check(List<ReportFile> files, CheckOptions options) {
        if (threads <= 1) {
            return new Checker(pack).check(files.stream().map(this::read).toList(), options);
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            // a parallel stream started inside a pool runs on that pool's threads; toList keeps the files' order
            List<Intake> intakes = pool.submit(() -> files.parallelStream().map(this::read).toList()).join();
            return new Checker(pack, pool).check(intakes, options);
        } finally {
            pool.shutdown();
        }
    }

    /** The file's modification time decides between two versions dated the same day (catalog reading 13). */
    private Intake read(ReportFile file) {
        Intake intake = reader.read(file.path(), file.displayName());
        try {
            return intake.withReceipt(Receipt.modified(Files.getLastModifiedTime(file.path()).toInstant()));
        } catch (IOException e) {
            return intake;
        }
    }
}
