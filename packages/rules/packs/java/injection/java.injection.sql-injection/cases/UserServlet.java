package cases.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

public class UserServlet extends HttpServlet {
  private DataSource dataSource;
  private static final boolean LEGACY = false;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("name");
    try (Connection conn = dataSource.getConnection()) {
      Statement stmt = conn.createStatement();
      // ruleid: java.injection.sql-injection
      ResultSet rs = stmt.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
      // ok: java.injection.sql-injection
      stmt.executeQuery("SELECT * FROM users WHERE active = 1");
      String fixed = "SELECT count(*) FROM users";
      // ok: java.injection.sql-injection
      stmt.execute(fixed);

      StringBuilder sql = new StringBuilder("UPDATE users SET seen = 1 WHERE name = '");
      sql.append(name).append("'");
      // ruleid: java.injection.sql-injection
      stmt.executeUpdate(sql.toString());

      // ruleid: java.injection.sql-injection
      PreparedStatement bad = conn.prepareStatement("SELECT * FROM users WHERE name = '" + name + "'");
      // ok: java.injection.sql-injection
      PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
      ps.setString(1, name);
      // ok: java.injection.sql-injection
      ps.executeQuery();

      int id = Integer.parseInt(request.getParameter("id"));
      // ok: java.injection.sql-injection
      stmt.executeQuery("SELECT * FROM users WHERE id = " + id);

      if (LEGACY) {
        // ok: java.injection.sql-injection
        stmt.execute("DELETE FROM users WHERE name = '" + name + "'");
      }

      List<String> parts = new ArrayList<>();
      parts.add("users");
      parts.add(name);
      // Element-insensitive lists: index 0 holds a constant but the list as a whole is tainted.
      // todook: java.injection.sql-injection
      stmt.executeQuery("SELECT * FROM " + parts.get(0));

      // ruleid: java.injection.sql-injection
      stmt.addBatch(String.format("DELETE FROM sessions WHERE owner = '%s'", name));
      audit(stmt, name);
    } catch (SQLException e) {
      response.sendError(500);
    }
  }

  private void audit(Statement stmt, String who) throws SQLException {
    // ruleid: java.injection.sql-injection
    stmt.executeUpdate("INSERT INTO audit(who) VALUES ('" + who + "')");
  }
}
