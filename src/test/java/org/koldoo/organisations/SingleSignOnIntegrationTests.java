package org.koldoo.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.TestAccounts;
import org.koldoo.support.TestDatabase;
import org.koldoo.support.TestSupportConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on through a real OpenID Connect provider started here: a person the provider vouches
 * for gets a Koldoo account with the organisation and roles its claims say, and signs in without a
 * password; roles that see identities still need a second factor unless the provider asked for one;
 * a provider's claim to a name Koldoo gave to an account of its own, or to an organisation Koldoo
 * does not know, is refused with the reason.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "koldoo.security.password-memory-kib=64",
      "koldoo.security.password-iterations=1"
    })
@Import(TestSupportConfiguration.class)
class SingleSignOnIntegrationTests {

  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

  static {
    PROVIDER.start(0);
  }

  @DynamicPropertySource
  static void configuration(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
    String registration = "spring.security.oauth2.client.registration.gov.";
    registry.add(registration + "client-id", () -> "koldoo");
    registry.add(registration + "client-secret", () -> "koldoo-secret");
    registry.add(registration + "scope", () -> "openid,profile");
    registry.add(registration + "client-name", () -> "Government ID");
    registry.add(
        "spring.security.oauth2.client.provider.gov.issuer-uri",
        () -> PROVIDER.issuerUrl("gov").toString());
  }

  @AfterAll
  static void stop() {
    PROVIDER.shutdown();
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;

  @Test
  void the_provider_s_person_becomes_an_account_with_the_claimed_organisation_and_roles()
      throws Exception {
    String code = organisationCode(TestAccounts.MOL);
    String username = "sso-analyst-" + System.nanoTime() % 100000;
    String subject = UUID.randomUUID().toString();
    HttpClient browser = browser();
    assertThat(get(browser, "/login").body())
        .contains("Government ID", "/oauth2/authorization/gov");

    String landed =
        signIn(
            browser,
            subject,
            Map.of(
                "preferred_username",
                username,
                "name",
                "Бакыт Асанов",
                "koldoo_organisation",
                code,
                "koldoo_roles",
                List.of("ANALYST")));
    assertThat(landed).endsWith("/");
    HttpResponse<String> home = get(browser, "/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Бакыт Асанов");
    assertThat(roles(username)).containsExactly("ANALYST");

    // logging out ends the provider's session too, then comes back to the login page
    HttpResponse<String> out = logout(browser, home.body());
    String endSession = out.headers().firstValue("Location").orElseThrow();
    String loggedOut = "http://localhost:" + port + "/login?logout";
    assertThat(endSession)
        .startsWith(PROVIDER.issuerUrl("gov") + "/endsession")
        .contains("id_token_hint=ey")
        .contains("post_logout_redirect_uri=" + loggedOut);
    HttpResponse<String> back = send(browser, URI.create(endSession));
    assertThat(back.headers().firstValue("Location")).contains(loggedOut);
    assertThat(get(browser, "/").statusCode()).as("signed out").isEqualTo(302);

    // the next sign-in takes the roles the provider says now
    HttpClient later = browser();
    signIn(
        later,
        subject,
        Map.of(
            "preferred_username",
            username,
            "koldoo_organisation",
            code,
            "koldoo_roles",
            "NATIONAL_COORDINATOR ANALYST",
            "amr",
            List.of("pwd")));
    assertThat(roles(username)).containsExactlyInAnyOrder("ANALYST", "NATIONAL_COORDINATOR");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where actor = :u and action = 'LOGIN_SUCCEEDED'")
                .param("u", username)
                .query(Long.class)
                .single())
        .isEqualTo(2);

    // a deactivated account stays out, whatever the provider says
    jdbc.sql("update user_account set active = false where username = :u")
        .param("u", username)
        .update();
    HttpClient deactivated = browser();
    assertThat(
            signIn(
                deactivated,
                subject,
                Map.of(
                    "preferred_username", username,
                    "koldoo_organisation", code,
                    "koldoo_roles", List.of("ANALYST"))))
        .endsWith("/login?disabled");
    assertThat(get(deactivated, "/").statusCode()).as("not signed in").isEqualTo(302);
  }

