package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.Page;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What a register keeper records is shown back to an analyst, who reads the registers and is
 * offered none of their forms or edit links (saving would be refused): a campaign's regions and
 * channels, an action-plan activity's indicator and progress, a training's participants by
 * profession and by organisation behind its total.
 */
@WithMockUser(roles = "ANALYST")
class RegistryReadBackTests extends RegistryPagesSliceTest {

  @Test
  void a_campaign_shows_where_and_through_what_it_ran() throws Exception {
    Map<String, Object> campaign = row("name", "Safe migration on the road");
    campaign.put("starts_on", LocalDate.of(2026, 4, 1));
    campaign.put("regions", "OSH_CITY,BATKEN");
    campaign.put("channels", "RADIO,SOCIAL_MEDIA");
    campaign.put("reach", 12000);
    listed("awareness_campaign", campaign);

    String page = read("/outreach");
    assertThat(page)
        .contains(
            "Safe migration on the road", "Osh city", "Batken region", "Radio", "Social media")
        .doesNotContain("id=\"campaign-form\"", "id=\"period-form\"", "editCampaign=");
  }

  @Test
  void an_activity_shows_its_indicator_and_progress() throws Exception {
    Map<String, Object> activity = row("code", "NAP-2.4");
    activity.put("title", "Shelter standards adopted");
    activity.put("responsible_body", UUID.randomUUID());
    activity.put("deadline", LocalDate.of(2026, 6, 30));
    activity.put("status", "IN_PROGRESS");
    activity.put("indicator", "Standards approved by decree");
    activity.put("progress", "Draft with the Ministry of Justice");
    listed("nap_activity", activity);

    assertThat(read("/coordination"))
        .contains("Standards approved by decree", "Draft with the Ministry of Justice")
        .doesNotContain(
            "id=\"nap-form\"", "id=\"sop-form\"", "id=\"meeting-form\"", "editActivity=");
  }

  @Test
  void a_training_shows_who_took_part_behind_its_total() throws Exception {
    Map<String, Object> training = row("topic", "Interviewing child victims");
    training.put("held_on", LocalDate.of(2026, 5, 20));
    training.put("organiser", "PGO Training Centre");
    training.put("format", "IN_PERSON");
    for (String column :
        List.of(
            "police",
            "prosecutors",
            "judges",
            "labour_inspectors",
            "social_workers",
            "diplomats",
            "peacekeepers",
            "others",
            "online_completions")) {
      training.put(column, 0);
    }
    training.put("police", 12);
    training.put("judges", 3);
    training.put("participants_by_organisation", "MVD:12, COURTS:3");
    listed("training_event", training);

    String page = read("/training");
    assertThat(page)
        .contains(">15<", "MVD:12, COURTS:3")
        .doesNotContain("id=\"training-form\"", "edit=");
    String details = page.substring(page.indexOf("Participants by profession"));
    assertThat(details).contains("Police</span>: <span>12", "Judges</span>: <span>3");
    assertThat(details.substring(0, details.indexOf("</details>"))).doesNotContain("Diplomats");
  }

  private static Map<String, Object> row(String column, Object value) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", UUID.randomUUID());
    row.put(column, value);
    return row;
  }

  private void listed(String table, Map<String, Object> row) {
    when(store.page(eq(table), any(), any())).thenReturn(new Page<>(List.of(row), 0, 25, 1));
  }

  private String read(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
  }
}
