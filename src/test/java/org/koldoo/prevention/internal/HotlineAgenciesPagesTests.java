package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Page;
import org.koldoo.prevention.CallChannel;
import org.koldoo.prevention.CallOutcome;
import org.koldoo.prevention.CallTopic;
import org.koldoo.prevention.CallerType;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The hotline and agency pages' own checks, without a database: a call or a licence that breaks the
 * form's rules comes back naming each field at fault and nothing is logged; a search whose dates
 * are no dates, or whose operator is longer than any username, is a clear 400.
 */
class HotlineAgenciesPagesTests extends HotlineAgenciesSliceTest {

  private static final UUID HOTLINE = UUID.fromString("00000000-0000-0000-0000-000000000010");

  @Test
  void a_call_breaking_the_form_s_rules_comes_back_naming_each_field_and_none_is_logged()
      throws Exception {
    String page =
        formBack(
            post("/hotline")
                .with(memberOf(HOTLINE, Role.HOTLINE_OPERATOR))
                .param("_traffickingRelated", "on") // the checkbox's marker
                .param("language", "fr")
                .param("country", "KGZ"));
    assertThat(page)
        .contains(errorsOf("receivedAt", "channel", "callerType", "language", "topics", "outcome"));
    verify(hotline, never()).log(any());
  }

  @Test
  @WithMockUser(roles = "HOTLINE_OPERATOR")
  void a_search_by_what_is_no_date_or_by_an_overlong_operator_is_a_clear_400() throws Exception {
    assertThat(statusOf("/hotline?from=31.12.2026")).isEqualTo(400);
    assertThat(statusOf("/hotline?operator=" + "o".repeat(65))).isEqualTo(400);
    assertThat(statusOf("/hotline?from=2026-01-01&operator=operator")).isEqualTo(200);
  }

  @Test
  @WithMockUser(roles = "LABOUR_INSPECTOR")
  void a_licence_breaking_the_form_s_rules_comes_back_naming_each_field_and_none_is_added()
      throws Exception {
    String page =
        formBack(
            post("/agencies")
                .param("licenceNumber", " ")
                .param("holder", "h".repeat(201))
                .param("destinationCountries", "RUS"));
    assertThat(page)
        .contains(errorsOf("licenceNumber", "holder", "validFrom", "validTo", "status"));
    verify(agencies, never()).add(any());
  }

  @Test
  @WithMockUser(roles = "ANALYST")
  void a_call_shows_who_called_in_what_language_from_where_and_where_they_were_sent()
      throws Exception {
    UUID mvd = UUID.randomUUID();
    var call =
        new Call(
            UUID.randomUUID(),
            Instant.parse("2026-11-20T08:30:00Z"),
            CallChannel.PHONE,
            CallerType.MIGRANT_OR_FAMILY,
            "ru",
            "OSH_CITY",
            "RU",
            Set.of(CallTopic.LABOUR_RIGHTS),
            false,
            CallOutcome.REFERRED_TO_BODY,
            mvd,
            null,
            null,
            "operator-1",
            null,
            false,
            0);
    when(calls.search(any(), any(), any())).thenReturn(new Page<>(List.of(call), 0, 25, 1));
    when(organisations.codes()).thenReturn(Map.of(mvd, "MVD"));

    String row = mvc.perform(get("/hotline")).andReturn().getResponse().getContentAsString();
    row = row.substring(row.indexOf("id=\"calls-rows\""), row.indexOf("</tbody>"));
    assertThat(row).contains("Migrant or family", "Russian", "Osh city", "Russia", "→ MVD");
  }
}
