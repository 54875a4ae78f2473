package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;

class PageExceptionHandlerTests {

  private final PageExceptionHandler handler = new PageExceptionHandler(new StaticMessageSource());

  @Test
  void what_this_server_was_not_given_is_the_error_page_saying_it_as_a_503() {
    var page =
        handler.notConfigured(new NotConfigured("key k3 missing", "error.privacyKeyMissing", "k3"));
    assertThat(page.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(page.getViewName()).isEqualTo("error");
    assertThat(page.getModel())
        .containsEntry("status", 503)
        .containsEntry("messageKey", "error.privacyKeyMissing");
    assertThat((Object[]) page.getModel().get("messageArguments")).containsExactly("k3");
  }
}
