package org.koldoo.organisations.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import org.koldoo.demo.SyntheticDatasets;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.cli.Json;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.synthetic.Scale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code bench api --clients N --seconds S}: starts the server in this process against the national
 * synthetic dataset (in its own data directory), then drives, one after the other and each for S
 * seconds with N concurrent HTTP clients holding an API token: {@code /actuator/health},
 * pseudonymous case reads ({@code GET /api/v1/cases/{id}}) and audited identity reads ({@code GET
 * /api/v1/cases/{id}/identity}). Prints one JSON object with requests per second and p99 latency.
 */
public final class ApiBenchmark {

  private static final UUID BENCH_ORGANISATION =
      UUID.fromString("00000000-0000-0000-0000-000000000011");
  private static final String PASSWORD = "bench-Koldoo-2026-api";

  private ApiBenchmark() {}

  public static int run(Class<?> application, String[] args) throws Exception {
    int clients = option(args, "--clients", 8);
    int seconds = option(args, "--seconds", 20);
    configure();
    try (ConfigurableApplicationContext context = SpringApplication.run(application)) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      int lastYear = LocalDate.now(ZoneId.of("Asia/Bishkek")).getYear() - 1;
      context
          .getBean(SyntheticDatasets.class)
          .ensure(Scale.NATIONAL, lastYear - 2, lastYear, 20_260_101L);
      String base = "http://localhost:" + port;
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      Access access = access(context, http, base);
      String token = access.token();
      List<String> cases = access.cases();
      if (cases.isEmpty()) {
        System.out.println(Json.write(Json.object("error", "no cases visible to a bench account")));
        return 1;
      }
      List<String> targets = cases;
      String bearer = "Bearer " + token;
      BenchPhase health =
          drive(port, clients, seconds, () -> new String[] {"/actuator/health", null});
      BenchPhase pseudonymous =
          drive(
              port,
              clients,
              seconds,
              () -> new String[] {"/api/v1/cases/" + pick(targets), bearer});
      BenchPhase identity =
          drive(
              port,
              clients,
              seconds,
              () ->
                  new String[] {
                    "/api/v1/cases/" + pick(targets) + "/identity?purpose=benchmark", bearer
                  });
      System.out.println(
          Json.write(
              Json.object(
                  "clients", clients,
                  "seconds", seconds,
                  "pseudonymousRps", Json.fixed(pseudonymous.rps(), 1),
                  "identityRps", Json.fixed(identity.rps(), 1),
                  "healthRps", Json.fixed(health.rps(), 1),
                  "pseudonymousP99Ms", Json.fixed(pseudonymous.p99Ms(), 2),
                  "identityP99Ms", Json.fixed(identity.p99Ms(), 2),
                  "healthP99Ms", Json.fixed(health.p99Ms(), 2),
                  "pseudonymousToHealth", Json.fixed(pseudonymous.rps() / health.rps(), 2),
                  "identityToHealth", Json.fixed(identity.rps() / health.rps(), 2),
                  "errors", health.errors() + pseudonymous.errors() + identity.errors(),
                  "cases", targets.size())));
      return health.errors() + pseudonymous.errors() + identity.errors() == 0 ? 0 : 1;
    }
  }

  /** Runs on a random port against its own data directory and port, logging only warnings. */
  private static void configure() {
    if (System.getenv("KOLDOO_DATA_DIR") == null) {
      System.setProperty("koldoo.data-dir", "./data-bench-api");
    }
    if (System.getenv("KOLDOO_DB_PORT") == null) {
      System.setProperty("koldoo.db-port", "15434");
    }
    System.setProperty("server.port", "0");
    System.setProperty("logging.level.root", "WARN");
    System.setProperty("logging.level.org.koldoo", "WARN");
    System.setProperty("spring.main.log-startup-info", "false");
  }

  /** A bench account's token and the cases it sees. */
  private record Access(String token, List<String> cases) {}

  /** The first bench account, of the bench organisation or else any, that sees 20 cases. */
  private static Access access(ConfigurableApplicationContext context, HttpClient http, String base)
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
    long now = Totp.step(Clock.systemUTC().instant());
    if (factors.confirm(person, Totp.code(secret, now - 1)).isEmpty()) {
      throw new IllegalStateException("the bench account's second factor was not accepted");
    }
    return Totp.code(secret, now);
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

  private static String pick(List<String> ids) {
    return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
  }

  /**
   * N clients, each on its own keep-alive connection sending one request after another: 2 s of
   * warm-up, then S measured. The client is a few lines of blocking HTTP/1.1 so that the load
   * generator, which shares the machine, costs as little as it can.
   */
  private static BenchPhase drive(
      int port, int clients, int seconds, java.util.function.Supplier<String[]> next)
      throws InterruptedException {
    long warmUpEnd = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    long end = warmUpEnd + Duration.ofSeconds(seconds).toNanos();
    long[][] latencies = new long[clients][];
    int[] counts = new int[clients];
    long[] errors = new long[clients];
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      new Thread(
              () -> measure(port, next, warmUpEnd, end, client, latencies, counts, errors, done),
              "bench-client-" + c)
          .start();
    }
    done.await();
    return phase(latencies, counts, errors, seconds);
  }

  /** One client's requests until {@code end}, timing those after the warm-up. */
  private static void measure(
      int port,
      java.util.function.Supplier<String[]> next,
      long warmUpEnd,
      long end,
      int client,
      long[][] latencies,
      int[] counts,
      long[] errors,
      CountDownLatch done) {
    long[] mine = new long[1 << 16];
    int n = 0;
    Connection connection = null;
    try {
      while (true) {
        long start = System.nanoTime();
        if (start >= end) {
          break;
        }
        try {
          if (connection == null) {
            connection = new Connection(port);
          }
          String[] request = next.get();
          if (connection.get(request[0], request[1]) != 200) {
            errors[client]++;
          }
          if (connection.closedByServer) {
            connection.close();
            connection = null;
          }
        } catch (Exception e) {
          errors[client]++;
          if (connection != null) {
            connection.close();
          }
          connection = null;
        }
        long stop = System.nanoTime();
        if (start >= warmUpEnd) {
          if (n == mine.length) {
            mine = Arrays.copyOf(mine, n * 2);
          }
          mine[n++] = stop - start;
        }
      }
    } finally {
      if (connection != null) {
        connection.close();
      }
      latencies[client] = mine;
      counts[client] = n;
      done.countDown();
    }
  }

  /** Requests per second, the 99th percentile in milliseconds and the errors of all clients. */
  private static BenchPhase phase(long[][] latencies, int[] counts, long[] errors, int seconds) {
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < counts.length; c++) {
      System.arraycopy(latencies[c], 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    double p99 = total == 0 ? 0 : all[Math.min(total - 1, (int) Math.ceil(total * 0.99) - 1)] / 1e6;
    return new BenchPhase(total / (double) seconds, p99, Arrays.stream(errors).sum());
  }

  private static int option(String[] args, String name, int fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
