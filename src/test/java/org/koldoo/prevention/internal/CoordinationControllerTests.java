package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.Page;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The coordination page on its own: an action-plan activity the registry finds overdue is marked so
 * in its row; an activity without its responsible body or with a long code comes back naming both,
 * nothing saved; a meeting list that is empty says so in its own words, and a meeting shows the
 * bodies that were present.
 */
@WithMockUser(roles = "NATIONAL_COORDINATOR")
class CoordinationControllerTests extends RegistryPagesSliceTest {

  @Test
  void an_overdue_activity_is_marked_in_its_row_and_no_meeting_is_said_so() throws Exception {
    Map<String, Object> late = activity("NAP-1.2", "Shelter standards adopted");
    Map<String, Object> onTime = activity("NAP-3.1", "Hotline in Kyrgyz at night");
    when(store.page(eq("nap_activity"), any(), any()))
        .thenReturn(new Page<>(List.of(late, onTime), 0, 25, 2));
    when(coordination.overdue(late)).thenReturn(true);

    String page = mvc.perform(get("/coordination")).andReturn().getResponse().getContentAsString();
    assertThat(org.koldoo.support.PageIds.repeated(page))
        .as("every field of every form named apart, so each label is its own field's")
        .isEmpty();
    String lateRow = row(page, "NAP-1.2");
    String onTimeRow = row(page, "NAP-3.1");
    assertThat(lateRow).contains("table-danger", ">overdue<");
    assertThat(onTimeRow).doesNotContain("table-danger", ">overdue<");
    assertThat(page).contains("No meeting recorded.");
  }

  @Test
  void an_activity_without_its_body_or_with_a_long_code_comes_back_naming_both() throws Exception {
    String page =
        mvc.perform(
                post("/coordination/activities")
                    .with(csrf())
                    .param("code", "C".repeat(21))
                    .param("title", "Shelter standards adopted")
                    .param("deadline", "2027-06-30")
                    .param("status", "NOT_STARTED"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(org.koldoo.support.PageIds.repeated(page))
        .as("every field of every form named apart, so each label is its own field's")
        .isEmpty();
    assertThat(page).contains("id=\"code-error\"", "id=\"responsibleBody-error\"");
    verify(coordination, never()).saveNap(any(), any());
  }

  @Test
  void a_meeting_shows_the_bodies_present_under_named_columns() throws Exception {
    UUID mol = UUID.randomUUID();
    UUID mvd = UUID.randomUUID();
    Map<String, Object> meeting = new LinkedHashMap<>();
    meeting.put("id", UUID.randomUUID());
    meeting.put("held_on", LocalDate.of(2026, 3, 12));
    meeting.put("bodies", mvd + "," + mol);
    meeting.put("decisions", "Shelter standards to the ministries");
    when(store.page(eq("working_group_meeting"), any(), any()))
        .thenReturn(new Page<>(List.of(meeting), 0, 25, 1));
    when(organisations.codes()).thenReturn(Map.of(mol, "MOL", mvd, "MVD"));

    String page = mvc.perform(get("/coordination")).andReturn().getResponse().getContentAsString();
    assertThat(row(page, "Shelter standards")).contains(">MOL, MVD<", "12 Mar 2026");
    String meetings = page.substring(page.indexOf("id=\"meetings\""));
    assertThat(meetings.substring(0, meetings.indexOf("</thead>")))
        .contains("Held on", "Bodies present", "Decisions");
  }

  @Test
  void a_meeting_kept_with_body_codes_by_an_earlier_version_shows_them_as_they_are() {
    UUID mvd = UUID.randomUUID();
    Map<String, Object> meeting = Map.of("bodies", "PGO, " + mvd);
    assertThat(
            CoordinationController.bodyCodes(
                CoordinationRegistry.bodyEntries(meeting), Map.of(mvd, "MVD")))
        .isEqualTo("MVD, PGO");
  }

  private static Map<String, Object> activity(String code, String title) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", UUID.randomUUID());
    row.put("code", code);
    row.put("title", title);
    row.put("responsible_body", UUID.randomUUID());
    row.put("deadline", LocalDate.of(2026, 6, 30));
    row.put("status", "IN_PROGRESS");
    return row;
  }

  /** The table row that holds {@code code}. */
  private static String row(String page, String code) {
    int at = page.indexOf(code);
    return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
  }
}
