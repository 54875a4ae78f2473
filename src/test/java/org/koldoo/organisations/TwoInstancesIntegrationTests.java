package org.koldoo.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.koldoo.KoldooApplication;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Role;
import org.koldoo.support.TestAccounts;
import org.koldoo.support.TestDatabase;
import org.koldoo.support.TestSupportConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two Koldoo instances against one database, as behind a load balancer: a person signs in on one
 * and goes on on the other (the session is in the database, sealed), signs out on the second and is
 * signed out on the first; both append to one audit chain that stays whole.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "koldoo.sessions.store=jdbc",
      "koldoo.security.password-memory-kib=64",
      "koldoo.security.password-iterations=1"
    })
@Import(TestSupportConfiguration.class)
class TwoInstancesIntegrationTests {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  @Test
  void a_session_begun_on_one_instance_goes_on_on_the_other() throws Exception {
    String analyst = accounts.create("two-inst", TestAccounts.MOL, Role.ANALYST);
    try (ConfigurableApplicationContext second =
        new SpringApplicationBuilder(KoldooApplication.class)
            .web(WebApplicationType.SERVLET)
            // command-line arguments: they rank above application.yml, as a real start's do
            .run(
                "--server.port=0",
                "--koldoo.sessions.store=jdbc",
                "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--koldoo.data-dir=" + TestDatabase.dataDir(),
                "--koldoo.security.password-memory-kib=64",
                "--koldoo.security.password-iterations=1",
                "--spring.main.banner-mode=off")) {
      int other = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
      HttpClient browser =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();

      // signed in on the first instance
      String login = get(browser, port, "/login").body();
      Matcher token = CSRF.matcher(login);
      assertThat(token.find()).as(login).isTrue();
      HttpResponse<String> signedIn =
          browser.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username=%s&password=%s&_csrf=%s"
                              .formatted(
                                  analyst,
                                  URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8),
                                  URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(signedIn.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/"));

      // the same browser on the second instance is still signed in
      HttpResponse<String> home = get(browser, other, "/");
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body()).contains("Test " + analyst);
      assertThat(
              jdbc.sql("select count(*) from spring_session where principal_name = :u")
                  .param("u", analyst)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
      assertThat(
              jdbc.sql(
                      """
                      select count(*) from spring_session_attributes a
                      join spring_session s on s.primary_id = a.session_primary_id
                      where s.principal_name = :u and position(convert_to(:u, 'UTF8') in a.attribute_bytes) > 0
                      """)
                  .param("u", analyst)
                  .query(Long.class)
                  .single())
          .as("what a session holds is sealed in the database")
          .isZero();

      // signed out on the second: signed out on the first too
      String page = home.body();
      Matcher logoutToken = CSRF.matcher(page);
      assertThat(logoutToken.find()).isTrue();
      browser.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + other + "/logout"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "_csrf=" + URLEncoder.encode(logoutToken.group(1), StandardCharsets.UTF_8)))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> after = get(browser, port, "/");
      assertThat(after.statusCode()).isEqualTo(302);
      assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
    }
    assertThat(audit.verify().valid()).as("one chain, appended by both").isTrue();
  }

  /**
   * An address Tomcat refuses before Koldoo sees it (an encoded slash) is answered as Koldoo
   * answers: a problem detail under /api/, a short page in the reader's language elsewhere, and
   * nothing of Tomcat's own report.
   */
  @Test
  void what_the_container_refuses_is_answered_as_koldoo_answers() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> api = get(client, port, "/api/v1/cases/..%2f..%2fusers");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(api.body())
        .contains("\"status\":400", "\"title\":\"Bad Request\"", "\"detail\":\"")
        .doesNotContain("Tomcat", "<html");

    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/a%2fb"))
                .header("Accept-Language", "ru")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .contains("lang=\"ru\"", "Koldoo")
        .doesNotContain("Tomcat", "HTTP Status");
  }

  /**
   * A parameter the container cannot decode (a stray %, a byte that is not UTF-8), read by Koldoo's
   * language switch, by the CSRF filter or by the API's token exchange: each a 400 saying so, none
   * a 500, and nothing logged as a failure of the server.
   */
  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void a_parameter_nobody_can_decode_is_a_400_and_no_failure_in_the_log(CapturedOutput log)
      throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> page = get(client, port, "/login?lang=%FF");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("could not be read");
    for (String path : new String[] {"/login", "/api/v1/auth/tokens"}) {
      HttpResponse<String> form =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Accept-Language", "en")
                  .POST(HttpRequest.BodyPublishers.ofString("username=%&password=x"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(form.statusCode()).as(path).isEqualTo(400);
      assertThat(form.body()).as(path).contains("could not be read");
    }
    HttpResponse<String> loginPage =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "ru")
                .POST(HttpRequest.BodyPublishers.ofString("username=%&password=x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(loginPage.headers().firstValue("Content-Type").orElse(""))
        .as("a person's refusal is a page")
        .startsWith("text/html");
    assertThat(loginPage.body())
        .as("in the reader's language, with the way back")
        .contains("lang=\"ru\"", "не удалось прочитать", "<a href=\"/\">");
    assertThat(log.getAll()).doesNotContain("Unexpected error", "threw exception");
  }

  private static HttpResponse<String> get(HttpClient browser, int port, String path)
      throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", "en")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
