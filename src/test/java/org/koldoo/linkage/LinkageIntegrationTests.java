package org.koldoo.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An NGO in Osh and the IOM register the same woman, one in Cyrillic and one in Latin; the national
 * coordinator's linkage run finds her without anyone seeing a name, and merge and split keep the
 * audit trail.
 */
class LinkageIntegrationTests extends IntegrationTest {

  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");
  static final UUID IOM = UUID.fromString("00000000-0000-0000-0000-000000000013");

  @Autowired MockMvc mvc;
  @Autowired org.koldoo.support.ApiClient api;
  @Autowired JdbcClient jdbc;
  @Autowired PersonClusters persons;

  @Test
  void the_same_woman_registered_by_two_agencies_is_one_person() throws Exception {
    RequestPostProcessor ngo = person("link-ngo", CC_OSH, Role.CASE_WORKER);
    RequestPostProcessor iom = person("link-iom", IOM, Role.CASE_WORKER);
    RequestPostProcessor coordinator =
        person("link-coord", TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    String suffix = String.valueOf(System.nanoTime() % 100000);
    UUID ngoCase =
        register(
            ngo,
            """
            {"familyName":"Жумабекова%s","givenName":"Бүбүсара","dateOfBirth":"1979-08-21","sex":"FEMALE"}"""
                .formatted(suffix));
    UUID iomCase =
        register(
            iom,
            """
            {"latinName":"Bubusara Zhumabekova%s","dateOfBirth":"1979-08-21","sex":"FEMALE"}"""
                .formatted(suffix));
    UUID stranger =
        register(
            iom,
            """
            {"familyName":"Осмонов%s","givenName":"Тилек","dateOfBirth":"1964-01-02","sex":"MALE"}"""
                .formatted(suffix));

    var run = call(coordinator, "POST", "/api/v1/linkage/runs", null);
    assertThat(run.getStatus()).isEqualTo(200);
    // the run says what it did
    for (String field :
        List.of(
            "records",
            "comparisons",
            "candidates",
            "automatic",
            "forReview",
            "clustersCreated",
            "clustersChanged",
            "clustersDissolved")) {
      assertThat(run.getContentAsString()).contains("\"" + field + "\":");
    }
    assertThat(persons.distinctPersons(List.of(ngoCase, iomCase, stranger))).isEqualTo(2);
    String personsJson =
        call(coordinator, "GET", "/api/v1/linkage/persons", null).getContentAsString();
    assertThat(personsJson).doesNotContain("Жумабекова").doesNotContain("Zhumabekova");

    // a reviewer separates them, then joins them again; every step is audited
    var split =
        call(
            coordinator,
            "POST",
            "/api/v1/linkage/splits",
            """
            {"caseId":"%s","reason":"different mother's name"}"""
                .formatted(iomCase));
    assertThat(split.getStatus()).as(split.getContentAsString()).isEqualTo(204);
    assertThat(persons.distinctPersons(List.of(ngoCase, iomCase))).isEqualTo(2);
    // a later run does not undo the reviewer's decision
    call(coordinator, "POST", "/api/v1/linkage/runs", null);
    assertThat(persons.distinctPersons(List.of(ngoCase, iomCase))).isEqualTo(2);
    var merge =
        call(
            coordinator,
            "POST",
            "/api/v1/linkage/merges",
            """
            {"caseA":"%s","caseB":"%s","reason":"confirmed by phone"}"""
                .formatted(ngoCase, iomCase));
    assertThat(merge.getStatus()).as(merge.getContentAsString()).isEqualTo(204);
    assertThat(persons.distinctPersons(List.of(ngoCase, iomCase))).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select action from audit_entry where action in ('CLUSTER_SPLIT','CLUSTER_MERGED','LINKAGE_RUN','LINKAGE_ENCODED') order by id")
                .query(String.class)
                .list())
        .contains("LINKAGE_ENCODED", "LINKAGE_RUN", "CLUSTER_SPLIT", "CLUSTER_MERGED");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'CLUSTER_SPLIT' and object_id = :id")
                .param("id", iomCase.toString())
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void a_probable_match_is_confirmed_or_rejected_by_a_reviewer() throws Exception {
    RequestPostProcessor ngo = person("review-ngo", CC_OSH, Role.CASE_WORKER);
    RequestPostProcessor iom = person("review-iom", IOM, Role.CASE_WORKER);
    RequestPostProcessor analyst = person("review-analyst", TestAccounts.MOL, Role.ANALYST);
    String suffix = String.valueOf(System.nanoTime() % 100000);
    // same name, birth day and month differ: not sure, so a person decides
    UUID a =
        register(
            ngo,
            """
            {"familyName":"Эсенгулова%s","givenName":"Мээрим","dateOfBirth":"1990-04-17","sex":"FEMALE"}"""
                .formatted(suffix));
    UUID b =
        register(
            iom,
            """
            {"familyName":"Эсенгулова%s","givenName":"Мээрим","dateOfBirth":"1990-07-14","sex":"FEMALE"}"""
                .formatted(suffix));
    var run = call(analyst, "POST", "/api/v1/linkage/runs", null);
    assertThat(run.getStatus()).as(run.getContentAsString()).isLessThan(300);
    String pending = pageWith(analyst, "PENDING", a, b);
    String auto = pageWith(analyst, "AUTO", a);
    boolean queued = pending.contains(a.toString()) && pending.contains(b.toString());
    assertThat(queued || auto.contains(a.toString()))
        .as("found at all, by the run %s", run.getContentAsString())
        .isTrue();
    if (queued) {
      List<String> ids =
          JsonPath.read(pending, "$.items[?(@.a.caseId == '" + first(a, b) + "')].id");
      // every field's outcome is shown, and why it was not linked automatically
      List<String> outcomes =
          JsonPath.read(
              pending, "$.items[?(@.a.caseId == '" + first(a, b) + "')].outcomes.birthDate");
      assertThat(outcomes).containsExactly("PARTIAL");
      // decided in bulk: all or nothing
      var bulk =
          call(
              analyst,
              "POST",
              "/api/v1/linkage/decisions",
              """
              {"candidates":["%s"],"linked":false,"reason":"different people"}"""
                  .formatted(ids.get(0)));
      assertThat(bulk.getStatus()).as(bulk.getContentAsString()).isEqualTo(200);
      assertThat(persons.distinctPersons(Set.of(a, b))).isEqualTo(2);
      // answered once: a second answer is refused
      assertThat(
              call(
                      analyst,
                      "POST",
                      "/api/v1/linkage/candidates/" + ids.get(0) + "/confirmation",
                      null)
                  .getStatus())
          .isEqualTo(404);
    }
    // whatever the matcher thought, the review screen never shows a name
    String page =
        mvc.perform(MockMvcRequestBuilders.get("/linkage").with(analyst))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).doesNotContain("Эсенгулова").doesNotContain("Мээрим");
  }

