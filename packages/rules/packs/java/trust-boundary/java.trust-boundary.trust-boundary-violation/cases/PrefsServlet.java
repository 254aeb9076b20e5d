package cases.trust;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class PrefsServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String role = request.getParameter("role");
    HttpSession session = request.getSession();
    // ruleid: java.trust-boundary.trust-boundary-violation
    session.setAttribute("role", role);
    // ruleid: java.trust-boundary.trust-boundary-violation
    request.getSession().putValue("theme", request.getHeader("X-Theme"));
    // ok: java.trust-boundary.trust-boundary-violation
    session.setAttribute("visited", "yes");
    int page = Integer.parseInt(request.getParameter("page"));
    // ok: java.trust-boundary.trust-boundary-violation
    session.setAttribute("page", page);
  }
}
