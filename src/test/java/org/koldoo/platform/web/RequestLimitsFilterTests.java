package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * A database a filter cannot reach (a bearer token's look-up, a stored session: before Spring MVC
 * and its handlers) is the same 503 with Retry-After the application answers, in the asker's
 * language, and one line in the log, not a stack trace a request.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestLimitsFilterTests {

  private final RequestLimitsFilter filter;

  RequestLimitsFilterTests() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
    locales.setDefaultLocale(Locale.ENGLISH);
    filter = new RequestLimitsFilter(messages, locales);
  }

  private static final FilterChain DATABASE_AWAY =
      (request, response) -> {
        throw new CannotGetJdbcConnectionException(
            "Failed to obtain JDBC Connection",
            new java.sql.SQLTransientConnectionException("koldoo - Connection is not available"));
      };

  @Test
  void the_api_answers_a_problem_to_retry(CapturedOutput output) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/cases");
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(request, response, DATABASE_AWAY);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains("The database cannot be reached");
    assertThat(output.getOut())
        .contains("The database cannot be reached (GET /api/v1/cases)")
        .doesNotContain("\tat org.");
  }

  @Test
  void a_page_answers_in_the_readers_language() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases");
    request.addHeader("Accept-Language", "ru");
    request.addPreferredLocale(Locale.forLanguageTag("ru"));
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(request, response, DATABASE_AWAY);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentType()).startsWith("text/html");
    assertThat(response.getContentAsString()).contains("База данных сейчас недоступна");
  }
}