  @Test
  void the_provider_s_back_channel_logout_ends_the_person_s_sessions_here() throws Exception {
    String subject = UUID.randomUUID().toString();
    String username = "sso-bcl-" + System.nanoTime() % 100000;
    HttpClient office = browser();
    HttpClient laptop = browser();
    signIn(office, subject, analyst(username, "provider-session-1"));
    signIn(laptop, subject, analyst(username, "provider-session-2"));
    assertThat(get(office, "/").statusCode()).isEqualTo(200);
    assertThat(get(laptop, "/").statusCode()).isEqualTo(200);

    // a logout token another issuer signed is refused, and nothing ends
    assertThat(backChannelLogout(logoutToken("elsewhere", subject, null)).statusCode())
        .isEqualTo(400);
    assertThat(get(office, "/").statusCode()).as("still signed in").isEqualTo(200);

    // by the person's subject: every session of theirs ends
    assertThat(backChannelLogout(logoutToken("gov", subject, null)).statusCode()).isEqualTo(200);
    assertThat(get(office, "/").statusCode()).as("signed out").isEqualTo(302);
    assertThat(get(laptop, "/").statusCode()).as("signed out").isEqualTo(302);

    // by the provider's session alone (the token's subject is nobody's)
    HttpClient again = browser();
    signIn(again, subject, analyst(username, "provider-session-3"));
    assertThat(get(again, "/").statusCode()).isEqualTo(200);
    String nobody = UUID.randomUUID().toString();
    String bySession = logoutToken("gov", nobody, "provider-session-3");
    assertThat(backChannelLogout(bySession).statusCode()).isEqualTo(200);
    assertThat(get(again, "/").statusCode()).as("signed out").isEqualTo(302);

    // the same token sent again (replayed by whoever caught it) is refused and ends nothing
    HttpClient later = browser();
    signIn(later, subject, analyst(username, "provider-session-3"));
    HttpResponse<String> replayed = backChannelLogout(bySession);
    assertThat(replayed.statusCode()).isEqualTo(400);
    assertThat(replayed.body()).contains("invalid_request", "already received");
    assertThat(get(later, "/").statusCode()).as("still signed in").isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where actor = :u"
                        + " and action = 'LOGOUT_BY_PROVIDER'")
                .param("u", username)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void deactivating_a_provider_s_person_ends_the_session_they_have_here() throws Exception {
    String username = "sso-off-" + System.nanoTime() % 100000;
    HttpClient person = browser();
    signIn(person, UUID.randomUUID().toString(), analyst(username, "provider-session-9"));
    assertThat(get(person, "/").statusCode()).isEqualTo(200);

    String admin = accounts.create("sso-adm", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    HttpClient office = browser();
    form(
        office,
        "/login",
        get(office, "/login").body(),
        "username=" + admin + "&password=" + TestAccounts.PASSWORD);
    UUID id =
        jdbc.sql("select id from user_account where username = :u")
            .param("u", username)
            .query(UUID.class)
            .single();
    String page = get(office, "/admin/users/" + id).body();
    assertThat(form(office, "/admin/users/" + id + "/deactivate", page, "").statusCode())
        .isEqualTo(302);
    assertThat(get(person, "/").statusCode()).as("signed out").isEqualTo(302);
  }

  private Map<String, Object> analyst(String username, String providerSession) {
    return Map.of(
        "preferred_username",
        username,
        "koldoo_organisation",
        organisationCode(TestAccounts.MOL),
        "koldoo_roles",
        List.of("ANALYST"),
        "sid",
        providerSession);
  }

  /** A logout token as the provider signs it for {@code issuer}, naming a subject or session. */
  private static String logoutToken(String issuer, String subject, String providerSession) {
    Map<String, Object> claims = new java.util.HashMap<>();
    claims.put("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
    if (providerSession != null) {
      claims.put("sid", providerSession);
    }
    return PROVIDER
        .issueToken(
            issuer,
            "koldoo",
            new DefaultOAuth2TokenCallback(
                issuer, subject, "logout+jwt", List.of("koldoo"), claims, 120))
        .serialize();
  }

  /** The provider's call to Koldoo's back-channel logout endpoint (no browser, no cookie). */
  private HttpResponse<String> backChannelLogout(String token) throws Exception {
    return browser()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/logout/connect/back-channel/gov"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + token))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_password_sign_in_beside_the_provider_logs_out_to_koldoo_s_login_page() throws Exception {
    String admin = accounts.create("sso-pwd", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    HttpClient browser = browser();
    HttpResponse<String> in =
        form(
            browser,
            "/login",
            get(browser, "/login").body(),
            "username=" + admin + "&password=" + TestAccounts.PASSWORD);
    assertThat(in.headers().firstValue("Location")).isPresent().get().asString().endsWith("/");
    HttpResponse<String> out = logout(browser, get(browser, "/").body());
    assertThat(out.headers().firstValue("Location"))
        .contains("http://localhost:" + port + "/login?logout");
    assertThat(get(browser, "/").statusCode()).as("signed out").isEqualTo(302);
  }

  @Test
  void roles_that_see_identities_need_a_second_factor_unless_the_provider_asked_for_one()
      throws Exception {
    assertThat(investigatorSignIn(List.of("pwd"))).endsWith("/account/two-factor");
    assertThat(investigatorSignIn(List.of("pwd", "mfa"))).endsWith("/");
  }

  /** A new investigator signed in by the provider with these authentication methods. */
  private String investigatorSignIn(List<String> amr) throws Exception {
    return signIn(
        browser(),
        UUID.randomUUID().toString(),
        Map.of(
            "preferred_username",
            "sso-inv-" + System.nanoTime() % 100000,
            "koldoo_organisation",
            organisationCode(TestAccounts.MVD),
            "koldoo_roles",
            List.of("INVESTIGATOR"),
            "amr",
            amr));
  }

  @Test
  void a_local_account_s_name_or_an_unknown_organisation_is_refused_with_the_reason()
      throws Exception {
    String local = accounts.create("sso-local", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    HttpClient browser = browser();
    String refused =
        signIn(
            browser,
            UUID.randomUUID().toString(),
            Map.of(
                "preferred_username", local,
                "koldoo_organisation", organisationCode(TestAccounts.MOL),
                "koldoo_roles", List.of("SYSTEM_ADMINISTRATOR"),
                "amr", List.of("mfa")));
    assertThat(refused).endsWith("/login?sso");
    assertThat(get(browser, "/login?sso").body()).contains("belongs to an account of Koldoo");
    assertThat(get(browser, "/").statusCode()).as("not signed in").isEqualTo(302);

    HttpClient other = browser();
    assertThat(
            signIn(
                other,
                UUID.randomUUID().toString(),
                Map.of(
                    "preferred_username", "sso-nowhere",
                    "koldoo_organisation", "NO-SUCH-BODY",
                    "koldoo_roles", List.of("ANALYST"))))
        .endsWith("/login?sso");
    assertThat(get(other, "/login?sso").body()).contains("NO-SUCH-BODY");
  }

  /** The browser's way through the provider; where the application sends it at the end. */
  private String signIn(HttpClient browser, String subject, Map<String, Object> claims)
      throws Exception {
    HttpResponse<String> start = get(browser, "/oauth2/authorization/gov");
    String authorize = start.headers().firstValue("Location").orElseThrow();
    PROVIDER.enqueueCallback(
        new DefaultOAuth2TokenCallback("gov", subject, "JWT", List.of("koldoo"), claims, 3600));
    HttpResponse<String> provider = send(browser, URI.create(authorize));
    String callback = provider.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> back = send(browser, URI.create(callback));
    assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
    return back.headers().firstValue("Location").orElseThrow();
  }

  /** The page's log-out button, pressed. */
  private HttpResponse<String> logout(HttpClient browser, String page) throws Exception {
    return form(browser, "/logout", page, "");
  }

  /** A form of {@code page} sent to {@code path} with its CSRF token and {@code fields}. */
  private HttpResponse<String> form(HttpClient browser, String path, String page, String fields)
      throws Exception {
    var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).as("the page carries its CSRF token").isTrue();
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "_csrf=" + csrf.group(1) + (fields.isEmpty() ? "" : "&" + fields)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String organisationCode(UUID id) {
    return jdbc.sql("select code from organisation where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private List<String> roles(String username) {
    return jdbc.sql(
            """
            select r.role from user_role r join user_account a on a.id = r.user_account
            where a.username = :u order by 1
            """)
        .param("u", username)
        .query(String.class)
        .list();
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
    return send(browser, URI.create("http://localhost:" + port + path));
  }

  private static HttpResponse<String> send(HttpClient browser, URI uri) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri).header("Accept-Language", "en").build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
