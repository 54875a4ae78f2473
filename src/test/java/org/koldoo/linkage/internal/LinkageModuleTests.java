package org.koldoo.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.koldoo.audit.AuditTrail;
import org.koldoo.linkage.PersonClusters;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Role;
import org.koldoo.privacy.clk.ClkEncoder;
import org.koldoo.privacy.clk.PersonRecipe;
import org.koldoo.support.Acting;
import org.koldoo.support.TestAccounts;
import org.koldoo.support.TestDatabase;
import org.koldoo.victims.CaseSummary;
import org.koldoo.victims.LinkageSubject;
import org.koldoo.victims.VictimCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The linkage module on its own: the cases come encoded from the victims module's published
 * interface (stubbed here, encoded as the victims module encodes them, under the run's own key),
 * and a run, a split and the next run keep the persons the reviewers decided. A run regroups every
 * person it knows, so this module has a database of its own: the whole application's tests share
 * theirs.
 */
@ApplicationModuleTest(verifyAutomatically = false, webEnvironment = WebEnvironment.NONE)
class LinkageModuleTests {

  private static final UUID NGO = UUID.fromString("00000000-0000-0000-0000-000000000012");
  private static final UUID IOM = UUID.fromString("00000000-0000-0000-0000-000000000013");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.registerOwn(registry, "linkage_module");
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
  }

  @MockitoBean VictimCases victims;
  @MockitoBean Organisations organisations;
  @MockitoBean AuditTrail audit;
  @Autowired LinkageRuns runs;
  @Autowired LinkageDecisions decisions;
  @Autowired PersonClusters persons;
  @Autowired PersonClustering clustering;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired org.springframework.context.ApplicationEventPublisher events;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @AfterEach
  void nobodyActs() {
    Acting.nobody();
  }

  /** A person as the victims module records it, registered by {@code organisation}. */
  private record Registered(UUID caseId, UUID organisation, PersonRecipe.Person person) {
    Registered(UUID organisation, String given, String family, String born, String sex) {
      this(
          UUID.randomUUID(),
          organisation,
          new PersonRecipe.Person(given, family, born, sex, Map.of()));
    }
  }

  /** The victims module hands these cases to every run, encoded under the run's key. */
  private void casesAre(Registered... cases) {
    // stubbed without calling the mock: a test may hand other cases to a later run
    org.mockito.Mockito.doAnswer(
            call -> {
              ClkEncoder encoder = new ClkEncoder(call.getArgument(0, byte[].class));
              return java.util.Arrays.stream(cases)
                  .map(
                      c -> {
                        var encoded = PersonRecipe.encode(encoder, PersonRecipe.PERSON, c.person());
                        return new LinkageSubject(
                            c.caseId(),
                            "P-" + c.caseId().toString().substring(0, 8),
                            c.organisation(),
                            encoded.fields(),
                            encoded.blockingKeys());
                      })
                  .toList();
            })
        .when(victims)
        .encodeForLinkage(any(), any());
  }

  @Test
  void a_run_finds_one_woman_in_two_scripts_and_leaves_the_stranger_apart() {
    Registered cyrillic = new Registered(NGO, "Бүбүсара", "Жумабекова", "1979-08-21", "FEMALE");
    Registered latin = new Registered(IOM, "Bubusara", "Zhumabekova", "1979-08-21", "FEMALE");
    Registered stranger = new Registered(IOM, "Тилек", "Осмонов", "1964-01-02", "MALE");
    casesAre(cyrillic, latin, stranger);
    Acting.as(TestAccounts.MOL, Role.NATIONAL_COORDINATOR);

    LinkageRuns.RunSummary run = runs.run();

    assertThat(run.records()).isEqualTo(3);
    assertThat(run.automatic()).isEqualTo(1);
    assertThat(persons.distinctPersons(ids(cyrillic, latin, stranger))).isEqualTo(2);
    verify(audit).record(argThat(r -> r.action().equals("LINKAGE_RUN")));
  }

  @Test
  void a_case_split_off_stays_a_person_of_its_own_at_the_next_run() {
    Registered first = new Registered(NGO, "Айгүл", "Токтосунова", "1990-03-14", "FEMALE");
    Registered again = new Registered(IOM, "Aigul", "Toktosunova", "1990-03-14", "FEMALE");
    casesAre(first, again);
    Acting.as(TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    runs.run();
    assertThat(persons.distinctPersons(ids(first, again))).isEqualTo(1);

    decisions.split(again.caseId(), "two women of the same name, different mothers");
    assertThat(persons.distinctPersons(ids(first, again))).isEqualTo(2);
    LinkageRuns.RunSummary next = runs.run();

    assertThat(next.forReview()).as("the reviewer's answer is not asked again").isZero();
    assertThat(persons.distinctPersons(ids(first, again))).isEqualTo(2);
    verify(audit, atLeastOnce()).record(argThat(r -> r.action().equals("CLUSTER_SPLIT")));
  }

  @Test
  void a_person_found_before_one_of_its_identities_was_erased_stays_one_person() {
    Registered cyrillic = new Registered(NGO, "Гүлнара", "Абдыкадырова", "1985-05-11", "FEMALE");
    Registered latin = new Registered(IOM, "Gulnara", "Abdykadyrova", "1985-05-11", "FEMALE");
    casesAre(cyrillic, latin);
    Acting.as(TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    runs.run();
    assertThat(persons.distinctPersons(ids(cyrillic, latin))).isOne();

    casesAre(cyrillic); // the Latin case's identity erased: the victims module no longer encodes it
    runs.run();
    assertThat(persons.distinctPersons(ids(cyrillic, latin)))
        .as("the erasure moves no figure")
        .isOne();
    runs.run();
    assertThat(persons.distinctPersons(ids(cyrillic, latin))).as("nor the run after it").isOne();
  }

  @Test
  void an_open_question_about_a_case_whose_identity_was_erased_is_withdrawn() {
    Registered one = new Registered(NGO, "Жаңыл", "Орозбаева", "1972-12-01", "FEMALE");
    casesAre(one);
    Acting.as(TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    UUID run = runs.run().id();
    UUID erased = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    UUID question = UUID.randomUUID();
    jdbc.sql(
            """
            insert into linkage_candidate (id, run_id, case_a, case_b, status)
            values (:id, :run, least(:a, :b), greatest(:a, :b), 'PENDING')
            """)
        .param("id", question)
        .param("run", run)
        .param("a", erased)
        .param("b", other)
        .update();

    new org.springframework.transaction.support.TransactionTemplate(transactions)
        .executeWithoutResult(
            status ->
                events.publishEvent(new org.koldoo.victims.Events.IdentityErased(erased, NGO)));

    assertThat(
            jdbc.sql("select status from linkage_candidate where id = :id")
                .param("id", question)
                .query(String.class)
                .single())
        .isEqualTo("SUPERSEDED");
  }

  @Test
  void two_reviewers_deciding_at_once_both_count_in_the_persons() throws Exception {
    when(victims.find(any(UUID.class)))
        .thenReturn(
            java.util.Optional.of(
                new CaseSummary(
                    null, null, null, null, null, null, null, false, null, null, null)));
    UUID[] c = new UUID[6];
    for (int i = 0; i < c.length; i++) {
      c[i] = UUID.randomUUID();
    }
    Acting.as(TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    decisions.merge(c[0], c[1], "known before");

    // the first reviewer's decision is written, not yet committed, when the second one decides
    var written = new java.util.concurrent.CountDownLatch(1);
    var commit = new java.util.concurrent.CountDownLatch(1);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first =
          pool.submit(
              () -> {
                Acting.as(TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
                new org.springframework.transaction.support.TransactionTemplate(transactions)
                    .executeWithoutResult(
                        status -> {
                          decisions.merge(c[2], c[3], "first reviewer");
                          written.countDown();
                          await(commit);
                        });
                return null;
              });
      assertThat(written.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      var second =
          pool.submit(
              () -> {
                Acting.as(TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
                decisions.merge(c[4], c[5], "second reviewer");
                return null;
              });
      Thread.sleep(300); // the second has reached what holds it
      commit.countDown();
      first.get(10, java.util.concurrent.TimeUnit.SECONDS);
      second.get(10, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    assertThat(persons.distinctPersons(List.of(c))).isEqualTo(3);
    PersonClustering.ClusterChange again =
        new org.springframework.transaction.support.TransactionTemplate(transactions)
            .execute(status -> clustering.recompute());
    assertThat(again)
        .as("what the two left is what all the decisions make")
        .isEqualTo(new PersonClustering.ClusterChange(0, 0, 0));
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<UUID> ids(Registered... cases) {
    return java.util.Arrays.stream(cases).map(Registered::caseId).toList();
  }
}
