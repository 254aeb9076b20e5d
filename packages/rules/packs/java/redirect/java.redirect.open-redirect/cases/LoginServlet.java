package cases.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LoginServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String next = request.getParameter("next");
    if (next != null && next.length() > 200) {
      response.sendError(400);
      return;
    }
    // ruleid: java.redirect.open-redirect
    response.sendRedirect(next);
    // ruleid: java.redirect.open-redirect
    response.sendRedirect(request.getHeader("Referer"));
    // ok: java.redirect.open-redirect
    response.sendRedirect("/account/home");
    // ok: java.redirect.open-redirect
    response.sendRedirect("/account/" + next);
    // ok: java.redirect.open-redirect
    response.sendRedirect(request.getContextPath() + "/login");
  }
}
