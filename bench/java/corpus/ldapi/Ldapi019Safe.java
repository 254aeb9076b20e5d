// nullpath-bench: class=ldapi cwe=90 vulnerable=false source=cookie flow=dead-branch sink=search
package bench.cases;

import java.io.IOException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ldapi019Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = "none";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals("pref")) param = c.getValue();
      }
    }
    int limit = 40;
    String bar = (limit * 2 > 100) ? param : "fixed-value";
    DirContext ctx = new InitialDirContext();
    ctx.search("ou=users,dc=corp", "(cn=" + bar + ")", new SearchControls());
  }
}
