package cases.xxe;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;

public class SafeImportXml {
  Object parse(java.io.InputStream in) throws Exception {
    // ok: java.xxe.xml-external-entities
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    // ok: java.xxe.xml-external-entities
    XMLInputFactory xif = XMLInputFactory.newInstance();
    xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xif.createXMLStreamReader(in);
    return dbf.newDocumentBuilder().parse(in);
  }
}
