package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The throttle judges the path the router sees, however a client spells it. */
class LoginThrottleFilterTests {

  private final LoginThrottleFilter filter = new LoginThrottleFilter(null, null, null);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/login",
        "/logi%6e",
        "/%6C%6F%67%69%6E",
        "/login/",
        "//login",
        "/login;jsessionid=x",
        "/LOGIN",
        "/public/../login",
        "/api/v1/auth/tokens",
        "/api/v1/auth/token%73",
        "/api//v1/auth/tokens/",
        "/api/v1/auth/tokens;x=y",
        "/api/v1/%61uth/tokens"
      })
  void every_spelling_of_a_login_route_is_throttled(String uri) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
    assertThat(filter.shouldNotFilter(request)).as(uri).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/cases", "/api/v1/cases", "/logout"})
  void other_routes_are_not(String uri) {
    assertThat(filter.shouldNotFilter(new MockHttpServletRequest("POST", uri))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/login", "/api/v1/auth/tokens"})
  void reads_are_not(String uri) {
    assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", uri))).isTrue();
  }
}
