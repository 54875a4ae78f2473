package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/** Which forms get a one-time token beside what the wrapped processor gives them. */
class OnceTokensTests {

  /** Gives every form the CSRF token, as Spring Security's processor gives a POST form. */
  private static final RequestDataValueProcessor CSRF =
      new RequestDataValueProcessor() {
        @Override
        public String processAction(HttpServletRequest request, String action, String method) {
          return action;
        }

        @Override
        public String processFormFieldValue(
            HttpServletRequest request, String name, String value, String type) {
          return value;
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
          return Map.of("_csrf", "t");
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
          return url;
        }
      };

  private final OnceTokens tokens = new OnceTokens(CSRF);
  private final MockHttpServletRequest request = new MockHttpServletRequest();

  @Test
  void a_form_sent_by_post_gets_a_new_token_each_time_it_is_shown() {
    assertThat(tokens.processAction(request, "/hotline", "post")).isEqualTo("/hotline");
    Map<String, String> first = tokens.getExtraHiddenFields(request);
    tokens.processAction(request, "/hotline", "POST");
    Map<String, String> second = tokens.getExtraHiddenFields(request);
    assertThat(first).containsEntry("_csrf", "t").containsKey(OnceTokens.PARAMETER);
    assertThat(first.get(OnceTokens.PARAMETER)).matches("[0-9a-f]{32}");
    assertThat(second.get(OnceTokens.PARAMETER)).isNotEqualTo(first.get(OnceTokens.PARAMETER));
  }

  @Test
  void a_search_form_gets_none() {
    tokens.processAction(request, "/cases", "get");
    assertThat(tokens.getExtraHiddenFields(request)).doesNotContainKey(OnceTokens.PARAMETER);
    tokens.processAction(request, "/cases", null);
    assertThat(tokens.getExtraHiddenFields(request)).doesNotContainKey(OnceTokens.PARAMETER);
  }
}
