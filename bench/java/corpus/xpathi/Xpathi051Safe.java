// nullpath-bench: class=xpathi cwe=643 vulnerable=false source=jaxrs flow=dead-branch sink=evaluate
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

@Path("/case")
public class Xpathi051Safe {
  private org.w3c.dom.Document doc;

  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws Exception {
    int limit = 40;
    String bar = (limit * 2 > 100) ? param : "fixed-value";
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.evaluate("/users/user[@name='" + bar + "']", doc);
  }
}
