// nullpath-bench: class=xss cwe=79 vulnerable=false source=jaxrs flow=loop sink=htmlutils-safe
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.springframework.web.util.HtmlUtils;

@Path("/case")
public class Xss075Safe {
  @POST
  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException {
    String bar = "";
    for (String part : param.split(",")) {
      bar = bar + part;
    }
    response.getWriter().print(HtmlUtils.htmlEscape(bar));
  }
}
