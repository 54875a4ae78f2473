package org.koldoo.support;

import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.koldoo.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creates accounts straight in the database for tests, each with a unique username. */
@Component
public class TestAccounts {

  public static final String PASSWORD = "correct-horse-42-battery";
  public static final UUID MOL = UUID.fromString("00000000-0000-0000-0000-000000000001");
  public static final UUID MVD = UUID.fromString("00000000-0000-0000-0000-000000000002");

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final JdbcClient jdbc;
  private final String hash;

  public TestAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.hash = passwords.encode(PASSWORD);
  }

  /**
   * A new active account at {@code organisation} holding {@code roles}, password {@link #PASSWORD}.
   */
  public String create(String prefix, UUID organisation, Role... roles) {
    String username = prefix + "-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into user_account (id, username, full_name, organisation_id, password_hash)"
                + " values (:id, :u, :n, :o, :h)")
        .param("id", id)
        .param("u", username)
        .param("n", "Test " + username)
        .param("o", organisation)
        .param("h", hash)
        .update();
    Arrays.stream(roles)
        .forEach(
            r ->
                jdbc.sql("insert into user_role (user_account, role) values (:id, :r)")
                    .param("id", id)
                    .param("r", r.name())
                    .update());
    return username;
  }

  /**
   * A new account, as {@link #create} makes it, signed in for a request: the person the
   * application's own {@code users} make of it, with its roles and organisation.
   */
  public RequestPostProcessor signedIn(
      UserDetailsService users, String prefix, UUID organisation, Role... roles) {
    return SecurityMockMvcRequestPostProcessors.user(
        users.loadUserByUsername(create(prefix, organisation, roles)));
  }

  public UUID idOf(String username) {
    return jdbc.sql("select id from user_account where username = :u")
        .param("u", username)
        .query(UUID.class)
        .single();
  }
}
