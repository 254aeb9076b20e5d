package cases.xxe;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;

public class ImportXml {
  Object parse(java.io.InputStream in) throws Exception {
    // ruleid: java.xxe.xml-external-entities
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    DocumentBuilder db = dbf.newDocumentBuilder();
    // ruleid: java.xxe.xml-external-entities
    XMLInputFactory xif = XMLInputFactory.newInstance();
    xif.createXMLStreamReader(in);
    return db.parse(in);
  }
}
