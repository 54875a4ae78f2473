package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.koldoo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every answer carries the headers that keep a browser from leaking or embedding Koldoo. */
class SecurityHeadersIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;

  @Test
  void pages_and_the_api_send_the_protective_headers() throws Exception {
    for (String url : new String[] {"/login", "/api/v1/cases"}) {
      var response = mvc.perform(get(url)).andReturn().getResponse();
      assertThat(response.getHeader("Referrer-Policy")).as(url).isEqualTo("same-origin");
      assertThat(response.getHeader("Permissions-Policy")).as(url).contains("camera=()");
      assertThat(response.getHeader("Cross-Origin-Opener-Policy")).as(url).isEqualTo("same-origin");
      assertThat(response.getHeader("X-Content-Type-Options")).as(url).isEqualTo("nosniff");
      assertThat(response.getHeader("Content-Security-Policy"))
          .as(url)
          .contains("frame-ancestors 'none'")
          .doesNotContain("'unsafe-inline' ;")
          .doesNotContain("script-src 'self' 'unsafe-inline'");
      // plain HTTP: no HSTS
      assertThat(response.getHeader("Strict-Transport-Security")).as(url).isNull();
    }
  }

  @Test
  void over_https_hsts_is_sent() throws Exception {
    var response = mvc.perform(get("/login").secure(true)).andReturn().getResponse();
    assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
  }
}
