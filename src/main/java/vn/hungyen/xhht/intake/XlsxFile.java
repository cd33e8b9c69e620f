package vn.hungyen.xhht.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.ZipException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellReference;

/**
 * An .xlsx file read straight from its zip with a streaming XML parser: the workbook's sheet list, its
 * number formats, its shared strings and, on demand, one sheet's rows as they stream by. Only what the
 * report contract needs is read (values, cached formula results, number formats); no package model is
 * built, which on small report files costs several times more than the XML itself (docs/benchmarks.md).
 */
final class XlsxFile implements WorkbookSource {

    private static final String MAIN = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    // where every producer puts the workbook; the package's own relationships say so when one does not
    private static final String USUAL_WORKBOOK = "xl/workbook.xml";
    private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
    private static final String GENERAL = "General";
    private static final String REUSE_INSTANCE = "reuse-instance";
    // how much of an over-long sheet name a problem shows
    private static final int SHOWN_NAME = 40;
    // A factory hands out its last reader again once that one is closed ("reuse-instance", JDK's StAX): making
    // a reader costs more than parsing a small part, and a report has seven. Factories are not thread-safe.
    // Texts are read in the parser's chunks (not coalesced), so that its buffers stay a chunk long whatever a
    // cell holds; after a refused file the thread's factory is dropped all the same (release()).
    private static final ThreadLocal<XMLInputFactory> XML = ThreadLocal.withInitial(XlsxFile::xmlInputFactory);

    private final GuardedZip zip;
    private final ReadLimits limits;
    private final List<String> names = new ArrayList<>();
    private final List<String> sheetParts = new ArrayList<>();
    private String[] formats = {GENERAL};
    private boolean date1904;
    private String sharedStringsPart;
    // null where a string is longer than a cell may be: only a cell that uses it refuses the file
    private List<String> sharedStrings;

