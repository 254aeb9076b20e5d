// nullpath-bench: class=ldapi cwe=90 vulnerable=true source=header flow=list sink=search
package bench.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ldapi043Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getHeader("X-Value");
    List<String> values = new ArrayList<>();
    values.add("safe");
    values.add(param);
    String bar = values.get(1);
    DirContext ctx = new InitialDirContext();
    ctx.search("ou=users,dc=corp", "(cn=" + bar + ")", new SearchControls());
  }
}
