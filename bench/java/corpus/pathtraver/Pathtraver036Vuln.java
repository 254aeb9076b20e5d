// nullpath-bench: class=pathtraver cwe=22 vulnerable=true source=param flow=format sink=stream
package bench.cases;

import java.io.FileInputStream;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Pathtraver036Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = String.format("%s", param);
    FileInputStream in = new FileInputStream("/srv/data/" + bar);
    in.close();
  }
}
