package com.frameworkfork.site;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Builds a small XML document through a StAX writer, which escapes every text and attribute value.
 * Characters XML 1.0 cannot carry at all (most control characters) are dropped rather than failing the page.
 */
final class XmlOutput {

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth = 1;

    XmlOutput(String rootName, String namespace) {
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(rootName);
            xml.writeDefaultNamespace(namespace);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOutput start(String name) {
        try {
            newLine();
            xml.writeStartElement(name);
            depth++;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOutput end() {
        try {
            depth--;
            newLine();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element holding only text. */
    XmlOutput element(String name, String text) {
        try {
            newLine();
            xml.writeStartElement(name);
            xml.writeCharacters(xmlSafe(text));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element with attributes only, such as an Atom link. */
    XmlOutput empty(String name, String... attributeNamesAndValues) {
        try {
            newLine();
            xml.writeEmptyElement(name);
            for (int i = 0; i < attributeNamesAndValues.length; i += 2) {
                xml.writeAttribute(attributeNamesAndValues[i], xmlSafe(attributeNamesAndValues[i + 1]));
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    String finish() {
        try {
            depth = 0;
            newLine();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return buffer.append('\n').toString();
    }

    /** Indents by nesting depth, so that people reading the file can follow it. */
    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    static String xmlSafe(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(value.length());
        value.codePoints().filter(XmlOutput::allowedInXml).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
