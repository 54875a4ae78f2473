package org.koldoo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.koldoo.statistics.Period;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The statistics API's own checks, without a database: a period or year that cannot be reported is
 * refused naming the parameter before anything is counted; the exact annual figures are the
 * coordinator's, the exports the coordinator's and the analysts', nobody else's.
 */
class StatisticsApiControllerTests extends StatisticsSliceTest {

  @Autowired Clock clock;

  @Test
  @WithMockUser(roles = "ANALYST")
  void a_year_outside_1990_to_2100_is_refused_naming_it() throws Exception {
    for (String year : new String[] {"1989", "2101", "-5"}) {
      var response = answer("/api/v1/exports/glotip?year=" + year);
      assertThat(response.getStatus()).as(year).isEqualTo(400);
      assertThat(response.getContentAsString()).as(year).contains("year");
    }
    verifyNoInteractions(exports);
  }

  @Test
  @WithMockUser(roles = "ANALYST")
  void a_period_backwards_half_given_or_over_ten_years_is_refused_naming_the_day_at_fault()
      throws Exception {
    var backwards = answer("/api/v1/exports/ctdc?from=2026-12-31&to=2026-01-01");
    assertThat(backwards.getStatus()).isEqualTo(400);
    assertThat(backwards.getContentAsString()).contains("\"to\"");

    var half = answer("/api/v1/exports/summary?to=2026-01-01");
    assertThat(half.getStatus()).isEqualTo(400);
    assertThat(half.getContentAsString()).contains("\"from\"");

    var tooLong = answer("/api/v1/exports/summary?from=2000-01-01&to=2026-01-01");
    assertThat(tooLong.getStatus()).isEqualTo(400);
    assertThat(tooLong.getContentAsString()).contains("\"to\"");

    var notADate = answer("/api/v1/exports/ctdc?from=31.12.2025&to=2026-01-01");
    assertThat(notADate.getStatus()).isEqualTo(400);
    verifyNoInteractions(exports);
  }

  @Test
  @WithMockUser(roles = "NATIONAL_COORDINATOR")
  void without_dates_the_report_is_of_the_last_full_year_in_bishkek() throws Exception {
    assertThat(answer("/api/v1/reports/annual").getStatus()).isEqualTo(200);
    verify(report).compute(eq(Period.year(LocalDate.now(clock).getYear() - 1)), any());
  }

  @Test
  @WithMockUser(roles = "ANALYST")
  void an_analyst_exports_but_never_reads_the_exact_annual_figures() throws Exception {
    assertThat(answer("/api/v1/reports/annual").getStatus()).isEqualTo(403);
    verifyNoInteractions(report);

    when(exports.glotip(2025)).thenReturn("year;count\n2025;<5\n");
    var glotip = answer("/api/v1/exports/glotip?year=2025");
    assertThat(glotip.getStatus()).isEqualTo(200);
    assertThat(glotip.getHeader("Content-Disposition")).contains("glotip-2025.csv");
    assertThat(glotip.getContentType()).startsWith("text/csv");
  }

  @Test
  @WithMockUser(roles = {"CASE_WORKER", "INVESTIGATOR", "AUDITOR", "SYSTEM_ADMINISTRATOR"})
  void who_answers_for_no_figure_exports_none() throws Exception {
    for (String path :
        new String[] {
          "/api/v1/indicators",
          "/api/v1/reports/annual",
          "/api/v1/exports/glotip?year=2025",
          "/api/v1/exports/ctdc?from=2025-01-01&to=2025-12-31",
          "/api/v1/exports/summary"
        }) {
      assertThat(answer(path).getStatus()).as(path).isEqualTo(403);
    }
    verifyNoInteractions(report, exports);
  }

  private MockHttpServletResponse answer(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse();
  }
}
