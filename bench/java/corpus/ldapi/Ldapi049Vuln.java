// nullpath-bench: class=ldapi cwe=90 vulnerable=true source=header flow=wrapper-ctor sink=search
package bench.cases;

import java.io.IOException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ldapi049Vuln extends HttpServlet {
  static class Holder {
    final String value;
    Holder(String v) {
      this.value = v;
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getHeader("X-Value");
    Holder h = new Holder(param);
    String bar = h.value;
    DirContext ctx = new InitialDirContext();
    ctx.search("ou=users,dc=corp", "(cn=" + bar + ")", new SearchControls());
  }
}
