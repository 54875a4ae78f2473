package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.koldoo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Over-long addresses and bodies are answered before anything reads them, in the language. */
class RequestLimitsIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;

  @Test
  void an_address_over_the_limit_is_a_414_problem() throws Exception {
    var response =
        mvc.perform(
                get("/api/v1/cases?number=" + "x".repeat(RequestLimitsFilter.MAX_URI))
                    .header("Accept-Language", "ru"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(414);
    assertThat(response.getContentType()).contains("problem+json");
    assertThat(response.getContentAsString()).contains("Адрес слишком длинный");
  }

  @Test
  void a_body_over_the_limit_is_a_413_problem() throws Exception {
    byte[] body = new byte[(int) RequestLimitsFilter.MAX_BODY + 1];
    java.util.Arrays.fill(body, (byte) ' ');
    var response =
        mvc.perform(
                post("/api/v1/cases")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .header("Accept-Language", "en"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).contains("problem+json");
  }
}
