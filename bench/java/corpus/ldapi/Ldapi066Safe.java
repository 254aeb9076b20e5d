// nullpath-bench: class=ldapi cwe=90 vulnerable=false source=header flow=builder sink=esapi-safe
package bench.cases;

import java.io.IOException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.esapi.ESAPI;

public class Ldapi066Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getHeader("X-Value");
    StringBuilder sb = new StringBuilder();
    sb.append(param);
    String bar = sb.toString();
    DirContext ctx = new InitialDirContext();
    ctx.search("ou=users,dc=corp", "(cn=" + ESAPI.encoder().encodeForLDAP(bar) + ")", new SearchControls());
  }
}
