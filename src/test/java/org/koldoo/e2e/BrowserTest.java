package org.koldoo.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.koldoo.support.TestDatabase;
import org.koldoo.support.TestSupportConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests: one running application (shared by every browser test class, so the
 * first administrator is created once, with a known password) and one headless browser per class.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "koldoo.security.admin-password=" + BrowserTest.ADMIN_PASSWORD)
@Import(TestSupportConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

  static final String ADMIN_PASSWORD = "Browser-Koldoo-2026";

  @LocalServerPort int port;

  BrowserSession session;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("koldoo.data-dir", TestDatabase::dataDir);
  }

  @BeforeAll
  void startBrowser() {
    session = new BrowserSession(port);
  }

  @AfterAll
  void stopBrowser() {
    if (session != null) {
      session.close();
    }
  }
}