  @Test
  void case_workers_cannot_run_linkage_or_join_and_separate_persons() throws Exception {
    RequestPostProcessor ngo = person("nolink", CC_OSH, Role.CASE_WORKER);
    assertThat(call(ngo, "POST", "/api/v1/linkage/runs", null).getStatus()).isEqualTo(403);
    assertThat(call(ngo, "GET", "/api/v1/linkage/persons", null).getStatus()).isEqualTo(403);
    assertThat(
            mvc.perform(
                    MockMvcRequestBuilders.post("/linkage/runs")
                        .with(ngo)
                        .with(
                            org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  /**
   * A pair of one organisation's cases waits for review: its case worker, who may see both
   * identities, sees them side by side (each read audited) and decides; a case worker of another
   * organisation sees nothing of it; the coordinator sees it without names.
   */
  @Test
  void a_case_worker_reviews_their_own_pairs_with_both_identities_side_by_side() throws Exception {
    RequestPostProcessor ngo = person("own-ngo", CC_OSH, Role.CASE_WORKER);
    RequestPostProcessor other = person("own-iom", IOM, Role.CASE_WORKER);
    RequestPostProcessor coordinator =
        person("own-coord", TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    String suffix = String.valueOf(System.nanoTime() % 100000);
    UUID a =
        register(
            ngo,
            """
            {"familyName":"Кадырова%s","givenName":"Айнура","dateOfBirth":"1991-02-03","sex":"FEMALE"}"""
                .formatted(suffix));
    UUID b =
        register(
            ngo,
            """
            {"familyName":"Кадырова%s","givenName":"Айнура","dateOfBirth":"1991-03-02","sex":"FEMALE"}"""
                .formatted(suffix));
    UUID run = UUID.randomUUID();
    jdbc.sql(
            "insert into linkage_run (id, started_at, records, started_by)"
                + " values (:id, now(), 2, 'test')")
        .param("id", run)
        .update();
    UUID candidate = UUID.randomUUID();
    jdbc.sql(
            "insert into linkage_candidate (id, run_id, case_a, case_b, status, probability,"
                + " outcomes, reasons) values (:id, :run, :a, :b, 'PENDING', 0.9,"
                + " cast(:o as jsonb), cast(:r as jsonb))")
        .param("id", candidate)
        .param("run", run)
        .param("a", first(a, b))
        .param("b", first(a, b).equals(a) ? b : a)
        .param(
            "o",
            """
                    {"familyName":"AGREE","birthDate":"CLOSE"}""")
        .param(
            "r",
            """
                    ["SAME_ORGANISATION"]""")
        .update();

    String mine = call(ngo, "GET", "/api/v1/linkage/candidates", null).getContentAsString();
    List<String> familyNames =
        JsonPath.read(mine, "$.items[?(@.id == '" + candidate + "')].identityA.familyName");
    assertThat(familyNames).containsExactly("Кадырова" + suffix);
    List<String> born =
        JsonPath.read(mine, "$.items[?(@.id == '" + candidate + "')].identityB.dateOfBirth");
    assertThat(born).hasSize(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'IDENTITY_VIEWED'"
                        + " and purpose = 'linkage review' and object_id in (:ids)")
                .param("ids", List.of(a.toString(), b.toString()))
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(2);
    String page =
        mvc.perform(MockMvcRequestBuilders.get("/linkage").with(ngo))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Кадырова" + suffix).doesNotContain("run-linkage");

    assertThat(call(other, "GET", "/api/v1/linkage/candidates", null).getContentAsString())
        .doesNotContain(candidate.toString());
    assertThat(
            call(other, "POST", "/api/v1/linkage/candidates/" + candidate + "/rejection", null)
                .getStatus())
        .isEqualTo(404);
    String national =
        call(coordinator, "GET", "/api/v1/linkage/candidates", null).getContentAsString();
    assertThat(national).doesNotContain("Кадырова" + suffix);

    assertThat(
            call(ngo, "POST", "/api/v1/linkage/candidates/" + candidate + "/rejection", null)
                .getStatus())
        .isEqualTo(204);
    assertThat(persons.distinctPersons(Set.of(a, b))).isEqualTo(2);
  }

  private static UUID first(UUID a, UUID b) {
    return a.toString().compareTo(b.toString()) < 0 ? a : b;
  }

  private RequestPostProcessor person(String prefix, UUID organisation, Role role) {
    return api.person(prefix, organisation, role);
  }

  private UUID register(RequestPostProcessor who, String json) throws Exception {
    return api.created(who, "/api/v1/cases", json);
  }

  /**
   * The page of pairs in {@code status} that names all of {@code cases}, else the last page: the
   * tests of this JVM share the database, so the queue may hold more than one page of pairs more
   * probable than a test's own.
   */
  private String pageWith(RequestPostProcessor who, String status, UUID... cases) throws Exception {
    String page = "";
    for (int number = 0; number < 200; number++) {
      page =
          call(who, "GET", "/api/v1/linkage/candidates?status=" + status + "&page=" + number, null)
              .getContentAsString();
      String current = page;
      if (java.util.Arrays.stream(cases).allMatch(c -> current.contains(c.toString()))
          || JsonPath.<List<Object>>read(page, "$.items").isEmpty()) {
        return page;
      }
    }
    return page;
  }

  private MockHttpServletResponse call(
      RequestPostProcessor who, String method, String url, String json) throws Exception {
    return api.call(who, method, url, json);
  }
}
