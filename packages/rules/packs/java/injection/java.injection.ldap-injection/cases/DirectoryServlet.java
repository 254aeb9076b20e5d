package cases.ldap;

import java.io.IOException;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.esapi.ESAPI;

public class DirectoryServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String user = request.getParameter("user");
    try {
      DirContext ctx = new InitialDirContext();
      SearchControls sc = new SearchControls();
      // ruleid: java.injection.ldap-injection
      ctx.search("ou=people,dc=example,dc=com", "(uid=" + user + ")", sc);
      // ok: java.injection.ldap-injection
      ctx.search("ou=people,dc=example,dc=com", "(uid={0})", new Object[] { user }, sc);
      String escaped = ESAPI.encoder().encodeForLDAP(user);
      // ok: java.injection.ldap-injection
      ctx.search("ou=people,dc=example,dc=com", "(uid=" + escaped + ")", sc);
    } catch (NamingException e) {
      response.sendError(500);
    }
  }
}
