// nullpath-bench: class=xpathi cwe=643 vulnerable=true source=jaxrs flow=stream sink=compile
package bench.cases;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

@Path("/case")
public class Xpathi047Vuln {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws Exception {
    String bar = Arrays.stream(param.split(";")).map(String::trim).collect(Collectors.joining(";"));
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.compile("//item[@id='" + bar + "']");
  }
}
