package org.koldoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ApiClient;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every register sorts by the columns it offers, both ways, on the screen and in the API, and a
 * column it does not offer gives its usual order instead of an error.
 */
class ListOrderIntegrationTests extends IntegrationTest {

  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");

  @Autowired MockMvc mvc;
  @Autowired ApiClient api;

  private RequestPostProcessor person(String prefix, UUID organisation, Role... roles) {
    return api.person(prefix, organisation, roles);
  }

  private String read(RequestPostProcessor who, String url) throws Exception {
    var response =
        mvc.perform(get(URI.create(url)).with(who).header("Accept-Language", "en"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(url + " " + response.getContentAsString()).isEqualTo(200);
    return response.getContentAsString();
  }

  private void send(RequestPostProcessor who, String url, String json) throws Exception {
    var response =
        mvc.perform(
                post(URI.create(url))
                    .with(who)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
  }

  /**
   * The values of a field over a page of the API, checked to come in the order asked (the
   * database's order is the C locale's, by code point, as Java's).
   */
  private List<String> ordered(RequestPostProcessor who, String url, String field, boolean down)
      throws Exception {
    List<Object> raw = JsonPath.read(read(who, url), "$.items[*]." + field);
    List<String> values = raw.stream().map(String::valueOf).toList();
    assertThat(values).as(url).hasSizeGreaterThan(1);
    Comparator<String> order = Comparator.naturalOrder();
    assertThat(values).as(url).isSortedAccordingTo(down ? order.reversed() : order);
    return values;
  }

  @Test
  void the_victim_case_register_sorts_by_number_both_ways() throws Exception {
    RequestPostProcessor worker = person("order-cw", CC_OSH, Role.CASE_WORKER);
    for (String family : List.of("Сортова", "Порядкова")) {
      send(
          worker,
          "/api/v1/cases",
          """
          {"familyName":"%s","givenName":"Айгүл","dateOfBirth":"1995-03-14","sex":"FEMALE",
           "citizenships":["KG"],"region":"OSH"}"""
              .formatted(family));
    }
    RequestPostProcessor coordinator =
        person("order-nc", TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    List<String> up =
        ordered(coordinator, "/api/v1/cases?sort=number&size=200", "caseNumber", false);
    List<String> down =
        ordered(coordinator, "/api/v1/cases?sort=-number&size=200", "caseNumber", true);
    assertThat(down).containsExactlyInAnyOrderElementsOf(up);
    // the screen offers the same order through its column headings
    String page = read(coordinator, "/cases?sort=number");
    assertThat(page).contains("aria-sort=\"ascending\"", "href=\"/cases?sort=-number\"");
    // an order it does not offer is the usual one, not an error
    read(coordinator, "/api/v1/cases?sort=identity_enc");
    // an organisation id in an answer comes with the organisation's code beside it
    String own = JsonPath.read(read(worker, "/api/v1/cases?size=1"), "$.items[0].id");
    String detail = read(worker, "/api/v1/cases/" + own);
    assertThat(JsonPath.<String>read(detail, "$.summary.organisationId"))
        .isEqualTo(CC_OSH.toString());
    assertThat(JsonPath.<String>read(detail, "$.summary.organisationCode")).isEqualTo("CC-OSH");
  }

  @Test
  void the_criminal_case_register_sorts_by_number_both_ways() throws Exception {
    RequestPostProcessor investigator = person("order-inv", TestAccounts.MVD, Role.INVESTIGATOR);
    for (String number : List.of("ORD-B-" + System.nanoTime() % 100_000, "ORD-A-1")) {
      send(
          investigator,
          "/api/v1/criminal-cases",
          """
          {"registrationNumber":"%s","registeredOn":"2026-10-01","origin":"POLICE_INITIATIVE",
           "articleId":"10000000-0000-0000-0000-000000000166"}"""
              .formatted(number));
    }
    RequestPostProcessor analyst = person("order-an", TestAccounts.MOL, Role.ANALYST);
    ordered(analyst, "/api/v1/criminal-cases?sort=number&size=200", "registrationNumber", false);
    ordered(analyst, "/api/v1/criminal-cases?sort=-number&size=200", "registrationNumber", true);
    assertThat(read(analyst, "/justice?sort=-registeredOn"))
        .contains("aria-sort=\"descending\"", "href=\"/justice?sort=registeredOn\"");
  }

  @Test
  void accounts_and_the_audit_trail_sort_by_their_columns() throws Exception {
    RequestPostProcessor admin = person("order-adm", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    person("order-zz", TestAccounts.MOL, Role.ANALYST);
    // user names (ASCII letters, digits and ._-) are ordered regardless of case
    for (String sort : List.of("username", "-username")) {
      List<String> names =
          JsonPath.<List<String>>read(
                  read(admin, "/api/v1/users?size=200&sort=" + sort), "$.items[*].username")
              .stream()
              .map(name -> name.toLowerCase(java.util.Locale.ROOT))
              .toList();
      Comparator<String> order = Comparator.naturalOrder();
      assertThat(names)
          .hasSizeGreaterThan(1)
          .isSortedAccordingTo(sort.startsWith("-") ? order.reversed() : order);
    }
    String down = read(admin, "/admin/organisations?q=CC-&sort=-code");
    assertThat(down).contains("aria-sort=\"descending\"");
    assertThat(down.indexOf(">CC-OSH<")).isPositive().isLessThan(down.indexOf(">CC-BISHKEK<"));
    String up = read(admin, "/admin/organisations?q=CC-&sort=code");
    assertThat(up.indexOf(">CC-BISHKEK<")).isPositive().isLessThan(up.indexOf(">CC-OSH<"));
    RequestPostProcessor auditor = person("order-aud", TestAccounts.MOL, Role.AUDITOR);
    List<Object> ids =
        JsonPath.read(read(auditor, "/api/v1/audit/entries?sort=number&size=50"), "$.items[*].id");
    assertThat(ids.stream().map(id -> ((Number) id).longValue()).toList()).isSorted();
    ordered(auditor, "/api/v1/audit/entries?sort=action&size=200", "action", false);
    assertThat(read(auditor, "/audit?sort=-actor")).contains("aria-sort=\"descending\"");
  }

  @Test
  void agencies_and_the_small_registries_come_a_page_at_a_time() throws Exception {
    RequestPostProcessor coordinator =
        person("order-reg", TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    String agencies = read(coordinator, "/api/v1/agencies?sort=-holder&size=5");
    assertThat(JsonPath.<Integer>read(agencies, "$.size")).isEqualTo(5);
    assertThat(JsonPath.<List<Object>>read(agencies, "$.items")).hasSizeLessThanOrEqualTo(5);
    for (String registry :
        List.of(
            "training-events",
            "campaigns",
            "migration-services",
            "sop-adoptions",
            "working-group-meetings",
            "nap-activities",
            "ngo-centre-support",
            "demand-reduction-actions",
            "harassment-incidents")) {
      String page = read(coordinator, "/api/v1/" + registry + "?page=0&size=3");
      assertThat(JsonPath.<Integer>read(page, "$.size")).as(registry).isEqualTo(3);
      assertThat(JsonPath.<List<Object>>read(page, "$.items"))
          .as(registry)
          .hasSizeLessThanOrEqualTo(3);
      assertThat(JsonPath.<Integer>read(page, "$.total")).as(registry).isNotNegative();
    }
  }
}
