package org.koldoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every write operation the API documents, read from {@code /v3/api-docs} so that a new operation
 * is covered the day it is added, gets at least 30 malformed bodies: for each field of its request
 * schema the field alone is broken (NUL and control characters, text far over any column, numbers
 * past every column, dates in year 1, 99999 and 9999, unknown ids, wrong types, lone surrogates),
 * and the body as a whole is broken (not JSON, truncated, nested ten thousand deep, the wrong
 * type). Every other field holds a plausible value, so the broken one reaches as deep as it can. No
 * answer may be a 5xx, and every refusal is a problem detail.
 */
class MalformedInputIntegrationTests extends IntegrationTest {

  private static final UUID MVD = TestAccounts.MVD;
  private static final UUID CC_BISHKEK = UUID.fromString("00000000-0000-0000-0000-000000000011");
  private static final String ARTICLE_166 = "10000000-0000-0000-0000-000000000166";
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;

  /** A raw JSON fragment placed as a field's value. */
  private record Raw(String json) {}

  private RequestPostProcessor fuzzer;
  private RequestPostProcessor bystander;
  private final Map<String, String> fixtures = new TreeMap<>();

  @Test
  void no_malformed_body_reaches_a_5xx() throws Exception {
    // one person holding every role at the police, so each operation gets past its role check and
    // the broken value travels as deep as the code lets it
    fuzzer = user(users.loadUserByUsername(accounts.create("fuzzer", MVD, Role.values())));
    bystander = accounts.signedIn(users, "bystander", MVD, Role.CASE_WORKER);
    makeFixtures();

    Map<String, Object> docs =
        JsonPath.parse(
                send(fuzzer, HttpMethod.GET, "/v3/api-docs", null, null).getContentAsString())
            .json();
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) docs.get("paths");
    @SuppressWarnings("unchecked")
    Map<String, Object> schemas =
        (Map<String, Object>) ((Map<String, Object>) docs.get("components")).get("schemas");

