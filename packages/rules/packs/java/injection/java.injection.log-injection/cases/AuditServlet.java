package cases.log;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class AuditServlet extends HttpServlet {
  private static final Logger LOG = LoggerFactory.getLogger(AuditServlet.class);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String user = request.getParameter("user");
    // ruleid: java.injection.log-injection
    LOG.info("login attempt for " + user);
    // ok: java.injection.log-injection
    LOG.info("login attempt");
    String clean = user.replaceAll("[\r\n]", "_");
    // ok: java.injection.log-injection
    LOG.info("login attempt for " + clean);
    int tries = Integer.parseInt(request.getParameter("tries"));
    // ok: java.injection.log-injection
    LOG.warn("tries: " + tries);
  }
}
