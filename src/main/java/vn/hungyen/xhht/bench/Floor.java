package vn.hungyen.xhht.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The cost of reading the bytes: open the zip, inflate every sheet and the shared strings, and walk their
 * XML with the JDK's StAX parser, doing nothing with it. No reader can do less and still see every cell.
 */
final class Floor {

    private static final XMLInputFactory XML = XMLInputFactory.newInstance();

    static {
        // the same settings as the intake's reader
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private Floor() {
    }

    /** The number of XML events seen, so that the walk cannot be optimised away. */
    static long read(Path file) {
        long events = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith("xl/worksheets/") || name.equals("xl/sharedStrings.xml")) {
                    events += walk(zip.getInputStream(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        return events;
    }

    private static long walk(InputStream part) throws IOException, XMLStreamException {
        long events = 0;
        try (InputStream in = new BufferedInputStream(part, 8192)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            while (xml.hasNext()) {
                events += xml.next();
            }
            xml.close();
        }
        return events;
    }
}
