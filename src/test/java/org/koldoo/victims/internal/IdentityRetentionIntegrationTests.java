package org.koldoo.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.support.ApiClient;
import org.koldoo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention period: a dry run lists a case closed long enough ago and changes nothing; the run
 * erases its identity, photo-free notes, attachments' place and search indexes, and the service
 * notes kept by assistance, while its statistical fields and steps stay; the case page says so, the
 * trail records it, and a second run finds nothing more to do.
 */
class IdentityRetentionIntegrationTests extends IntegrationTest {

  private static final UUID SHELTER = UUID.fromString("00000000-0000-0000-0000-000000000011");

  /** Closed long before anything other tests close, so that only this case is due. */
  private static final LocalDate CLOSED = LocalDate.of(1990, 1, 1);

  @Autowired java.time.Clock clock;
  @Autowired IdentityRetention retention;
  @Autowired RetentionCommand command;
  @Autowired ApiClient api;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired org.koldoo.victims.VictimCases victimCases;

  @Test
  void a_case_closed_longer_than_the_period_loses_its_identity_and_keeps_its_figures()
      throws Exception {
    var worker = api.person("ret-cw", SHELTER, Role.CASE_WORKER);
    String family = "Сакталбас" + System.nanoTime() % 10000;
    var created =
        api.call(
            worker,
            "POST",
            "/api/v1/cases",
            """
            {"familyName":"%s","givenName":"Айжан","sex":"FEMALE","dateOfBirth":"1988-02-03"}"""
                .formatted(family));
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    UUID id = UUID.fromString(ApiClient.read(created, "$.id"));
    jdbc.sql(
            "update victim_case set closed_on = :d, close_reason = 'SERVICES_COMPLETED' where id = :id")
        .param("d", CLOSED)
        .param("id", id)
        .update();
    UUID service = UUID.randomUUID();
    jdbc.sql(
            """
            insert into service_delivery (id, case_id, provider_id, service_type, started_on,
              notes_ciphertext, recorded_by, recorded_at)
            values (:s, :c, :p, 'SHELTER', :d, :n, 'ret-test', now())
            """)
        .param("s", service)
        .param("c", id)
        .param("p", SHELTER)
        .param("d", CLOSED.minusMonths(1))
        .param(
            "n",
            cipher.encrypt(
                "stayed with her aunt " + family, "service_delivery:" + service + ":notes"))
        .update();
    String facts = facts(id);
    // the period that makes 1 January 1990 due, and no day after 1990
    Period period =
        Period.between(LocalDate.of(1990, 6, 1), LocalDate.now()).withMonths(0).withDays(0);

    String listed = run("--dry-run", "--period", period.toString());
    assertThat(listed)
        .contains("\"dryRun\":true", "\"erased\":0", "\"pseudonym\"")
        .doesNotContain(family);
    assertThat(identity(id)).contains(family);
    assertThat(run("--period", period.toString()))
        .as("erasing follows the configured period only")
        .contains("error");
    assertThat(run("--period"))
        .as("an option without its value is refused, not read as absent")
        .contains("--period needs a value");
    assertThat(run("--dry-run", "--period", "P-1Y"))
        .as("a period that would make every closed case due, or none, is refused by what it is")
        .contains("the retention period must be longer than zero: P-1Y");
    assertThat(identity(id)).contains(family);
    assertThat(victimCases.encodeForLinkage(new byte[32], "retention-check"))
        .extracting(org.koldoo.victims.LinkageSubject::caseId)
        .contains(id);

    IdentityRetention.Outcome outcome = retention.run(period, false);
    assertThat(outcome.cases()).extracting(IdentityRetention.Due::id).contains(id);
    assertThat(outcome.erased()).isGreaterThanOrEqualTo(1);

    assertThat(identity(id)).doesNotContain(family).doesNotContain("1988");
    assertThat(
            jdbc.sql(
                    "select count(*) from victim_case where id = :id and name_index is null"
                        + " and birth_date_index is null and identity_erased_at is not null")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from victim_name_part where case_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select notes_ciphertext is null from service_delivery where id = :s")
                .param("s", service)
                .query(Boolean.class)
                .single())
        .as("assistance's notes go with it")
        .isTrue();
    assertThat(facts(id)).as("the figures stay").isEqualTo(facts);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'VICTIM_IDENTITY_ERASED' and object_id = :id")
                .param("id", id.toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            api.call(worker, "GET", "/cases/" + id, null)
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("id=\"identity-erased\"");
    var detail = api.call(worker, "GET", "/api/v1/cases/" + id, null);
    assertThat(ApiClient.read(detail, "$.identityErasedOn"))
        .as("the API says so too")
        .isEqualTo(LocalDate.now(clock).toString());
    var erased =
        api.call(worker, "GET", "/api/v1/cases/" + id + "/identity?purpose=retention+check", null);
    assertThat(ApiClient.read(erased, "$.erasedOn")).isEqualTo(LocalDate.now(clock).toString());
    var printed =
        api.call(worker, "GET", "/cases/" + id + "/documents/summary.pdf", null)
            .getContentAsByteArray();
    assertThat(org.koldoo.support.PdfText.of(printed))
        .as("the printed summary says the identity was erased, not blank lines")
        .contains("Identity erased on")
        .doesNotContain(family);
    assertThat(retention.run(period, false).cases())
        .extracting(IdentityRetention.Due::id)
        .doesNotContain(id);
    assertThat(victimCases.encodeForLinkage(new byte[32], "retention-check"))
        .as("linkage keeps what it found before; an erased identity is not compared again")
        .extracting(org.koldoo.victims.LinkageSubject::caseId)
        .doesNotContain(id);
  }

  @Test
  void a_person_one_of_whose_cases_lost_its_identity_stays_one_person() throws Exception {
    var worker = api.person("ret-key", SHELTER, Role.CASE_WORKER);
    String body =
        """
        {"familyName":"Бирөө%s","givenName":"Нургүл","sex":"FEMALE","dateOfBirth":"1991-07-08"}"""
            .formatted(Long.toString(System.nanoTime(), 36));
    List<UUID> cases = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      var created = api.call(worker, "POST", "/api/v1/cases", body);
      assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
      cases.add(UUID.fromString(ApiClient.read(created, "$.id")));
    }
    assertThat(persons(cases)).isOne();
    // the case that names the person (the smaller id) is closed long ago and loses its identity
    UUID naming = cases.stream().min(java.util.Comparator.comparing(UUID::toString)).orElseThrow();
    jdbc.sql(
            "update victim_case set closed_on = :d, close_reason = 'SERVICES_COMPLETED'"
                + " where id = :id")
        .param("d", CLOSED)
        .param("id", naming)
        .update();
    retention.run(
        Period.between(LocalDate.of(1990, 6, 1), LocalDate.now()).withMonths(0).withDays(0), false);
    assertThat(persons(cases)).isOne();

    var again = api.call(worker, "POST", "/api/v1/cases", body);
    assertThat(again.getStatus()).as(again.getContentAsString()).isEqualTo(201);
    cases.add(UUID.fromString(ApiClient.read(again, "$.id")));
    assertThat(persons(cases))
        .as("registered again: one person with the case still known and the erased one")
        .isOne();
  }

