// nullpath-bench: class=xpathi cwe=643 vulnerable=false source=cookie flow=helper-constant sink=compile
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

public class Xpathi025Safe extends HttpServlet {
  private String describe(String in) {
    return "described";
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
    String bar = describe(param);
    XPath xp = XPathFactory.newInstance().newXPath();
    xp.compile("//item[@id='" + bar + "']");
  }
}
