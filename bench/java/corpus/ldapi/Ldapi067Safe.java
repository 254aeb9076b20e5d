// nullpath-bench: class=ldapi cwe=90 vulnerable=false source=cookie flow=helper sink=esapi-safe
package bench.cases;

import java.io.IOException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.esapi.ESAPI;

public class Ldapi067Safe extends HttpServlet {
  private String normalise(String in) {
    return in.trim();
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = "none";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals("pref")) param = c.getValue();
      }
    }
    String bar = normalise(param);
    DirContext ctx = new InitialDirContext();
    ctx.search("ou=users,dc=corp", "(cn=" + ESAPI.encoder().encodeForLDAP(bar) + ")", new SearchControls());
  }
}
