package org.koldoo.organisations.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import org.koldoo.demo.SyntheticDatasets;
import org.koldoo.platform.cli.Json;
import org.koldoo.platform.synthetic.Scale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench api --clients N --seconds S}: starts the server in this process against the national
 * synthetic dataset (in its own data directory), then drives, one after the other and each for S
 * seconds with N concurrent HTTP clients holding an API token: {@code /actuator/health},
 * pseudonymous case reads ({@code GET /api/v1/cases/{id}}) and audited identity reads ({@code GET
 * /api/v1/cases/{id}/identity}). Prints one JSON object with requests per second and p99 latency.
 */
public final class ApiBenchmark {

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
      BenchAccess.Access access = BenchAccess.access(context, http, base);
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
