package org.koldoo.support;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.koldoo.platform.security.Role;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the module tests ({@code @ApplicationModuleTest} on the subclass): the module against the
 * JVM's one test database, and a way to act as a person of an organisation in a role, as the
 * security context would give them after signing in. Nobody acts after a test.
 */
public abstract class ModuleTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
    // a module's context stays open beside the others of the test JVM: a small pool of its own
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
  }

  @AfterEach
  void nobodyActs() {
    Acting.nobody();
  }

  /** From now on in this thread, a person of {@code organisation} with {@code role} acts. */
  protected static void actAs(UUID organisation, Role role) {
    Acting.as(organisation, role);
  }
}
