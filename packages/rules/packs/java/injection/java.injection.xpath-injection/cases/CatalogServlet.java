package cases.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

public class CatalogServlet extends HttpServlet {
  private Document catalog;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String sku = request.getParameter("sku");
    XPath xpath = XPathFactory.newInstance().newXPath();
    try {
      // ruleid: java.injection.xpath-injection
      String price = xpath.evaluate("/catalog/item[@sku='" + sku + "']/price", catalog);
      // ruleid: java.injection.xpath-injection
      xpath.compile("//item[name='" + sku + "']");
      // ok: java.injection.xpath-injection
      xpath.evaluate("/catalog/item[1]/price", catalog);
      int idx = Integer.parseInt(sku);
      // ok: java.injection.xpath-injection
      xpath.evaluate("/catalog/item[" + idx + "]/price", catalog);
    } catch (XPathExpressionException e) {
      response.sendError(400);
    }
  }
}
