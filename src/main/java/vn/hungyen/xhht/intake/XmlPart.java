package vn.hungyen.xhht.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** An XML part of a zip being parsed; closing it closes the entry's stream too. */
final class XmlPart implements AutoCloseable {

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final XMLStreamReader xml;

    XmlPart(InputStream in, XMLInputFactory factory) throws XMLStreamException {
        this.in = new BufferedInputStream(in, BUFFER);
        this.xml = factory.createXMLStreamReader(this.in);
    }

    XMLStreamReader xml() {
        return xml;
    }

    @Override
    public void close() {
        try {
            xml.close();
            in.close();
        } catch (XMLStreamException | IOException e) {
            // the part was only read: failing to let go of it loses nothing
        }
    }
}
