// nullpath-bench: class=pathtraver cwe=22 vulnerable=false source=cookie flow=helper sink=filename-safe
package bench.cases;

import java.io.File;
import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.FilenameUtils;

public class Pathtraver067Safe extends HttpServlet {
  private String normalise(String in) {
    return in.trim();
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = "none";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals("pref")) param = c.getValue();
      }
    }
    String bar = normalise(param);
    File f = new File("/srv/data/" + FilenameUtils.getName(bar));
    f.delete();
  }
}
