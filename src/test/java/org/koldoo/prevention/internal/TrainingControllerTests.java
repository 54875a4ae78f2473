package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The training page on its own: an empty register says so, a form that breaks its rules comes back
 * with each field's error and nothing saved, a good one is saved and the page says so.
 */
@WithMockUser(roles = "NATIONAL_COORDINATOR")
class TrainingControllerTests extends RegistryPagesSliceTest {

  @Test
  void an_empty_register_says_so_and_offers_its_form() throws Exception {
    var page = mvc.perform(get("/training")).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("Nothing found.", "id=\"training-form\"")
        .doesNotContain("id=\"training\"");
  }

  @Test
  void a_form_with_no_topic_and_a_negative_count_comes_back_naming_both() throws Exception {
    var page =
        submit(
            post("/training")
                .param("heldOn", "2026-10-01")
                .param("topic", " ")
                .param("organiser", "IOM")
                .param("format", "IN_PERSON")
                .param("police", "-3"));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("id=\"topic-error\"", "id=\"police-error\"");
    verify(training, never()).saveTraining(any(), any());
  }

  @Test
  void a_good_form_is_saved_and_the_page_says_so() throws Exception {
    when(training.saveTraining(isNull(), any())).thenReturn(UUID.randomUUID());
    var answer =
        submit(
            post("/training")
                .param("heldOn", "2026-10-01")
                .param("topic", "Identifying victims of forced labour")
                .param("organiser", "IOM")
                .param("format", "IN_PERSON")
                .param("police", "12"));
    assertThat(answer.getStatus()).isEqualTo(302);
    assertThat(answer.getRedirectedUrl()).isEqualTo("/training");
    verify(training).saveTraining(isNull(), any());
  }

  private MockHttpServletResponse submit(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(csrf())).andReturn().getResponse();
  }
}
