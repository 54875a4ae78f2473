package org.koldoo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every screen each kind of user reaches, over the demo's synthetic national dataset, in the three
 * languages. The packaged jar is started in demo mode; each demo account and the administrator sign
 * in through the login form as a person does (changing the one-time password), then every link and
 * search form of every page it is shown is followed, up to three pages of each kind. No link a
 * person is shown may fail (4xx or 5xx), no page may print a null, a message key or an unevaluated
 * expression where a person expects text, use an element id twice or hold a table without headers,
 * and every page of 1 KB or more comes gzip-compressed to a browser that accepts it (a slow
 * connection's first page is a fifth of the bytes). Data of realistic size and shape reaches what
 * the module tests, with the few records each writes, do not: a generated official without the body
 * served once printed "official: null" on every such criminal case.
 */
class DemoCrawlJarTests {

  private static final Duration START = Duration.ofMinutes(5);
  private static final List<String> ACCOUNTS =
      List.of(
          "demo-coordinator",
          "demo-analyst",
          "demo-caseworker",
          "demo-investigator",
          "demo-prosecutor",
          "demo-hotline",
          "demo-inspector");
  private static final String NEW_PASSWORD = "correct-horse-42-battery-staple";
  private static final List<String> LANGUAGES = List.of("en", "ru", "ky");
  private static final int PAGES_OF_A_KIND = 3;

  private static final Pattern ONE_TIME = Pattern.compile("one-time password \\(each\\): (\\S+)");
  private static final Pattern ADMINISTRATOR =
      Pattern.compile("username: admin\\s+one-time password: (\\S+)");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
  private static final Pattern GET_FORM =
      Pattern.compile(
          "<form(?![^>]*method=\"post\")[^>]*action=\"(/[^\"]*)\"[^>]*>(.*?)</form>",
          Pattern.DOTALL);
  private static final Pattern POST_FORM =
      Pattern.compile("<form\\b[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern FIELD =
      Pattern.compile("<(input|select)\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>", Pattern.DOTALL);
  private static final Pattern TABLE = Pattern.compile("<table\\b.*?</table>", Pattern.DOTALL);
  private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
  private static final Pattern ID_OR_NUMBER =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=/)\\d+");
  private static final Pattern LANGUAGE_LINK = Pattern.compile("[?&]lang=");
  private static final Pattern HIDDEN_TEXT =
      Pattern.compile("<script\\b.*?</script>|<style\\b.*?</style>|<[^>]*>", Pattern.DOTALL);

  /** What a page shows in place of text when something is missing. */
  private static final Map<String, Pattern> FLAWS =
      Map.of(
          "a message key", Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?"),
          "a null", Pattern.compile("\\bnull\\b"),
          "an expression", Pattern.compile("[$#*@]\\{"));

  /** Addresses that leave the screens: sign-out, the API, static files, the API description. */
  private static final List<String> NOT_SCREENS =
      List.of("/logout", "/api/", "/css/", "/js/", "/img/", "/webjars/", "/swagger", "/v3/");

  @TempDir Path folder;

  private Process launcher;
  private int port;

  @AfterEach
  void stop() throws Exception {
    if (launcher != null) {
      launcher.destroy();
      if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
        launcher.destroyForcibly();
      }
    }
  }

  @Test
  void every_screen_each_role_reaches_shows_text_in_each_language() throws Exception {
    startDemo();
    String output = Files.readString(folder.resolve("server.log"));
    Map<String, String> passwords = new LinkedHashMap<>();
    ACCOUNTS.forEach(account -> passwords.put(account, printed(ONE_TIME, output)));
    passwords.put("admin", printed(ADMINISTRATOR, output));
    List<String> flaws = new ArrayList<>();
    Map<String, Integer> pages = new LinkedHashMap<>();
    for (var account : passwords.entrySet()) {
      Browser browser = new Browser();
      browser.signIn(account.getKey(), account.getValue());
      pages.put(account.getKey(), crawl(browser, account.getKey(), flaws));
    }
    assertThat(pages.values())
        .as("each role reaches screens of its own beyond the home page: %s", pages)
        .allMatch(count -> count > 20);
    assertThat(flaws).isEmpty();
    assertThat(Files.readString(folder.resolve("server.log")))
        .as("nothing the crawl did made the server write an error")
        .doesNotContain(" ERROR ");
  }

  /** The pages reached from the home page; each one's flaws added. */
  private int crawl(Browser browser, String account, List<String> flaws) throws Exception {
    Deque<String> queue = new ArrayDeque<>(List.of("/"));
    Set<String> seen = new HashSet<>();
    Map<String, Integer> kinds = new HashMap<>();
    int visited = 0;
    while (!queue.isEmpty()) {
      String path = queue.removeFirst();
      String kind = ID_OR_NUMBER.matcher(path.split("\\?")[0]).replaceAll("{}");
      if (!seen.add(path) || kinds.merge(kind, 1, Integer::sum) > PAGES_OF_A_KIND) {
        continue;
      }
      // each kind of page in every language, its other pages in one
      for (String language : kinds.get(kind) == 1 ? LANGUAGES : List.of("ru")) {
        HttpResponse<String> page = browser.get(path, language);
        visited++;
        String where = account + " " + language + " " + path;
        if (page.statusCode() >= 400) {
          flaws.add(where + ": answered " + page.statusCode());
        }
        if (page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
          if (page.body().length() >= 1024 && !Browser.compressed(page)) {
            flaws.add(where + ": a page of " + page.body().length() + " characters uncompressed");
          }
          flaws.addAll(flawsOf(page.body(), where));
          queue.addAll(addresses(page.body()));
        }
      }
    }
    return visited;
  }

  private static List<String> flawsOf(String html, String where) {
    String text = HIDDEN_TEXT.matcher(html).replaceAll(" ");
    List<String> found = new ArrayList<>();
    FLAWS.forEach(
        (what, pattern) -> {
          // a message key may also stand in an attribute (a title, a placeholder)
          String read = what.equals("a message key") ? html : text;
          Matcher m = pattern.matcher(read);
          if (m.find()) {
            String around =
                read.substring(Math.max(0, m.start() - 60), m.end()).replaceAll("\\s+", " ");
            found.add(where + ": " + what + " in \"…" + around + "\"");
          }
        });
    // a table without header cells is read cell by cell, with nothing to say what a value is
    Matcher table = TABLE.matcher(html);
    while (table.find()) {
      if (!table.group().contains("<th")) {
        found.add(
            where
                + ": a table without headers: "
                + table.group().substring(0, Math.min(80, table.group().length())));
      }
    }
    // an id used twice sends a label or an error to another form's field
    org.koldoo.support.PageIds.repeated(html)
        .forEach(id -> found.add(where + ": the id \"" + id + "\" used more than once"));
    // every form sent by POST carries its one-time token, so that sending it twice saves once
    Matcher posted = POST_FORM.matcher(html);
    while (posted.find()) {
      if (!posted.group(1).contains("name=\"_once\"")) {
        String form = posted.group().substring(0, Math.min(160, posted.group().length()));
        found.add(where + ": a posted form without its one-time token: " + form);
      }
    }
    return found;
  }

  /** The screens a page leads to: its links and its search forms with the values they show. */
  private static List<String> addresses(String html) {
    List<String> addresses = new ArrayList<>();
    Matcher form = GET_FORM.matcher(html);
    while (form.find()) {
      List<String> query = new ArrayList<>();
      Matcher field = FIELD.matcher(form.group(2));
      while (field.find()) {
        Matcher value = VALUE.matcher(field.group(0));
        query.add(
            encode(field.group(2)) + "=" + (value.find() ? encode(unescape(value.group(1))) : ""));
      }
      addresses.add(
          unescape(form.group(1))
              + (form.group(1).contains("?") ? "&" : "?")
              + String.join("&", query));
    }
    Matcher link = LINK.matcher(html);
    while (link.find()) {
      addresses.add(unescape(link.group(1)));
    }
    // a language link would set the language cookie, which outranks the language each page is
    // asked in: the three languages are asked for instead
    return addresses.stream()
        .filter(a -> !a.startsWith("//") && NOT_SCREENS.stream().noneMatch(a::startsWith))
        .filter(a -> !LANGUAGE_LINK.matcher(a).find())
        .collect(Collectors.toList());
  }

  private static String unescape(String attribute) {
    return attribute.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The one-time password the server printed for the accounts {@code pattern} names. */
  private static String printed(Pattern pattern, String output) {
    Matcher password = pattern.matcher(output);
    assertThat(password.find()).as("the one-time password is printed: " + pattern).isTrue();
    return password.group(1);
  }

  /** The jar in demo mode, every role without a second factor, ready. */
  private void startDemo() throws Exception {
    Path jar = Files.copy(Path.of("target", "koldoo.jar"), folder.resolve("koldoo.jar"));
    port = PackagedJar.freePort();
    Path log = folder.resolve("server.log");
    ProcessBuilder builder =
        PackagedJar.command(jar, folder.resolve("data"), port, PackagedJar.freePort(), log);
    builder.environment().put("KOLDOO_DEMO", "true");
    builder.environment().put("KOLDOO_SECURITY_TWO_FACTOR_REQUIRED_ROLES", "");
    launcher = builder.start();
    PackagedJar.await(
        launcher,
        "http://localhost:" + port + "/readyz",
        answer -> answer.statusCode() == 200,
        START,
        log);
  }

  /** One person's browser: its cookies, no redirect followed unseen. */
  private final class Browser {

    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** A page as a browser asks for it: in a language, accepting it compressed. */
    HttpResponse<String> get(String path, String language) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Accept-Language", language)
              .header("Accept-Encoding", "gzip")
              .build(),
          info ->
              HttpResponse.BodySubscribers.mapping(
                  HttpResponse.BodySubscribers.ofByteArray(),
                  bytes -> text(bytes, info.headers())));
    }

    static boolean compressed(HttpResponse<?> answer) {
      return compressed(answer.headers());
    }

    private static boolean compressed(java.net.http.HttpHeaders headers) {
      return headers.firstValue("Content-Encoding").orElse("").equals("gzip");
    }

    private static String text(byte[] body, java.net.http.HttpHeaders headers) {
      if (!compressed(headers)) {
        return new String(body, StandardCharsets.UTF_8);
      }
      try (var unpacked =
          new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
        return new String(unpacked.readAllBytes(), StandardCharsets.UTF_8);
      } catch (java.io.IOException broken) {
        throw new java.io.UncheckedIOException(broken);
      }
    }

    /** Posts the form at {@code path} with its CSRF token; where the answer sends the person. */
    String post(String path, Map<String, String> fields) throws Exception {
      Matcher token = CSRF.matcher(get(path, "en").body());
      assertThat(token.find()).as("a CSRF token on " + path).isTrue();
      Map<String, String> form = new LinkedHashMap<>(fields);
      form.put("_csrf", token.group(1));
      String body =
          form.entrySet().stream()
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as("POST " + path + " redirects").isEqualTo(302);
      return URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath();
    }

    void signIn(String username, String oneTimePassword) throws Exception {
      String next = post("/login", Map.of("username", username, "password", oneTimePassword));
      assertThat(next).as(username + " signed in").isNotEqualTo("/login");
      // the one-time password must be changed before anything else
      assertThat(URI.create(get("/", "en").headers().firstValue("Location").orElse("/")).getPath())
          .isEqualTo("/account/password");
      next =
          post(
              "/account/password",
              Map.of(
                  "currentPassword",
                  oneTimePassword,
                  "newPassword",
                  NEW_PASSWORD,
                  "repeat",
                  NEW_PASSWORD));
      assertThat(next).as(username + " chose a password").isEqualTo("/");
      assertThat(get("/", "en").statusCode()).isEqualTo(200);
    }
  }
}
