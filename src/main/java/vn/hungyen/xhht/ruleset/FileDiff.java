package vn.hungyen.xhht.ruleset;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How one file differs between two rule sets, line by line (a longest common subsequence), with three lines of
 * context around each change, as {@code diff -u} shows it. A file that is not UTF-8 text is only said to differ.
 *
 * @param status ADDED, REMOVED or CHANGED
 * @param lines  the changed lines and their context; empty for a file that is not text
 */
public record FileDiff(String path, String status, List<Line> lines) {

    private static final int CONTEXT = 3;

    /**
     * @param kind    ' ' kept, '-' only in the old file, '+' only in the new one, '…' lines left out
     * @param oldLine 1-based in the old file, 0 when not there
     * @param newLine 1-based in the new file, 0 when not there
     */
    public record Line(String kind, int oldLine, int newLine, String text) {
    }

    static List<FileDiff> between(RuleFiles before, RuleFiles after) {
        TreeSet<String> paths = new TreeSet<>(before.files().keySet());
        paths.addAll(after.files().keySet());
        List<FileDiff> diffs = new ArrayList<>();
        for (String path : paths) {
            byte[] old = before.files().get(path);
            byte[] now = after.files().get(path);
            if (old != null && now != null && Arrays.equals(old, now)) {
                continue;
            }
            String status = old == null ? "ADDED" : now == null ? "REMOVED" : "CHANGED";
            Optional<String[]> oldText = old == null ? Optional.of(new String[0]) : lines(old);
            Optional<String[]> newText = now == null ? Optional.of(new String[0]) : lines(now);
            List<Line> lines = oldText.isPresent() && newText.isPresent()
                    ? diff(oldText.get(), newText.get()) : List.of();
            diffs.add(new FileDiff(path, status, lines));
        }
        return diffs;
    }

    private static Optional<String[]> lines(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text.split("\r?\n", -1));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static List<Line> diff(String[] a, String[] b) {
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                all.add(new Line(" ", ++i, ++j, a[i - 1]));
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                all.add(new Line("-", ++i, 0, a[i - 1])); // the old line first, as diff -u shows it
            } else {
                all.add(new Line("+", 0, ++j, b[j - 1]));
            }
        }
        return withContext(all);
    }

    /** The changed lines with up to three kept lines either side; a run of kept lines left out is one '…'. */
    private static List<Line> withContext(List<Line> all) {
        boolean[] shown = new boolean[all.size()];
        for (int k = 0; k < all.size(); k++) {
            if (!all.get(k).kind().equals(" ")) {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(all.size() - 1, k + CONTEXT); c++) {
                    shown[c] = true;
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (shown[k]) {
                lines.add(all.get(k));
            } else if (k == 0 || shown[k - 1]) {
                lines.add(new Line("…", 0, 0, ""));
            }
        }
        return lines;
    }
}
