// nullpath-bench: class=pathtraver cwe=22 vulnerable=true source=param flow=field sink=file
package bench.cases;

import java.io.File;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Pathtraver007Vuln extends HttpServlet {
  private String current;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    this.current = param;
    String bar = this.current;
    File f = new File("/srv/data/" + bar);
    f.delete();
  }
}
