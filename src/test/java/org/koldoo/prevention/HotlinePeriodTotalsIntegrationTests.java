package org.koldoo.prevention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ApiClient;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Back-filling the hotline with totals by period: the report counts a total where the hotline
 * recorded no single call in its period, never beside the calls it did record, and says which
 * figures include totals.
 */
class HotlinePeriodTotalsIntegrationTests extends IntegrationTest {

  private static final UUID OSH_CITY = UUID.fromString("00000000-0000-0000-0000-000000000010");

  @Autowired ApiClient api;

  @Test
  void a_period_known_only_by_its_totals_is_counted_and_said_to_be() throws Exception {
    var operator = api.person("pt-hot", OSH_CITY, Role.HOTLINE_OPERATOR);
    var coordinator = api.person("pt-nat", TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    // January 2013: a sheet of totals only, imported; February 2013: one call logged, and a total
    String sheet =
        """
        Period from;Period to;Topic;Calls
        01.01.2013;31.01.2013;Trafficking;4
        01.01.2013;31.01.2013;Safe migration;3
        01.02.2013;28.02.2013;Safe migration;40
        01.03.2013;31.03.2012;Safe migration;1
        """;
    var dry =
        api.upload(
            operator,
            "hotline-period-totals",
            "totals.csv",
            sheet.getBytes(StandardCharsets.UTF_8),
            "en");
    assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(201);
    assertThat(ApiClient.read(dry, "$.counts.create")).as(dry.getContentAsString()).isEqualTo("3");
    assertThat(dry.getContentAsString()).contains("cannot end before it starts");
    api.call(operator, "POST", "/api/v1/imports/" + ApiClient.read(dry, "$.id") + "/commit", null);
    var logged =
        api.call(
            operator,
            "POST",
            "/api/v1/hotline/calls",
            """
            {"receivedAt":"2013-02-10T10:15:00","channel":"PHONE","callerType":"OTHER",
             "language":"ru","topics":["OTHER"],"outcome":"INFORMATION_GIVEN"}""");
    assertThat(logged.getStatus()).as(logged.getContentAsString()).isEqualTo(201);

    var january =
        api.call(coordinator, "GET", "/api/v1/reports/annual?from=2013-01-01&to=2013-01-31", null);
    assertThat(january.getStatus()).as(january.getContentAsString()).isEqualTo(200);
    assertThat(ApiClient.read(january, "$.indicators[?(@.id=='R6')].value")).isEqualTo("[7]");
    assertThat(ApiClient.read(january, "$.indicators[?(@.id=='R6B')].value")).isEqualTo("[4]");
    assertThat(ApiClient.read(january, "$.fromPeriodTotals")).contains("R6", "R6B");

    var february =
        api.call(coordinator, "GET", "/api/v1/reports/annual?from=2013-02-01&to=2013-02-28", null);
    assertThat(ApiClient.read(february, "$.indicators[?(@.id=='R6')].value"))
        .as("the logged call, never beside it the total of its month")
        .isEqualTo("[1]");
    assertThat(ApiClient.read(february, "$.fromPeriodTotals")).isEqualTo("[]");

    var hotlinePage = api.call(operator, "GET", "/hotline", null);
    assertThat(hotlinePage.getContentAsString())
        .as("the operator sees the totals the hotline recorded")
        .contains("Calls counted by period", "Safe migration", "40");

    var page = api.call(coordinator, "GET", "/reports?from=2013-01-01&to=2013-01-31", null);
    assertThat(page.getContentAsString()).contains("Figures that include totals by period");
  }
}
