package cases.xss;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.owasp.esapi.ESAPI;
import org.springframework.web.util.HtmlUtils;

public class GreetServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("name");
    PrintWriter out = response.getWriter();
    // ruleid: java.xss.reflected-xss
    out.println("<h1>Hello " + name + "</h1>");
    // ruleid: java.xss.reflected-xss
    response.getWriter().write(request.getHeader("Referer"));
    // ruleid: java.xss.reflected-xss
    out.format("<p>%s</p>", request.getQueryString());
    // ok: java.xss.reflected-xss
    out.println("<h1>Hello " + Encode.forHtml(name) + "</h1>");
    // ok: java.xss.reflected-xss
    out.println(ESAPI.encoder().encodeForHTML(name));
    // ok: java.xss.reflected-xss
    out.print(HtmlUtils.htmlEscape(name));
    // ok: java.xss.reflected-xss
    out.println("<p>Welcome</p>");
    int age = Integer.parseInt(request.getParameter("age"));
    // ok: java.xss.reflected-xss
    out.println("<p>Age " + age + "</p>");
    for (Cookie c : request.getCookies()) {
      // ruleid: java.xss.reflected-xss
      out.print(c.getValue());
    }
  }
}
