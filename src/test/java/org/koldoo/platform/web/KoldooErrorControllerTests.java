package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.ModelAndView;

/** Failures outside the controllers, as the container hands them to the error page. */
class KoldooErrorControllerTests {

  private final StaticMessageSource messages = new StaticMessageSource();
  private final KoldooErrorController controller = new KoldooErrorController(messages);

  KoldooErrorControllerTests() {
    messages.addMessage("error.privacyKeyMissing", Locale.ENGLISH, "no key {0} here");
    messages.addMessage("error.500", Locale.ENGLISH, "unexpected");
  }

  private static MockHttpServletRequest failed(String uri, String accept, Throwable failure) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
    request.addHeader("Accept", accept);
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
    request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
    return request;
  }

  private static ServletException inAFilter(Throwable cause) {
    return new ServletException("session could not be read", cause);
  }

  @Test
  void a_peers_key_this_server_lacks_is_a_503_saying_which_on_the_api() {
    Object answer =
        controller.error(
            failed(
                "/api/v1/cases",
                "application/json",
                inAFilter(new NotConfigured("k3 missing", "error.privacyKeyMissing", "k3"))),
            Locale.ENGLISH);
    @SuppressWarnings("unchecked")
    ResponseEntity<ProblemDetail> response = (ResponseEntity<ProblemDetail>) answer;
    assertThat(response.getStatusCode().value()).isEqualTo(503);
    assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    assertThat(response.getBody().getDetail()).isEqualTo("no key k3 here");
  }

  @Test
  void a_peers_key_this_server_lacks_is_the_error_page_saying_which_on_screens() {
    MockHttpServletRequest request =
        failed(
            "/cases",
            "text/html",
            inAFilter(new NotConfigured("k3 missing", "error.privacyKeyMissing", "k3")));
    request.setAttribute("_csrf", "a token the session holds");
    request.setAttribute(CsrfToken.class.getName(), "a token the session holds");
    ModelAndView page = (ModelAndView) controller.error(request, Locale.ENGLISH);
    assertThat(page.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(page.getModel()).containsEntry("messageKey", "error.privacyKeyMissing");
    // the session may be what failed: the page does not reach for its form token
    assertThat(request.getAttribute("_csrf")).isNull();
    assertThat(request.getAttribute(CsrfToken.class.getName())).isNull();
  }

  @Test
  void any_other_failure_stays_what_the_container_says() {
    ModelAndView page =
        (ModelAndView)
            controller.error(
                failed("/cases", "text/html", inAFilter(new IllegalStateException("bug"))),
                Locale.ENGLISH);
    assertThat(page.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(page.getModel()).doesNotContainKey("messageKey");
  }
}
