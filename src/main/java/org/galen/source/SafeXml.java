package org.galen.source;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that never load an external DTD or entity: the real MEDLINE and JATS files name
 * remote DTDs in their DOCTYPE, and Galen runs offline (and must not be an XXE target).
 */
public final class SafeXml {
  private static final XMLInputFactory FACTORY = newFactory();

  private SafeXml() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  public static XMLStreamReader open(InputStream in) throws XMLStreamException {
    synchronized (FACTORY) {
      return FACTORY.createXMLStreamReader(in);
    }
  }

  /** Moves to the next START_ELEMENT; false at the end of the document. */
  public static boolean nextStart(XMLStreamReader reader) throws XMLStreamException {
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamReader.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }
}
