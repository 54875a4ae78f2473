package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.Repeats;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The refusals and the requests left alone, with the kept answers in memory. */
class IdempotencyKeyFilterTests {

  /** Requests as the database keeps them: the key, and the first one's body and status. */
  private static final class InMemory extends IdempotentAnswers {
    final Map<String, Earlier> rows = new HashMap<>();

    InMemory() {
      super(null, null, null);
    }

    @Override
    synchronized boolean claim(String key, String bodyDigest) {
      return rows.putIfAbsent(key, new Earlier(bodyDigest, null, null, null)) == null;
    }

    @Override
    synchronized Optional<Earlier> find(String key) {
      return Optional.ofNullable(rows.get(key));
    }

    @Override
    synchronized void release(String key) {
      rows.remove(key);
    }
  }

  private final InMemory answers = new InMemory();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final IdempotencyKeyFilter filter;
  private int handled;

  IdempotencyKeyFilterTests() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("api.idempotencyKeyInProgress", Locale.ENGLISH, "still handled");
    filter =
        new IdempotencyKeyFilter(
            answers,
            new ProblemResponses(messages),
            new FixedLocaleResolver(Locale.ENGLISH),
            Duration.ofMillis(300),
            meters);
  }

  @BeforeEach
  void signIn() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "client", null, AuthorityUtils.NO_AUTHORITIES));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private MockHttpServletResponse send(String path) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.addHeader(IdempotencyKeyFilter.HEADER, "k-1");
    request.setContentType("application/json");
    request.setContent("{}".getBytes());
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> handled++);
    return response;
  }

  @Test
  void a_retry_while_the_first_still_runs_is_a_409_and_nothing_is_done() throws Exception {
    MockHttpServletRequest first = new MockHttpServletRequest("POST", "/api/v1/hotline/calls");
    // the first request claimed the key and is still being handled: its row has no status
    answers.rows.put(
        Repeats.digest(new byte[0], "client", "POST", first.getRequestURI(), "k-1"),
        new IdempotentAnswers.Earlier(
            Repeats.digest("{}".getBytes(), null, "application/json"), null, null, null));
    MockHttpServletResponse retry = send("/api/v1/hotline/calls");
    assertThat(retry.getStatus()).isEqualTo(409);
    assertThat(retry.getContentType()).contains("problem+json");
    assertThat(retry.getContentAsString()).contains("still handled");
    assertThat(handled).isZero();
    assertThat(
            meters
                .counter("koldoo.repeated.requests", "via", "api", "outcome", "still_handled")
                .count())
        .isEqualTo(1);
  }

  @Test
  void answers_that_must_not_be_kept_are_left_alone() throws Exception {
    for (String path :
        new String[] {
          "/api/v1/cases/0000/identity",
          "/api/v1/cases/search",
          "/api/v1/cases/duplicate-check",
          "/api/v1/auth/tokens",
          "/api/v1/api-clients",
          "/cases/new"
        }) {
      send(path);
      send(path);
    }
    assertThat(handled).isEqualTo(12);
    assertThat(answers.rows).isEmpty();
  }
}
