package cases.sql;

import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {
  private final JdbcTemplate jdbc;
  private final EntityManager em;

  public OrderController(JdbcTemplate jdbc, EntityManager em) {
    this.jdbc = jdbc;
    this.em = em;
  }

  @GetMapping("/orders")
  public List<Map<String, Object>> search(@RequestParam("customer") String customer) {
    // ruleid: java.injection.sql-injection
    return jdbc.queryForList("SELECT * FROM orders WHERE customer = '" + customer + "'");
  }

  @GetMapping("/orders/safe")
  public List<Map<String, Object>> searchSafe(@RequestParam("customer") String customer) {
    // ok: java.injection.sql-injection
    return jdbc.queryForList("SELECT * FROM orders WHERE customer = ?", customer);
  }

  @GetMapping("/orders/{id}")
  public Object byId(@PathVariable("id") String id) {
    // ruleid: java.injection.sql-injection
    return em.createNativeQuery("SELECT * FROM orders WHERE id = " + id).getSingleResult();
  }

  @GetMapping("/orders/jpql/{id}")
  public Object byIdJpql(@PathVariable("id") String id) {
    // ok: java.injection.sql-injection
    return em.createQuery("SELECT o FROM Order o WHERE o.id = :id").setParameter("id", id).getSingleResult();
  }

  @GetMapping("/orders/by-note")
  public List<Map<String, Object>> byNote(String note, org.springframework.ui.Model model) {
    // ruleid: java.injection.sql-injection
    return jdbc.queryForList("SELECT * FROM orders WHERE note = '" + note + "'");
  }

  public List<Map<String, Object>> internal(String note) {
    // ok: java.injection.sql-injection
    return jdbc.queryForList("SELECT * FROM orders WHERE note = '" + note + "'");
  }

  @GetMapping("/orders/count")
  public int count(@RequestParam("status") String status) {
    // ruleid: java.injection.sql-injection
    return jdbc.update("DELETE FROM carts WHERE status = '" + status + "'");
  }
}
