package cases.cookies;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class SecureCookie {
  void remember(HttpServletResponse response, String id) {
    // ok: java.cookies.insecure-cookie
    Cookie c = new Cookie("remember", id);
    c.setSecure(true);
    c.setHttpOnly(true);
    response.addCookie(c);
  }

  void downgrade(Cookie c) {
    // ruleid: java.cookies.insecure-cookie
    c.setSecure(false);
  }
}
