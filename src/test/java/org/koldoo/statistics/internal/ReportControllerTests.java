package org.koldoo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The report's documents on their own: only the national coordinator, who answers for the figures,
 * reads counts of 1 to 4 as they are, everyone else as "&lt;5"; a period that ends before it begins
 * or a day that is no date is a clear 400, and nothing is computed for it.
 */
class ReportControllerTests extends StatisticsSliceTest {

  @Test
  @WithMockUser(roles = "ANALYST")
  void an_analyst_reads_the_small_counts_masked() throws Exception {
    assertThat(statusOf("/reports/annual.pdf?from=2026-01-01&to=2026-12-31")).isEqualTo(200);
    verify(views).of(any(), any(), eq(true));
  }

  @Test
  @WithMockUser(roles = "NATIONAL_COORDINATOR")
  void the_national_coordinator_reads_them_as_they_are() throws Exception {
    assertThat(statusOf("/reports/annual.xlsx?from=2026-01-01&to=2026-12-31")).isEqualTo(200);
    verify(views).of(any(), any(), eq(false));
  }

  @Test
  @WithMockUser(roles = "ANALYST")
  void a_period_ending_before_it_begins_or_a_day_that_is_no_date_is_a_clear_400() throws Exception {
    var backwards =
        mvc.perform(get("/reports/annual.pdf?from=2026-12-31&to=2026-01-01"))
            .andReturn()
            .getResponse();
    assertThat(backwards.getStatus()).isEqualTo(400);
    assertThat(backwards.getContentAsString())
        .as("the page says why")
        .contains("The last day must not be before the first day.");
    assertThat(statusOf("/reports/annual.xlsx?from=31.12.2026")).isEqualTo(400);
    verifyNoInteractions(report, views, documents);
  }
}
