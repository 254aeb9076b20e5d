package cases.cookies;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class Session {
  void issue(HttpServletResponse response, String id) {
    // ok: java.cookies.cookie-without-httponly
    Cookie c = new Cookie("sid", id);
    c.setHttpOnly(true);
    c.setSecure(true);
    response.addCookie(c);
  }

  void legacy(Cookie c) {
    // ruleid: java.cookies.cookie-without-httponly
    c.setHttpOnly(false);
  }
}
