package org.koldoo.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the integration tests: the whole application against the JVM's one embedded PostgreSQL.
 * All tests share one application context and one database, so each test makes its own data (unique
 * usernames, codes) and never relies on a table being empty.
 */
@SpringBootTest
@TestPropertySource(
    properties = {
      "koldoo.security.throttle-max-attempts=1000",
      // tests create hundreds of accounts: a light password hash (production keeps 16 MiB)
      "koldoo.security.password-memory-kib=64",
      "koldoo.security.password-iterations=1",
      // and archives of light passphrase rounds (production writes 600,000)
      "koldoo.backup.passphrase-rounds=1000"
    })
@AutoConfigureMockMvc
@Import(TestSupportConfiguration.class)
public abstract class IntegrationTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
    TestMail.register(registry);
  }
}
