package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.koldoo.support.ControllerSliceTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What the public licence check tells a migrant besides the licence: the legal fee cap, written as
 * numbers are in the reader's language, and the hotline's number as the deployment sets it.
 */
@WebMvcTest(PublicAgencyController.class)
@TestPropertySource(properties = "koldoo.public.hotline-number=+996 312 00 00 00")
// the slice has no Koldoo security chain; the page is public in the application
@WithMockUser
class PublicAgencyControllerTests extends ControllerSliceTest {

  @MockitoBean AgencyRegistry agencies;

  private String page(String language) throws Exception {
    when(agencies.feeCap()).thenReturn(new BigDecimal("1000"));
    return mvc.perform(get("/public/agencies").header("Accept-Language", language))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void an_address_nobody_serves_is_404_and_no_warning_in_the_log(CapturedOutput log)
      throws Exception {
    assertThat(mvc.perform(get("/public/no-such-page")).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(log.getAll()).doesNotContain("/public/no-such-page");
  }

  @Test
  void the_fee_cap_and_the_hotline_are_stated_in_each_language() throws Exception {
    assertThat(page("en"))
        .contains("at most 1,000 som before departure", "href=\"tel:+996312000000\"")
        .contains("+996 312 00 00 00");
    assertThat(page("ru"))
        .containsPattern("не более 1\\h000 сомов")
        .contains("Горячая линия по безопасной миграции:", "tel:+996312000000");
    assertThat(page("ky"))
        .containsPattern("1\\h000 сомдон ашык")
        .contains("Коопсуз миграция боюнча ишеним телефону:");
  }
}
