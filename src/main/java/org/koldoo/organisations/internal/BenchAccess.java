package org.koldoo.organisations.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.cli.Json;
import org.koldoo.platform.security.Role;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How {@code bench api} signs in: a case worker of an organisation that sees enough cases, made
 * once per data directory with a known password, signing in over the API with a second factor set
 * up for the run (as the role requires), and the cases that token then sees.
 */
final class BenchAccess {

  private static final UUID BENCH_ORGANISATION =
      UUID.fromString("00000000-0000-0000-0000-000000000011");
  private static final String PASSWORD = "bench-Koldoo-2026-api";

  private BenchAccess() {}

  /** A bench account's token and the cases it sees. */
  record Access(String token, List<String> cases) {}

  /** The first bench account, of the bench organisation or else any, that sees 20 cases. */
  static Access access(ConfigurableApplicationContext context, HttpClient http, String base)
      throws Exception {
    String token = null;
    List<String> cases = List.of();
    List<OrganisationSummary> candidates = new ArrayList<>();
    Organisations organisations = context.getBean(Organisations.class);
    organisations.find(BENCH_ORGANISATION).ifPresent(candidates::add);
    candidates.addAll(organisations.all());
    for (OrganisationSummary organisation : candidates) {
      String username = account(context, organisation.id());
      token = token(http, base, username, secondFactorCode(context, username));
      cases = caseIds(http, base, token);
      if (cases.size() >= 20) {
        break;
      }
    }
    return new Access(token, cases);
  }

  /** A case worker of the organisation with a known password, made once per data directory. */
  private static String account(ConfigurableApplicationContext context, UUID organisation) {
    UserAccountRepository users = context.getBean(UserAccountRepository.class);
    String username = "bench-" + organisation.toString().substring(28);
    if (users.findByUsername(username).isEmpty()) {
      users.save(
          UserAccount.create(
              username,
              "API benchmark",
              null,
              organisation,
              EnumSet.of(Role.CASE_WORKER),
              context.getBean(PasswordEncoder.class).encode(PASSWORD),
              false,
              Clock.systemUTC().instant()));
    }
    return username;
  }

  /**
   * A code for the token request: none for a role that needs no second factor; else the bench
   * account sets up an authenticator app as its person would (a new one each run, confirmed with a
   * first code) and gives the code of the next step.
   */
  private static String secondFactorCode(ConfigurableApplicationContext context, String username) {
    KoldooPrincipal person =
        (KoldooPrincipal)
            context.getBean(KoldooUserDetailsService.class).loadUserByUsername(username);
    SecondFactors factors = context.getBean(SecondFactors.class);
    if (!factors.required(person)) {
      return "";
    }
    byte[] secret = Totp.fromBase32(factors.begin(person).secret());
    for (int attempt = 0; attempt < 2; attempt++) {
      // once more if the time step turned between reading the clock and the check
      long now = Totp.step(Clock.systemUTC().instant());
      if (!factors.confirm(person, Totp.code(secret, now - 1)).isEmpty()) {
        return Totp.code(secret, now);
      }
    }
    throw new IllegalStateException("the bench account's second factor was not accepted");
  }

  private static String token(HttpClient http, String base, String username, String code)
      throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Json.write(
                            Json.object("username", username, "password", PASSWORD, "code", code))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("token: " + response.statusCode() + " " + response.body());
    }
    return Json.read(response.body()).path("token").asString();
  }

  private static List<String> caseIds(HttpClient http, String base, String token) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/cases?size=200"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    List<String> ids = new ArrayList<>();
    for (var item : Json.read(response.body()).path("items")) {
      ids.add(item.path("id").asString());
    }
    return ids;
  }
}
