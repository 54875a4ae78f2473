package org.koldoo.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.InvalidInput;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The review page's own checks, without a database: a batch of no pair or of more than 200 is
 * refused with its reason; only the national roles merge or split persons; no address records a
 * decision from a word it does not know; a reason longer than its column is refused by name.
 */
class LinkagePageTests extends LinkageSliceTest {

  private MvcResult submit(MockHttpServletRequestBuilder form) throws Exception {
    return mvc.perform(form.with(csrf())).andReturn();
  }

  @Test
  @WithMockUser(roles = "CASE_WORKER")
  void a_batch_of_no_pair_or_of_too_many_is_refused_with_its_reason() throws Exception {
    var none = submit(post("/linkage/decisions").param("linked", "true"));
    assertThat(none.getFlashMap().get("actionError")).isEqualTo("linkage.noneSelected");
    String[] many =
        IntStream.range(0, 201).mapToObj(i -> UUID.randomUUID().toString()).toArray(String[]::new);
    var tooMany =
        submit(post("/linkage/decisions").param("linked", "false").param("candidates", many));
    assertThat(tooMany.getFlashMap().get("actionError")).isEqualTo("linkage.tooMany");
    verifyNoInteractions(decisions);
  }

  @Test
  @WithMockUser(roles = "CASE_WORKER")
  void only_the_national_roles_merge_or_split_and_no_unknown_word_records_a_decision()
      throws Exception {
    UUID a = UUID.randomUUID();
    assertThat(
            submit(
                    post("/linkage/merge")
                        .param("caseA", a.toString())
                        .param("caseB", UUID.randomUUID().toString()))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            submit(post("/linkage/split").param("caseId", a.toString())).getResponse().getStatus())
        .isEqualTo(403);
    assertThat(
            submit(post("/linkage/candidates/" + UUID.randomUUID() + "/confirmm"))
                .getResponse()
                .getStatus())
        .isGreaterThanOrEqualTo(400);
    verifyNoInteractions(decisions);
  }

  @Test
  void a_reason_longer_than_its_column_is_refused_by_name() {
    LinkageDecisions.checkReason("r".repeat(LinkageDecisions.MAX_REASON));
    assertThatThrownBy(
            () -> LinkageDecisions.checkReason("r".repeat(LinkageDecisions.MAX_REASON + 1)))
        .isInstanceOf(InvalidInput.class)
        .extracting(e -> ((InvalidInput) e).field())
        .isEqualTo("reason");
  }
}