  /** How many persons the exact person keys make of these cases. */
  private long persons(List<UUID> cases) {
    return jdbc.sql(
            "select count(distinct coalesce(person_key, id)) from victim_case where id in (:ids)")
        .param("ids", cases)
        .query(Long.class)
        .single();
  }

  @Test
  void a_case_whose_identity_does_not_open_is_left_out_of_linkage_not_the_whole_run() {
    UUID broken = UUID.randomUUID();
    jdbc.sql(
            """
            insert into victim_case (id, organisation_id, case_number, pseudonym, registered_on,
              identity_ciphertext, created_by, created_at, updated_at)
            values (:id, '00000000-0000-0000-0000-000000000011', :no, :ps, date '2026-11-19',
              '\\x0102', 'test', now(), now())
            """)
        .param("id", broken)
        .param("no", "BR-" + broken)
        .param("ps", "B" + broken.toString().substring(0, 12))
        .update();
    assertThat(victimCases.encodeForLinkage(new byte[32], "unreadable-check"))
        .extracting(org.koldoo.victims.LinkageSubject::caseId)
        .doesNotContain(broken);
  }

  private String run(String... arguments) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    command.run(List.of(arguments), new PrintStream(printed, true, StandardCharsets.UTF_8));
    return printed.toString(StandardCharsets.UTF_8);
  }

  private String identity(UUID id) {
    return cipher.decrypt(
        jdbc.sql("select identity_ciphertext from victim_case where id = :id")
            .param("id", id)
            .query(byte[].class)
            .single(),
        VictimCase.sealContext(id, "identity"));
  }

  private String facts(UUID id) {
    return jdbc.sql("select f::text from facts_victim_case f where f.case_id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }
}
