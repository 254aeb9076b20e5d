package cases.cookies;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class SessionCookie {
  void remember(HttpServletResponse response, String id) {
    // ruleid: java.cookies.insecure-cookie
    Cookie c = new Cookie("remember", id);
    c.setHttpOnly(true);
    response.addCookie(c);
  }
}
