package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
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
}
