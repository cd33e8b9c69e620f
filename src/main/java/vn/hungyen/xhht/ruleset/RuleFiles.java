package vn.hungyen.xhht.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A rule set's files, whole: every file of a rule folder (DRL, scenarios, names, the register, the plan's words),
 * by its path relative to the folder ({@code targets/training.drl}). What a stored version keeps, what a draft
 * edits and what a zip holds. Files whose name starts with a dot (an editor's or git's) are no part of it.
 */
public record RuleFiles(SortedMap<String, byte[]> files) {

    /** Letters, digits, {@code . _ -} and folders: nothing that leaves the folder or means something to a shell. */
    private static final Pattern PATH = Pattern.compile("([A-Za-z0-9_\\-][A-Za-z0-9_.\\-]*/)*[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]*");
    private static final int MAX_PATH = 200;
    static final int MAX_FILES = 500;
    static final int MAX_BYTES = 20 * 1024 * 1024;

    public RuleFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** Every file under the folder. */
    public static RuleFiles read(Path dir) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (!hidden(name)) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleFiles(files);
    }

    private static boolean hidden(String path) {
        return Stream.of(path.split("/")).anyMatch(part -> part.startsWith("."));
    }

    /** Writes every file under {@code dir} (which exists). */
    public void writeTo(Path dir) {
        try {
            for (var file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of every path and content, in path order: two versions with the same hash hold the same files. */
    public String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, content) -> {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(content);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> text(String path) {
        return Optional.ofNullable(files.get(path)).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** These files with {@code path} written (added or replaced). */
    public RuleFiles with(String path, byte[] content) {
        SortedMap<String, byte[]> changed = new TreeMap<>(files);
        changed.put(checkedPath(path), content);
        return new RuleFiles(changed);
    }

    public RuleFiles without(String path) {
        SortedMap<String, byte[]> changed = new TreeMap<>(files);
        changed.remove(path);
        return new RuleFiles(changed);
    }

    /** A file name the author may give: relative, inside the folder, not hidden. */
    static String checkedPath(String path) {
        if (path == null || path.length() > MAX_PATH || !PATH.matcher(path).matches()
                || Stream.of(path.split("/")).anyMatch(".."::equals)) {
            throw new RuleFilesException("rules.files.badPath", path);
        }
        return path;
    }

    /** The folder as a zip, its files at the root of it (unzipped, it is a rule folder). */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The files of a zip made by {@link #zip()} (or of a rule folder zipped by hand: a single top folder holding
     * everything is taken off). Bounded in files and bytes, whatever the zip claims.
     */
    public static RuleFiles unzip(byte[] zip) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory() || hidden(entry.getName()) || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (files.size() >= MAX_FILES) {
                    throw new RuleFilesException("rules.files.tooMany", MAX_FILES);
                }
                byte[] content = in.readNBytes(MAX_BYTES - (int) total + 1);
                total += content.length;
                if (total > MAX_BYTES) {
                    throw new RuleFilesException("rules.files.tooLarge", MAX_BYTES / (1024 * 1024));
                }
                files.put(entry.getName(), content);
            }
        } catch (IOException e) {
            throw new RuleFilesException("rules.files.notZip");
        }
        if (files.isEmpty()) {
            throw new RuleFilesException("rules.files.notZip");
        }
        SortedMap<String, byte[]> checked = new TreeMap<>();
        String top = commonTop(files);
        files.forEach((name, content) -> checked.put(checkedPath(name.substring(top.length())), content));
        return new RuleFiles(checked);
    }

    /** "rules/" when every entry is under it and there is no .drl at the root; else "". */
    private static String commonTop(SortedMap<String, byte[]> files) {
        String first = files.firstKey();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String top = first.substring(0, slash + 1);
        return files.keySet().stream().allMatch(name -> name.startsWith(top)) ? top : "";
    }
}
