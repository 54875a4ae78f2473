package org.koldoo.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The linkage API's own checks, without a database: runs, merges and splits are the national
 * coordinator's and the analysts'; case workers review pairs and nothing else; a decision's reason
 * and a bulk decision's size are bounded, and nothing is decided from a refused body.
 */
class LinkageApiControllerTests extends LinkageSliceTest {

  @Test
  @WithMockUser(roles = {"CASE_WORKER", "INVESTIGATOR", "HOTLINE_OPERATOR"})
  void a_case_worker_neither_runs_linkage_nor_merges_nor_splits() throws Exception {
    assertThat(send("/api/v1/linkage/runs", "").getStatus()).isEqualTo(403);
    assertThat(
            send(
                    "/api/v1/linkage/merges",
                    """
                    {"caseA":"%s","caseB":"%s"}"""
                        .formatted(UUID.randomUUID(), UUID.randomUUID()))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            send("/api/v1/linkage/splits", "{\"caseId\":\"%s\"}".formatted(UUID.randomUUID()))
                .getStatus())
        .isEqualTo(403);
    assertThat(statusOf("/api/v1/linkage/persons")).isEqualTo(403);
    verifyNoInteractions(runs, decisions, readModel);
  }

  @Test
  @WithMockUser(roles = "INVESTIGATOR")
  void an_investigator_reviews_no_pairs() throws Exception {
    assertThat(statusOf("/api/v1/linkage/candidates")).isEqualTo(403);
    assertThat(
            send("/api/v1/linkage/candidates/" + UUID.randomUUID() + "/confirmation", "{}")
                .getStatus())
        .isEqualTo(403);
    verifyNoInteractions(decisions, readModel);
  }

  @Test
  @WithMockUser(roles = "CASE_WORKER")
  void a_case_worker_confirms_a_pair_with_a_reason_of_at_most_500_characters() throws Exception {
    UUID pair = UUID.randomUUID();
    var tooLong =
        send(
            "/api/v1/linkage/candidates/" + pair + "/confirmation",
            "{\"reason\":\"%s\"}".formatted("r".repeat(501)));
    assertThat(tooLong.getStatus()).isEqualTo(400);
    assertThat(tooLong.getContentAsString()).contains("reason");
    // a reason is kept in the clear: the passport it names is not
    var naming =
        send(
            "/api/v1/linkage/candidates/" + pair + "/confirmation",
            "{\"reason\":\"same passport AN1234567\"}");
    assertThat(naming.getStatus()).isEqualTo(400);
    assertThat(naming.getContentAsString()).contains("reason").doesNotContain("AN1234567");
    verify(decisions, never()).decide(any(), anyBoolean(), any());

    var confirmed =
        send(
            "/api/v1/linkage/candidates/" + pair + "/confirmation",
            "{\"reason\":\"same passport\"}");
    assertThat(confirmed.getStatus()).isEqualTo(204);
    verify(decisions).decide(pair, true, "same passport");
  }

  @Test
  @WithMockUser(roles = "ANALYST")
  void a_bulk_decision_names_between_one_and_200_pairs_and_says_which_way() throws Exception {
    var empty = send("/api/v1/linkage/decisions", "{\"candidates\":[],\"linked\":true}");
    assertThat(empty.getStatus()).isEqualTo(400);
    assertThat(empty.getContentAsString()).contains("candidates");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 201; i++) {
      many.append(i == 0 ? "" : ",").append('"').append(UUID.randomUUID()).append('"');
    }
    var tooMany =
        send("/api/v1/linkage/decisions", "{\"candidates\":[%s],\"linked\":false}".formatted(many));
    assertThat(tooMany.getStatus()).isEqualTo(400);
    var undecided =
        send("/api/v1/linkage/decisions", "{\"candidates\":[\"%s\"]}".formatted(UUID.randomUUID()));
    assertThat(undecided.getStatus()).isEqualTo(400);
    assertThat(undecided.getContentAsString()).contains("linked");
    verify(decisions, never()).decideAll(anyList(), anyBoolean(), any());

    when(decisions.decideAll(anyList(), anyBoolean(), any())).thenReturn(1);
    var decided =
        send(
            "/api/v1/linkage/decisions",
            "{\"candidates\":[\"%s\"],\"linked\":false}".formatted(UUID.randomUUID()));
    assertThat(decided.getStatus()).isEqualTo(200);
    assertThat(decided.getContentAsString()).contains("\"decided\":1");
  }

  @Test
  @WithMockUser(roles = "NATIONAL_COORDINATOR")
  void a_merge_names_both_cases() throws Exception {
    var response =
        send("/api/v1/linkage/merges", "{\"caseA\":\"%s\"}".formatted(UUID.randomUUID()));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("caseB");
    verify(decisions, never()).merge(any(), any(), any());
  }
}
