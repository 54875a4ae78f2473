package org.koldoo.prevention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ApiClient;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Back-filling labour inspections with quarterly totals: the report counts a total where the
 * inspectorate recorded no single inspection in its period, never beside the inspections it did
 * record, and says which figures include totals. No other test writes inspections in 2014.
 */
class InspectionPeriodTotalsIntegrationTests extends IntegrationTest {

  @Autowired ApiClient api;

  @Test
  void a_quarter_known_only_by_its_totals_is_counted_and_said_to_be() throws Exception {
    var inspector = api.person("ipt-ins", TestAccounts.MOL, Role.LABOUR_INSPECTOR);
    var coordinator = api.person("ipt-nat", TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    var analyst = api.person("ipt-an", TestAccounts.MOL, Role.ANALYST);
    var otherInspector = api.person("ipt-other", TestAccounts.MVD, Role.LABOUR_INSPECTOR);
    String sheet =
        """
        Период с;Период по;Проверки;Из них без предупреждения;Из них с признаками или переданные в полицию
        01.01.2014;31.03.2014;12;5;3
        01.04.2014;30.06.2014;20;2;1
        01.07.2014;30.09.2014;4;9;0
        """;
    var dry =
        api.upload(
            inspector,
            "inspection-period-totals",
            "квартал.csv",
            sheet.getBytes(StandardCharsets.UTF_8),
            "ru");
    assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(201);
    assertThat(ApiClient.read(dry, "$.counts.create")).as(dry.getContentAsString()).isEqualTo("2");
    assertThat(dry.getContentAsString())
        .as("a quarter with more unannounced inspections than inspections")
        .contains("\"row\":4", "Не может быть больше, чем проверок за период");
    var done =
        api.call(
            inspector, "POST", "/api/v1/imports/" + ApiClient.read(dry, "$.id") + "/commit", null);
    assertThat(ApiClient.read(done, "$.counts.create"))
        .as(done.getContentAsString())
        .isEqualTo("2");

    // one inspection recorded in the second quarter: its total no longer counts
    var recorded =
        api.call(
            inspector,
            "POST",
            "/api/v1/labour-inspections",
            """
            {"inspectedOn":"2014-05-10","inspectingBody":"%s","unannounced":false,
             "establishment":"Quarterly site","siteType":"OTHER","indicators":[],
             "referredToPolice":false}"""
                .formatted(TestAccounts.MOL));
    assertThat(recorded.getStatus()).as(recorded.getContentAsString()).isEqualTo(200);

    var firstQuarter =
        api.call(coordinator, "GET", "/api/v1/reports/annual?from=2014-01-01&to=2014-03-31", null);
    assertThat(firstQuarter.getStatus()).as(firstQuarter.getContentAsString()).isEqualTo(200);
    assertThat(ApiClient.read(firstQuarter, "$.indicators[?(@.id=='R7')].value")).isEqualTo("[12]");
    assertThat(ApiClient.read(firstQuarter, "$.indicators[?(@.id=='R7B')].value")).isEqualTo("[5]");
    assertThat(ApiClient.read(firstQuarter, "$.indicators[?(@.id=='R7C')].value")).isEqualTo("[3]");
    assertThat(ApiClient.read(firstQuarter, "$.fromPeriodTotals")).contains("R7", "R7B", "R7C");

    var secondQuarter =
        api.call(coordinator, "GET", "/api/v1/reports/annual?from=2014-04-01&to=2014-06-30", null);
    assertThat(ApiClient.read(secondQuarter, "$.indicators[?(@.id=='R7')].value"))
        .as("the recorded inspection, never beside it the total of its quarter")
        .isEqualTo("[1]");
    assertThat(ApiClient.read(secondQuarter, "$.fromPeriodTotals")).doesNotContain("R7");

    var year =
        api.call(coordinator, "GET", "/api/v1/reports/annual?from=2014-01-01&to=2014-12-31", null);
    assertThat(ApiClient.read(year, "$.indicators[?(@.id=='R7')].value")).isEqualTo("[13]");

    // the rules hold over the API too
    var tooMany =
        api.call(
            inspector,
            "POST",
            "/api/v1/labour-inspections/period-totals",
            """
            {"periodStart":"2014-10-01","periodEnd":"2014-12-31","inspections":3,"unannounced":1,
             "withIndicators":4}""");
    assertThat(tooMany.getStatus()).isEqualTo(400);
    assertThat(tooMany.getContentAsString()).contains("withIndicators");
    var othersBody =
        api.call(
            inspector,
            "POST",
            "/api/v1/labour-inspections/period-totals",
            """
            {"inspectingBody":"%s","periodStart":"2014-10-01","periodEnd":"2014-12-31",
             "inspections":3,"unannounced":1,"withIndicators":0}"""
                .formatted(TestAccounts.MVD));
    assertThat(othersBody.getStatus()).as("an inspectorate records its own totals").isEqualTo(403);
    assertThat(
            api.call(
                    analyst,
                    "POST",
                    "/api/v1/labour-inspections/period-totals",
                    """
                    {"periodStart":"2014-10-01","periodEnd":"2014-12-31","inspections":3,
                     "unannounced":1,"withIndicators":0}""")
                .getStatus())
        .as("analysts read only")
        .isEqualTo(403);

    // shown back: to the inspectorate and the analysts, not to another inspectorate
    var listed = api.call(analyst, "GET", "/api/v1/labour-inspections/period-totals", null);
    assertThat(listed.getContentAsString()).contains("2014-01-01", "\"inspections\":12");
    var others = api.call(otherInspector, "GET", "/api/v1/labour-inspections/period-totals", null);
    assertThat(others.getContentAsString()).doesNotContain(TestAccounts.MOL.toString());
    var page = api.call(inspector, "GET", "/inspections", null);
    assertThat(page.getContentAsString()).contains("Inspections counted by period", ">12<");
    var report = api.call(coordinator, "GET", "/reports?from=2014-01-01&to=2014-03-31", null);
    assertThat(report.getContentAsString()).contains("Figures that include totals by period");
  }
}
