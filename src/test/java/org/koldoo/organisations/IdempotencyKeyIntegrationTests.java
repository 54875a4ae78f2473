package org.koldoo.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ApiClient;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A client that retries a write after a timeout, with the same {@code Idempotency-Key}, gets the
 * first answer again and nothing is recorded twice.
 */
class IdempotencyKeyIntegrationTests extends IntegrationTest {

  private static final String CALL =
      """
      {"receivedAt":"2026-11-20T10:15:00","channel":"PHONE","callerType":"OTHER","language":"ru",\
      "topics":["OTHER"],"outcome":"INFORMATION_GIVEN","note":"%s"}""";

  @Autowired ApiClient api;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired MeterRegistry meters;

  private double repeated(String outcome) {
    return meters.counter("koldoo.repeated.requests", "via", "api", "outcome", outcome).count();
  }

  private static RequestPostProcessor withKey(RequestPostProcessor who, String key) {
    return request -> {
      request.addHeader("Idempotency-Key", key);
      return who.postProcessRequest(request);
    };
  }

  private long callsBy(String operator) {
    return jdbc.sql("select count(*) from hotline_call where operator = :o")
        .param("o", operator)
        .query(Long.class)
        .single();
  }

  @Test
  void a_retried_write_is_answered_as_the_first_and_done_once() throws Exception {
    String operator = accounts.create("retry", TestAccounts.MOL, Role.HOTLINE_OPERATOR);
    RequestPostProcessor who = withKey(api.signedIn(operator), "call-2026-11-20-0001");
    double answeredBefore = repeated("answered");
    double reusedBefore = repeated("key_reused");
    MockHttpServletResponse first =
        api.call(who, "POST", "/api/v1/hotline/calls", CALL.formatted("first"));
    MockHttpServletResponse retry =
        api.call(who, "POST", "/api/v1/hotline/calls", CALL.formatted("first"));
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(first.getHeader("Idempotent-Replayed")).isNull();
    assertThat(retry.getStatus()).isEqualTo(201);
    assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
    assertThat(retry.getContentType()).isEqualTo(first.getContentType());
    assertThat(callsBy(operator)).isEqualTo(1);
    assertThat(repeated("answered") - answeredBefore).isEqualTo(1);

    String id = ApiClient.read(first, "$.id");
    byte[] kept =
        jdbc.sql(
                "select answer_ciphertext from api_idempotency"
                    + " where received_at > now() - interval '1 minute'"
                    + " order by received_at desc limit 1")
            .query(byte[].class)
            .single();
    assertThat(new String(kept, StandardCharsets.ISO_8859_1))
        .as("the answer is kept sealed")
        .doesNotContain(id);

    MockHttpServletResponse other =
        api.call(who, "POST", "/api/v1/hotline/calls", CALL.formatted("another"));
    assertThat(other.getStatus()).as("the same key for another body").isEqualTo(422);
    assertThat(other.getContentType()).contains("problem+json");
    assertThat(other.getContentAsString()).contains("another request");
    assertThat(repeated("key_reused") - reusedBefore).isEqualTo(1);
    assertThat(callsBy(operator)).isEqualTo(1);

    RequestPostProcessor noKey = api.signedIn(operator);
    api.call(noKey, "POST", "/api/v1/hotline/calls", CALL.formatted("plain"));
    api.call(noKey, "POST", "/api/v1/hotline/calls", CALL.formatted("plain"));
    assertThat(callsBy(operator)).as("without the header, as before").isEqualTo(3);
  }

  @Test
  void a_refused_request_is_not_kept_and_a_key_is_the_clients_own() throws Exception {
    String operator = accounts.create("refused", TestAccounts.MOL, Role.HOTLINE_OPERATOR);
    RequestPostProcessor who = withKey(api.signedIn(operator), "same-key");
    String noTopic = CALL.formatted("x").replace("[\"OTHER\"]", "[]");
    assertThat(api.call(who, "POST", "/api/v1/hotline/calls", noTopic).getStatus()).isEqualTo(400);
    assertThat(api.call(who, "POST", "/api/v1/hotline/calls", CALL.formatted("fixed")).getStatus())
        .as("the corrected request under the same key is done")
        .isEqualTo(201);

    String another = accounts.create("another", TestAccounts.MOL, Role.HOTLINE_OPERATOR);
    MockHttpServletResponse theirs =
        api.call(
            withKey(api.signedIn(another), "same-key"),
            "POST",
            "/api/v1/hotline/calls",
            CALL.formatted("fixed"));
    assertThat(theirs.getStatus()).isEqualTo(201);
    assertThat(theirs.getHeader("Idempotent-Replayed")).as("another client's key").isNull();
    assertThat(callsBy(operator) + callsBy(another)).isEqualTo(2);

    for (String bad : new String[] {"", "ключ", "x".repeat(256)}) {
      MockHttpServletResponse refused =
          api.call(
              withKey(api.signedIn(operator), bad),
              "POST",
              "/api/v1/hotline/calls",
              CALL.formatted("bad key"));
      assertThat(refused.getStatus()).as(bad).isEqualTo(400);
      assertThat(refused.getContentAsString()).contains("Idempotency-Key");
    }
    assertThat(callsBy(operator)).isEqualTo(1);
  }

  @Test
  void the_api_description_names_the_header_where_it_is_honoured() throws Exception {
    String docs =
        api.call(
                api.signedIn(accounts.create("docs", TestAccounts.MOL, Role.HOTLINE_OPERATOR)),
                "GET",
                "/v3/api-docs",
                null)
            .getContentAsString();
    assertThat(headers(docs, "/api/v1/hotline/calls", "post")).contains("Idempotency-Key");
    for (String[] notCovered :
        new String[][] {
          {"/api/v1/cases/{id}/identity", "post"},
          {"/api/v1/cases/search", "post"},
          {"/api/v1/auth/tokens", "post"},
          {"/api/v1/hotline/calls/{id}", "put"}
        }) {
      assertThat(headers(docs, notCovered[0], notCovered[1]))
          .as(notCovered[0])
          .doesNotContain("Idempotency-Key");
    }
  }

  /** The header parameters the description gives an operation (none when it has no parameter). */
  private static List<String> headers(String docs, String path, String method) {
    Map<String, Object> operation = JsonPath.read(docs, "$.paths['%s'].%s".formatted(path, method));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> parameters =
        (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
    return parameters.stream()
        .filter(p -> "header".equals(p.get("in")))
        .map(p -> String.valueOf(p.get("name")))
        .toList();
  }

  @Test
  void a_body_in_a_charset_nobody_knows_is_refused_with_a_key_or_without() throws Exception {
    String operator = accounts.create("charset", TestAccounts.MOL, Role.HOTLINE_OPERATOR);
    for (RequestPostProcessor who :
        List.of(api.signedIn(operator), withKey(api.signedIn(operator), "charset-1"))) {
      RequestPostProcessor bogus =
          request -> {
            RequestPostProcessor signed = who;
            var r = signed.postProcessRequest(request);
            r.setContentType("application/json; charset=no-such-charset");
            r.setCharacterEncoding("no-such-charset");
            return r;
          };
      MockHttpServletResponse answer =
          api.call(bogus, "POST", "/api/v1/hotline/calls", CALL.formatted("charset"));
      assertThat(answer.getStatus()).isBetween(400, 499);
    }
    assertThat(callsBy(operator)).isZero();
  }
}
