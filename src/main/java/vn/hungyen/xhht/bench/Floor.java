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

    private static final XMLInputFactory PLAIN = factory(false);
    // the intake's reader hands one StAX reader from part to part; so may the floor, for a fair comparison
    private static final ThreadLocal<XMLInputFactory> REUSING = ThreadLocal.withInitial(() -> factory(true));

    private Floor() {
    }

    /** The number of XML events seen, so that the walk cannot be optimised away; a new parser per part. */
    static long read(Path file) {
        return read(file, PLAIN);
    }

    /** As {@link #read(Path)}, but with one parser per thread, reset for each part. */
    static long readReusingParsers(Path file) {
        return read(file, REUSING.get());
    }

    private static long read(Path file, XMLInputFactory xml) {
        long events = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith("xl/worksheets/") || name.equals("xl/sharedStrings.xml")) {
                    events += walk(zip.getInputStream(entry), xml);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        return events;
    }

    private static long walk(InputStream part, XMLInputFactory factory) throws IOException, XMLStreamException {
        long events = 0;
        try (InputStream in = new BufferedInputStream(part, 8192)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                events += xml.next();
            }
            xml.close();
        }
        return events;
    }

    // the same settings as the intake's reader
    private static XMLInputFactory factory(boolean reuse) {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        if (reuse) {
            factory.setProperty("reuse-instance", true);
        }
        return factory;
    }
}