    private XlsxFile(GuardedZip zip, ReadLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /** Opens the file and reads its workbook part; anything not a readable .xlsx throws. */
    static XlsxFile open(Path file, ReadLimits limits) throws IOException, XMLStreamException {
        XlsxFile xlsx = new XlsxFile(new GuardedZip(file, limits.inflatedBytes()), limits);
        try {
            xlsx.readWorkbook();
            return xlsx;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            xlsx.close();
            throw e;
        }
    }

    /** Lets go of this thread's parser, which may hold buffers as large as the largest part it parsed. */
    static void release() {
        XML.remove();
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }

    @Override
    public Grid sheet(int index) throws IOException {
        String name = names.get(index);
        if (name.length() > limits.sheetNameChars()) {
            throw new Refused(name.substring(0, SHOWN_NAME) + "…", null, Problem.SHEET_NAME_TOO_LONG,
                    limits.sheetNameChars());
        }
        if (sharedStrings == null) {
            sharedStrings = readSharedStrings();
        }
        InputStream in = part(sheetParts.get(index));
        return new Grid(name, () -> new Rows(in, name));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private void readWorkbook() throws IOException, XMLStreamException {
        String workbookPart = zip.exists(USUAL_WORKBOOK) ? USUAL_WORKBOOK : officeDocument();
        int slash = workbookPart.lastIndexOf('/');
        String folder = workbookPart.substring(0, slash + 1);
        Map<String, String> targets = new HashMap<>();
        String styles = null;
        try (XmlPart rels = reader(folder + "_rels/" + workbookPart.substring(slash + 1) + ".rels")) {
            XMLStreamReader x = rels.xml();
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
                    String type = x.getAttributeValue(null, "Type");
                    String target = resolve(folder, x.getAttributeValue(null, "Target"));
                    targets.put(x.getAttributeValue(null, "Id"), target);
                    if (type.endsWith("/sharedStrings")) {
                        sharedStringsPart = target;
                    } else if (type.endsWith("/styles")) {
                        styles = target;
                    }
                }
            }
        }
        try (XmlPart workbook = reader(workbookPart)) {
            XMLStreamReader x = workbook.xml();
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (x.getLocalName().equals("sheet")) {
                    String part = targets.get(x.getAttributeValue(MAIN, "id"));
                    if (part == null) {
                        throw new ZipException("sheet " + x.getAttributeValue(null, "name") + " has no part");
                    }
                    names.add(x.getAttributeValue(null, "name"));
                    sheetParts.add(part);
                } else if (x.getLocalName().equals("workbookPr")) {
                    String value = x.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equals(value);
                }
            }
        }
        if (styles != null) {
            readStyles(styles);
        }
    }

    /** The number format of every cell style (cellXfs), by the index a cell's {@code s} gives. */
    private void readStyles(String part) throws IOException, XMLStreamException {
        Map<Integer, String> custom = new HashMap<>();
        List<String> byStyle = new ArrayList<>();
        try (XmlPart styles = reader(part)) {
            XMLStreamReader x = styles.xml();
            boolean inCellXfs = false;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "numFmt" -> custom.put(Integer.parseInt(x.getAttributeValue(null, "numFmtId")),
                                x.getAttributeValue(null, "formatCode"));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                String id = x.getAttributeValue(null, "numFmtId");
                                int fmt = id == null ? 0 : Integer.parseInt(id);
                                String builtin = BuiltinFormats.getBuiltinFormat(fmt);
                                byStyle.add(custom.getOrDefault(fmt, builtin == null ? GENERAL : builtin));
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        }
        if (!byStyle.isEmpty()) {
            formats = byStyle.toArray(String[]::new);
        }
    }

    private List<String> readSharedStrings() throws IOException {
        List<String> strings = new ArrayList<>();
        if (sharedStringsPart == null) {
            return strings;
        }
        long chars = 0;
        try (XmlPart sst = reader(sharedStringsPart)) {
            XMLStreamReader x = sst.xml();
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("si")) {
                    String text = richText(x, "si", limits.textChars());
                    chars += text == null ? 0 : text.length();
                    if (strings.size() >= limits.sharedTexts() || chars > limits.sharedTextChars()) {
                        throw new Refused(null, null, Problem.TOO_MUCH_TEXT, limits.sharedTextChars(),
                                limits.sharedTexts());
                    }
                    strings.add(text);
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return strings;
    }

    /**
     * The text of a string item ({@code si} or {@code is}): its runs' {@code t}, not phonetic hints; null when it
     * is longer than {@code limit} characters, of which no more than the limit are ever held.
     */
    private static String richText(XMLStreamReader x, String element, int limit) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean within = true;
        int phonetic = 0;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = x.getLocalName();
                if (name.equals("rPh")) {
                    phonetic++;
                } else if (name.equals("t") && phonetic == 0) {
                    within = append(x, text, within ? limit : text.length()) && within;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = x.getLocalName();
                if (name.equals("rPh")) {
                    phonetic--;
                } else if (name.equals(element)) {
                    break;
                }
            }
        }
        return within ? text.toString() : null;
    }

    /** A text element's text, or null when it is longer than {@code limit} characters. */
    private static String boundedText(XMLStreamReader x, int limit) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        return append(x, text, limit) ? text.toString() : null;
    }

    /**
     * Appends the text of the element the reader is at, to its end tag, chunk by chunk; false once it would pass
     * {@code limit} characters, the rest being read past and dropped.
     */
    private static boolean append(XMLStreamReader x, StringBuilder to, int limit) throws XMLStreamException {
        boolean within = true;
        for (int depth = 1; depth > 0; ) {
            switch (x.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    within = within && to.length() + x.getTextLength() <= limit;
                    if (within) {
                        to.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the part ends inside a text");
                default -> { }
            }
        }
        return within;
    }

    private XmlPart reader(String part) throws IOException, XMLStreamException {
        return new XmlPart(part(part), XML.get());
    }

    private InputStream part(String name) throws IOException {
        InputStream in = zip.open(name);
        if (in == null) {
            throw new ZipException("no part " + name);
        }
        return in;
    }

    /** The workbook part, as the package's relationships name it. */
    private String officeDocument() throws IOException, XMLStreamException {
        try (XmlPart rels = reader(PACKAGE_RELATIONSHIPS)) {
            XMLStreamReader x = rels.xml();
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")
                        && x.getAttributeValue(null, "Type").endsWith("/officeDocument")) {
                    return resolve("", x.getAttributeValue(null, "Target"));
                }
            }
        }
        throw new ZipException("no workbook part");
    }

    /** A relationship target, relative to {@code folder} ("xl/") unless absolute, as a zip entry name. */
    private static String resolve(String folder, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        Path resolved = Path.of(folder.isEmpty() ? "." : folder).resolve(target).normalize();
        return resolved.toString().replace('\\', '/');
    }

    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        // a workbook has no business with DTDs or external entities (XXE)
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        if (factory.isPropertySupported(REUSE_INSTANCE)) {
            factory.setProperty(REUSE_INSTANCE, true);
        }
        return factory;
    }

    /** The rows of one sheet, parsed as they are asked for. */
    private final class Rows implements Iterator<SheetRow> {

        private final XmlPart in;
        private final String sheet;
        private SheetRow next;
        private boolean done;
        private int lastRow = -1;

        Rows(InputStream part, String sheet) {
            this.sheet = sheet;
            try {
                this.in = new XmlPart(part, XML.get());
            } catch (XMLStreamException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    next = readRow();
                } catch (XMLStreamException e) {
                    throw new UncheckedIOException(new IOException(e));
                }
            }
            return next != null;
        }

        @Override
        public SheetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SheetRow row = next;
            next = null;
            return row;
        }

        private SheetRow readRow() throws XMLStreamException {
            XMLStreamReader x = in.xml();
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("row")) {
                    String r = x.getAttributeValue(null, "r");
                    lastRow = r == null ? lastRow + 1 : Integer.parseInt(r) - 1;
                    return new SheetRow(lastRow, cells(x));
                }
            }
            // closed, the reader may serve the next part: this one must never touch it again
            in.close();
            done = true;
            return null;
        }

        private List<SheetCell> cells(XMLStreamReader x) throws XMLStreamException {
            List<SheetCell> cells = new ArrayList<>();
            int column = -1;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("c")) {
                    String ref = x.getAttributeValue(null, "r");
                    column = ref == null ? column + 1 : column(ref);
                    cells.add(cell(x, column, x.getAttributeValue(null, "t"), x.getAttributeValue(null, "s")));
                } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) {
                    break;
                }
            }
            return cells;
        }

        private SheetCell cell(XMLStreamReader x, int column, String type, String style)
                throws XMLStreamException {
            String value = null;
            String inline = null;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "v" -> value = bounded(boundedText(x, limits.textChars()), column);
                        case "is" -> inline = bounded(richText(x, "is", limits.textChars()), column);
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c")) {
                    break;
                }
            }
            String format = formats[style == null ? 0 : Math.min(Integer.parseInt(style), formats.length - 1)];
            String t = type == null ? "n" : type;
            if (t.equals("inlineStr")) {
                return text(column, inline == null ? "" : inline, format);
            }
            if (value == null || value.isEmpty()) {
                return new SheetCell(column, SheetCell.Kind.BLANK, null, 0, format, date1904);
            }
            return switch (t) {
                case "s" -> text(column, bounded(sharedStrings.get(Integer.parseInt(value.strip())), column), format);
                case "str", "d" -> text(column, value, format);
                case "b" -> new SheetCell(column, SheetCell.Kind.BOOLEAN, value.strip().equals("1") ? "TRUE" : "FALSE",
                        0, format, date1904);
                case "e" -> new SheetCell(column, SheetCell.Kind.ERROR, value, 0, format, date1904);
                default -> new SheetCell(column, SheetCell.Kind.NUMERIC, null, Double.parseDouble(value), format,
                        date1904);
            };
        }

        /** The text, unless it was too long (null), which refuses the file at this cell. */
        private String bounded(String text, int column) {
            if (text == null) {
                throw new Refused(sheet, CellReference.convertNumToColString(column) + (lastRow + 1),
                        Problem.TEXT_TOO_LONG, limits.textChars());
            }
            return text;
        }

        private SheetCell text(int column, String text, String format) {
            return new SheetCell(column, SheetCell.Kind.STRING, text, 0, format, date1904);
        }
    }

    /** "AB12" to 27: the column letters of a cell reference, 0-based. */
    static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}
