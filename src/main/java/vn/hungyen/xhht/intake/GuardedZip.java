package vn.hungyen.xhht.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip file whose entries are inflated within limits, so that a crafted upload (a "zip bomb") cannot make
 * the reader inflate gigabytes or hold them: an entry may not be larger than {@link #MAX_ENTRY_BYTES}, nor
 * inflate more than {@link #MAX_RATIO} times its compressed size once above {@link #RATIO_FREE_BYTES}, and
 * inflating stops at the size the entry declares, whatever the compressed stream would go on to give.
 * POI's own guard (ZipSecureFile) has the same limits: 1 % minimum inflate ratio. The parts opened together may
 * not declare more than the file's budget ({@link ReadLimits#inflatedBytes()}): a bomb of modest ratio (a 15 MB
 * file of 260 MB of text) is refused before it is inflated, as {@link Problem#TOO_MUCH_DATA}.
 */
final class GuardedZip implements AutoCloseable {

    static final long MAX_ENTRY_BYTES = 256L << 20;
    static final long MAX_RATIO = 100;
    static final long RATIO_FREE_BYTES = 1L << 20;

    private static final long MB = 1L << 20;

    private final ZipFile zip;
    private final long budget;
    private long left;

    GuardedZip(Path file, long budget) throws IOException {
        this.zip = new ZipFile(file.toFile());
        this.budget = budget;
        this.left = budget;
    }

    boolean exists(String name) {
        return zip.getEntry(name) != null;
    }

    /** The entry, or null when the zip has none of that name. */
    InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0 || compressed < 0 || size > MAX_ENTRY_BYTES
                || (size > RATIO_FREE_BYTES && size > compressed * MAX_RATIO)) {
            throw new ZipException(name + ": " + size + " bytes from " + compressed + " is beyond the limits");
        }
        // Bounded stops at the declared size, so that counting declared sizes bounds what is inflated
        left -= size;
        if (left < 0) {
            throw new Refused(null, null, Problem.TOO_MUCH_DATA, budget / MB);
        }
        return new Bounded(zip.getInputStream(entry), size, name);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Fails once more bytes come than the entry declared. */
    private static final class Bounded extends FilterInputStream {

        private final String name;
        private long left;

        Bounded(InputStream in, long declared, String name) {
            super(in);
            this.left = declared;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws ZipException {
            left -= n;
            if (left < 0) {
                throw new ZipException(name + " inflates beyond the size it declares");
            }
        }
    }
}
