// nullpath-bench: class=pathtraver cwe=22 vulnerable=true source=header flow=ternary sink=stream
package bench.cases;

import java.io.FileInputStream;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Pathtraver008Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar = param.length() > 3 ? param : "short";
    FileInputStream in = new FileInputStream("/srv/data/" + bar);
    in.close();
  }
}