    List<String> failures = new ArrayList<>();
    Map<String, Integer> sent = new TreeMap<>();
    Map<String, Integer> plausibleAccepted = new TreeMap<>();
    // collections before their items, POST before PUT: a record made by the plausible body of a
    // POST is what the PUT of the same collection then breaks
    for (String template : new java.util.TreeSet<>(paths.keySet())) {
      for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> op =
            (Map<String, Object>) paths.get(template).get(method.toLowerCase());
        if (op == null) {
          continue;
        }
        Map<String, Object> schema = bodySchema(op, schemas);
        String url = url(template, schema != null);
        // an operation without a body acts on its path alone: it is called by someone it refuses,
        // so that thirty calls change nothing (a linkage run over the whole register, say)
        RequestPostProcessor who = schema == null ? bystander : fuzzer;
        String label = method + " " + template;
        Map<String, Object> plausible = plausibleBody(schema, schemas);
        if (schema != null) {
          var accepted = send(who, HttpMethod.valueOf(method), url, json(plausible), JSON);
          if (accepted.getStatus() < 300) {
            plausibleAccepted.put(label, accepted.getStatus());
            remember(template, accepted.getContentAsString());
          }
        }
        List<String> bodies = malformed(schema, plausible, schemas);
        sent.put(label, bodies.size());
        for (String body : bodies) {
          MockHttpServletResponse response = send(who, HttpMethod.valueOf(method), url, body, JSON);
          if (response.getStatus() >= 500) {
            failures.add(
                label
                    + " ← "
                    + abbreviate(body)
                    + " → "
                    + response.getStatus()
                    + " "
                    + abbreviate(response.getContentAsString()));
          } else if (response.getStatus() >= 400
              && !String.valueOf(response.getContentType()).contains("problem+json")) {
            failures.add(label + " ← " + abbreviate(body) + " → not a problem detail");
          }
        }
      }
    }
    assertThat(sent).as("write operations found in /v3/api-docs").hasSizeGreaterThan(40);
    assertThat(sent.entrySet())
        .as("at least 30 malformed bodies per operation")
        .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isGreaterThanOrEqualTo(30));
    // the plausible bodies must really get through for most operations, or the broken fields
    // would be refused for another reason before reaching the code they aim at
    assertThat(plausibleAccepted)
        .as("operations that accepted the plausible body")
        .hasSizeGreaterThan(25);
    assertThat(failures).isEmpty();
  }

  private static final MediaType JSON = MediaType.APPLICATION_JSON;

  /** The id a POST answered with, for the PUTs and sub-resources of that collection. */
  private void remember(String template, String response) {
    if (template.contains("{")) {
      return;
    }
    try {
      Object id = JsonPath.read(response, "$.id");
      if (id != null) {
        fixtures.putIfAbsent(template + "/", id.toString());
      }
    } catch (RuntimeException e) {
      // the answer carries no id: nothing to remember
    }
  }

  // ---- fixtures: real objects the operations' paths and ids point at -------------------------

  private void makeFixtures() throws Exception {
    String caseJson =
        send(
                fuzzer,
                HttpMethod.POST,
                "/api/v1/cases",
                "{\"familyName\":\"Фаззер\",\"givenName\":\"Айгүл\",\"sex\":\"FEMALE\","
                    + "\"dateOfBirth\":\"1990-01-01\"}",
                MediaType.APPLICATION_JSON)
            .getContentAsString();
    String caseId = JsonPath.read(caseJson, "$.id");
    fixtures.put("case", caseId);
    fixtures.put("pseudonym", JsonPath.read(caseJson, "$.pseudonym"));
    String consented =
        send(
                fuzzer,
                HttpMethod.POST,
                "/api/v1/cases/" + caseId + "/consents",
                "{\"purpose\":\"REFERRAL\",\"givenOn\":\"2026-01-10\"}",
                MediaType.APPLICATION_JSON)
            .getContentAsString();
    fixtures.put("consent", JsonPath.<List<String>>read(consented, "$.consents[*].id").get(0));
    fixtures.put(
        "referral",
        JsonPath.read(
            send(
                    fuzzer,
                    HttpMethod.POST,
                    "/api/v1/cases/" + caseId + "/referrals",
                    "{\"toOrganisationId\":\""
                        + CC_BISHKEK
                        + "\",\"serviceType\":\"SHELTER\",\"sentOn\":\"2026-01-11\"}",
                    MediaType.APPLICATION_JSON)
                .getContentAsString(),
            "$.id"));
    String criminal =
        JsonPath.read(
            send(
                    fuzzer,
                    HttpMethod.POST,
                    "/api/v1/criminal-cases",
                    "{\"registrationNumber\":\"FZ-"
                        + System.nanoTime()
                        + "\",\"registeredOn\":\"2026-01-05\",\"origin\":\"POLICE_INITIATIVE\","
                        + "\"articleId\":\""
                        + ARTICLE_166
                        + "\"}",
                    MediaType.APPLICATION_JSON)
                .getContentAsString(),
            "$.id");
    fixtures.put("criminal-case", criminal);
    fixtures.put(
        "defendant",
        JsonPath.read(
            send(
                    fuzzer,
                    HttpMethod.POST,
                    "/api/v1/criminal-cases/" + criminal + "/defendants",
                    "{\"name\":\"Фаззер Обвиняемый\",\"sex\":\"MALE\"}",
                    MediaType.APPLICATION_JSON)
                .getContentAsString(),
            "$.id"));
    fixtures.put(
        "call",
        JsonPath.read(
            send(
                    fuzzer,
                    HttpMethod.POST,
                    "/api/v1/hotline/calls",
                    "{\"receivedAt\":\"2026-01-12T10:15:00\",\"channel\":\"PHONE\","
                        + "\"callerType\":\"OTHER\",\"language\":\"ru\",\"topics\":[\"OTHER\"],"
                        + "\"outcome\":\"INFORMATION_GIVEN\"}",
                    MediaType.APPLICATION_JSON)
                .getContentAsString(),
            "$.id"));
    assertThat(fixtures).doesNotContainValue(null);
  }

  /** The path with each parameter replaced by a fixture of the collection it names. */
  private String url(String template, boolean hasBody) {
    Matcher m = PATH_PARAMETER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String before = template.substring(0, m.start());
      String fixture = null;
      if (hasBody) {
        if (m.group(1).equals("consentId")) {
          fixture = fixtures.get("consent");
        } else if (before.endsWith("/criminal-cases/")) {
          fixture = fixtures.get("criminal-case");
        } else if (before.endsWith("/cases/")) {
          fixture = fixtures.get("case");
        } else if (before.endsWith("/calls/")) {
          fixture = fixtures.get("call");
        } else if (before.endsWith("/referrals/")) {
          fixture = fixtures.get("referral");
        } else {
          fixture = fixtures.get(before);
        }
      }
      m.appendReplacement(out, fixture == null ? UUID.randomUUID().toString() : fixture);
    }
    m.appendTail(out);
    return out.toString();
  }

  // ---- bodies ---------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static Map<String, Object> bodySchema(Map<String, Object> op, Map<String, Object> all) {
    Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
    if (body == null) {
      return null;
    }
    Map<String, Object> content = (Map<String, Object>) body.get("content");
    Map<String, Object> json = (Map<String, Object>) content.get("application/json");
    if (json == null) {
      return Map.of("type", "object", "properties", Map.of());
    }
    return resolve((Map<String, Object>) json.get("schema"), all);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> all) {
    if (schema != null && schema.get("$ref") instanceof String ref) {
      return (Map<String, Object>) all.get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return schema;
  }

  /** A body with a plausible value for every required field, empty for no schema. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> plausibleBody(Map<String, Object> schema, Map<String, Object> all) {
    Map<String, Object> valid = new LinkedHashMap<>();
    if (schema == null) {
      return valid;
    }
    Map<String, Object> properties =
        (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    List<Object> required = (List<Object>) schema.getOrDefault("required", List.of());
    properties.forEach(
        (name, property) -> {
          if (required.contains(name) || name.equals("version")) {
            valid.put(name, plausible(name, resolve((Map<String, Object>) property, all), all));
          }
        });
    return valid;
  }

  /** Field-by-field breakage on the plausible body, then whole-body breakage, 30 at least. */
  @SuppressWarnings("unchecked")
  private List<String> malformed(
      Map<String, Object> schema, Map<String, Object> valid, Map<String, Object> all) {
    List<String> bodies = new ArrayList<>();
    Map<String, Object> properties =
        schema == null
            ? Map.of()
            : (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    for (var property : properties.entrySet()) {
      Map<String, Object> p = resolve((Map<String, Object>) property.getValue(), all);
      for (Raw broken : broken(p)) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        body.put(property.getKey(), broken);
        bodies.add(json(body));
      }
    }
    List<String> whole =
        List.of(
            "",
            "null",
            "[]",
            "\"text\"",
            "42",
            "{",
            "{\"a\":",
            "{}}",
            "\u0000",
            "{\"\u0000\":1}",
            "[".repeat(10_000) + "]".repeat(10_000),
            "{\"x\":" + "[".repeat(3_000) + "]".repeat(3_000) + "}",
            "{\"unknown\":\"" + "x".repeat(20_000) + "\"}",
            "{\"x\":\"\\ud800\"}",
            "{\"x\":1e999999}",
            "{\"x\":-1e999999}",
            "{\"x\":123456789012345678901234567890}",
            "{\"x\":\"\\u0000\"}",
            "not json at all",
            "<xml/>",
            "{'single':'quotes'}",
            "{\"a\":1,\"a\":2}",
            "\uFEFF{}",
            "{\"x\":NaN}",
            "{\"x\":Infinity}",
            "{} trailing",
            "{\"x\":\"a\\qb\"}",
            "{\"x\":[1,2,]}",
            "{\"x\":{\"y\":{\"z\":null}}}",
            json(valid).replace("\"", "'"));
    bodies.addAll(whole);
    int padding = 0;
    while (bodies.size() < 30) {
      bodies.add("{\"padding" + padding++ + "\":\"\\u0001\"}");
    }
    return bodies;
  }

  private static List<Raw> broken(Map<String, Object> p) {
    String type = p == null ? "object" : String.valueOf(p.get("type"));
    String format = p == null ? "" : String.valueOf(p.get("format"));
    List<Raw> out = new ArrayList<>();
    out.add(new Raw("\"\\u0000\""));
    out.add(new Raw("{\"nested\":true}"));
    out.add(new Raw("[null]"));
    switch (type) {
      case "string" -> {
        switch (format) {
          case "date" -> {
            out.add(new Raw("\"0001-01-01\""));
            out.add(new Raw("\"+99999-01-01\""));
            out.add(new Raw("\"9999-12-31\""));
            out.add(new Raw("\"2026-02-30\""));
            out.add(new Raw("20260101"));
          }
          case "date-time" -> {
            out.add(new Raw("\"0001-01-01T00:00:00\""));
            out.add(new Raw("\"+99999-01-01T00:00:00\""));
            out.add(new Raw("\"9999-12-31T23:59:59\""));
            out.add(new Raw("\"2026-13-01T25:61:00\""));
          }
          case "uuid" -> {
            out.add(new Raw("\"" + UUID.randomUUID() + "\""));
            out.add(new Raw("\"not-a-uuid\""));
            out.add(new Raw("\"\""));
          }
          default -> {
            out.add(new Raw("\"a\\u0001b\\u001fc\""));
            out.add(new Raw("\"" + "я".repeat(20_000) + "\""));
            out.add(new Raw("\"\\ud83d\""));
            out.add(new Raw("\"NOT_A_CODE\""));
            out.add(new Raw("\"   \""));
            out.add(new Raw("12345678901234567890"));
          }
        }
      }
      case "integer", "number" -> {
        out.add(new Raw("1000000000000000"));
        out.add(new Raw("1e20"));
        out.add(new Raw("-2147483649"));
        out.add(new Raw("-1"));
        out.add(new Raw("0.5"));
        out.add(new Raw("\"many\""));
        out.add(new Raw("99999999999999999999.999"));
      }
      case "boolean" -> {
        out.add(new Raw("\"yes\""));
        out.add(new Raw("2"));
      }
      case "array" -> {
        out.add(new Raw("[\"\\u0000\"]"));
        out.add(new Raw("[\"NOT_A_CODE\",\"" + "x".repeat(5000) + "\"]"));
        out.add(new Raw("\"not an array\""));
        out.add(new Raw("[" + "\"KG\",".repeat(2000) + "\"KG\"]"));
      }
      default -> out.add(new Raw("\"x\""));
    }
    return out;
  }

  /** A value that passes the field's own checks, so breakage elsewhere travels deep. */
  @SuppressWarnings("unchecked")
  private Object plausible(String name, Map<String, Object> p, Map<String, Object> all) {
    if (p == null) {
      return null;
    }
    String type = String.valueOf(p.get("type"));
    String format = String.valueOf(p.get("format"));
    if (p.get("enum") instanceof List<?> values && !values.isEmpty()) {
      return values.get(0);
    }
    return switch (type) {
      case "string" ->
          switch (format) {
            case "date" -> "2026-01-15";
            case "date-time" -> "2026-01-15T10:00:00";
            case "uuid" -> uuidFor(name);
            default -> textFor(name, p);
          };
      case "integer", "number" ->
          name.equals("version") ? 0 : p.get("minimum") instanceof Number min ? min : 1;
      case "boolean" -> false;
      case "array" -> {
        Object item = plausible(name, resolve((Map<String, Object>) p.get("items"), all), all);
        yield item == null ? List.of() : List.of(item);
      }
      default -> null;
    };
  }

  private String uuidFor(String name) {
    String n = name.toLowerCase();
    if (n.startsWith("to")) {
      return CC_BISHKEK.toString();
    }
    if (n.contains("case")) {
      return fixtures.get("case");
    }
    if (n.contains("defendant")) {
      return fixtures.get("defendant");
    }
    if (n.contains("article")) {
      return ARTICLE_166;
    }
    if (n.contains("referral")) {
      return fixtures.get("referral");
    }
    if (n.contains("organisation") || n.contains("body") || n.endsWith("by") || n.contains("to")) {
      return MVD.toString();
    }
    return null;
  }

  private String textFor(String name, Map<String, Object> p) {
    Object max = p.get("maxLength");
    String n = name.toLowerCase();
    if (max instanceof Integer m && m == 2 || n.contains("countr") || n.contains("citizenship")) {
      return "KG";
    }
    return switch (name) {
      case "language" -> "ru";
      case "pseudonym" -> fixtures.get("pseudonym");
      case "password", "newPassword", "temporaryPassword" -> TestAccounts.PASSWORD;
      case "username", "code", "registrationNumber" -> "FZ" + (System.nanoTime() % 1_000_000);
      case "workersByNationality" -> "KG:1";
      case "participantsByOrganisation" -> "MVD:1";
      case "email" -> "fuzz@example.org";
      default -> "Тест";
    };
  }

  private static String json(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Raw raw) {
      return raw.json();
    }
    if (value instanceof String s) {
      StringBuilder out = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.append('"').toString();
    }
    if (value instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      map.forEach((k, v) -> parts.add(json(String.valueOf(k)) + ":" + json(v)));
      return "{" + String.join(",", parts) + "}";
    }
    if (value instanceof List<?> list) {
      return "["
          + String.join(",", list.stream().map(MalformedInputIntegrationTests::json).toList())
          + "]";
    }
    return String.valueOf(value);
  }

  private MockHttpServletResponse send(
      RequestPostProcessor who, HttpMethod method, String url, String body, MediaType type)
      throws Exception {
    var request = request(method, URI.create(url)).with(who).header("Accept-Language", "ru");
    if (body != null) {
      request.contentType(type).content(body);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private static String abbreviate(String text) {
    String oneLine = text.replace('\n', ' ');
    return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
  }
}
