package org.koldoo.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes hand-built records straight into the registers, so that every figure of a test can be
 * worked out by hand. Identity columns hold random bytes: statistics never reads them.
 */
final class Records {

  static final UUID MOL = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final UUID MVD = UUID.fromString("00000000-0000-0000-0000-000000000002");
  static final UUID CC_BISHKEK = UUID.fromString("00000000-0000-0000-0000-000000000011");
  static final UUID IOM = UUID.fromString("00000000-0000-0000-0000-000000000013");
  static final UUID ART_166 = UUID.fromString("10000000-0000-0000-0000-000000000166");
  static final UUID ART_170 = UUID.fromString("10000000-0000-0000-0000-000000000170");
  static final UUID FRAUD = UUID.fromString("20000000-0000-0000-0000-000000000004");

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final JdbcClient jdbc;

  Records(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String index() {
    byte[] b = new byte[32];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** A victim case; {@code name}/{@code born} are blind-index values (equal = same person). */
  UUID victim(
      UUID org,
      LocalDate registered,
      String sex,
      Integer age,
      boolean child,
      String citizenship,
      String name,
      String born) {
    UUID id = UUID.randomUUID();
    int n = SEQUENCE.incrementAndGet();
    jdbc.sql(
            "insert into victim_case (id, organisation_id, case_number, pseudonym, registered_on, sex,"
                + " estimated_age, child, citizenships, identity_ciphertext, name_index,"
                + " birth_date_index, created_by, created_at, updated_at)"
                + " values (:id, :org, :no, :ps, :reg, :sex, :age, :child,"
                + " string_to_array(cast(:cit as text), ','), :idc, :name, :born,"
                + " 'test', now(), now())")
        .param("id", id)
        .param("org", org)
        .param("no", "ST-" + System.nanoTime() + "-" + n)
        .param("ps", "STP" + Long.toString(System.nanoTime() % 100000000L, 36) + n)
        .param("reg", registered)
        .param("sex", sex)
        .param("age", age)
        .param("child", child)
        .param("cit", citizenship)
        .param("idc", new byte[] {1, 2, 3})
        .param("name", name)
        .param("born", born)
        .update();
    // the person key as the victims module keeps it (see PersonKeyIntegrationTests)
    jdbc.sql(
            "update victim_case c set person_key = g.key from (select case when count(*) > 1"
                + " then min(id::text)::uuid end as key from victim_case where name_index = :n"
                + " and birth_date_index = :d) g where c.name_index = :n and c.birth_date_index = :d")
        .param("n", name)
        .param("d", born)
        .update();
    return id;
  }

  void identify(UUID caseId, LocalDate on, String status, UUID by, String types, String countries) {
    jdbc.sql(
            "insert into victim_identification (id, case_id, decided_on, status,"
                + " deciding_organisation_id, exploitation_types, countries_of_exploitation,"
                + " recorded_by) values (:id, :c, :on, :s, :by, string_to_array(cast(:t as text), ','),"
                + " string_to_array(cast(:co as text), ','), 'test')")
        .param("id", UUID.randomUUID())
        .param("c", caseId)
        .param("on", on)
        .param("s", status)
        .param("by", by)
        .param("t", types)
        .param("co", countries)
        .update();
  }

  void bestInterests(UUID caseId, LocalDate on) {
    jdbc.sql("update victim_case set best_interests_on = :on where id = :c")
        .param("on", on)
        .param("c", caseId)
        .update();
  }

  void refer(UUID caseId, UUID from, UUID to, String service, LocalDate on) {
    jdbc.sql(
            "insert into referral (id, case_id, from_organisation, to_organisation, service_type,"
                + " sent_on, status, sent_by) values (:id, :c, :f, :t, :s, :on, 'ACCEPTED', 'test')")
        .param("id", UUID.randomUUID())
        .param("c", caseId)
        .param("f", from)
        .param("t", to)
        .param("s", service)
        .param("on", on)
        .update();
  }

  void serve(UUID caseId, UUID provider, String service, LocalDate on) {
    jdbc.sql(
            "insert into service_delivery (id, case_id, provider_id, service_type, started_on,"
                + " recorded_by, recorded_at) values (:id, :c, :p, :s, :on, 'test', now())")
        .param("id", UUID.randomUUID())
        .param("c", caseId)
        .param("p", provider)
        .param("s", service)
        .param("on", on)
        .update();
  }

  void screen(
      UUID caseId, UUID org, LocalDate on, String location, String group, boolean presumed) {
    jdbc.sql(
            "insert into victim_screening (id, case_id, screened_on, location, vulnerable_group,"
                + " indicators, proposes_presumed, organisation_id, recorded_by)"
                + " values (:id, :c, :on, :l, :g, '{}', :p, :o, 'test')")
        .param("id", UUID.randomUUID())
        .param("c", caseId)
        .param("on", on)
        .param("l", location)
        .param("g", group)
        .param("p", presumed)
        .param("o", org)
        .update();
  }

  void returned(UUID caseId, String kind, LocalDate on, String country) {
    jdbc.sql(
            "insert into victim_return (id, case_id, kind, event_on, country, organisation_id,"
                + " recorded_by) values (:id, :c, :k, :on, :co, :o, 'test')")
        .param("id", UUID.randomUUID())
        .param("c", caseId)
        .param("k", kind)
        .param("on", on)
        .param("co", country)
        .param("o", MOL)
        .update();
  }

  UUID criminalCase(LocalDate registered, UUID article, String type, String origin) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into criminal_case (id, registration_number, organisation_id, registered_on,"
                + " origin, exploitation_types, initial_article_id, created_by, created_at)"
                + " values (:id, :no, :org, :reg, :origin, string_to_array(cast(:type as text), ','),"
                + " :art, 'test', now())")
        .param("id", id)
        .param("no", "STAT-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet())
        .param("org", MVD)
        .param("reg", registered)
        .param("origin", origin)
        .param("type", type)
        .param("art", article)
        .update();
    return id;
  }

  /** A defendant with a year of birth (or null) and a citizenship (or null). */
  UUID defendant(UUID criminalCase, String sex, Integer bornIn, String citizenship) {
    UUID id = defendant(criminalCase, sex, false);
    jdbc.sql("update defendant set birth_year = :y, citizenship = :c where id = :id")
        .param("y", bornIn)
        .param("c", citizenship)
        .param("id", id)
        .update();
    return id;
  }

  UUID defendant(UUID criminalCase, String sex, boolean official) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into defendant (id, criminal_case_id, identity_ciphertext, sex, public_official,"
                + " created_at) values (:id, :c, :idc, :sex, :off, now())")
        .param("id", id)
        .param("c", criminalCase)
        .param("idc", new byte[] {4, 5, 6})
        .param("sex", sex)
        .param("off", official)
        .update();
    return id;
  }

  void event(
      UUID criminalCase,
      String type,
      LocalDate on,
      UUID defendant,
      UUID articleTo,
      String outcome,
      Integer months) {
    jdbc.sql(
            "insert into case_event (id, criminal_case_id, event_type, occurred_on, defendant_id,"
                + " article_from_id, article_to_id, outcome, reason, months, suspended, recorded_by,"
                + " recorded_at, organisation_id) values (:id, :c, :t, :on, :d,"
                + " (select initial_article_id from criminal_case where id = :c), :to, :out, :reason,"
                + " :m, false, 'test', now(), :org)")
        .param("id", UUID.randomUUID())
        .param("c", criminalCase)
        .param("t", type)
        .param("on", on)
        .param("d", defendant)
        .param("to", articleTo)
        .param("out", "CLOSED".equals(type) ? null : outcome)
        .param("reason", "CLOSED".equals(type) ? outcome : null)
        .param("m", months)
        .param("org", MVD)
        .update();
  }

  /** A compensation order or payment: the timeline requires its amount. */
  void compensation(UUID criminalCase, String type, LocalDate on, long amountKgs) {
    event(criminalCase, type, on, null, null, null, null);
    jdbc.sql(
            "update case_event set amount_kgs = :a where criminal_case_id = :c and event_type = :t")
        .param("a", java.math.BigDecimal.valueOf(amountKgs))
        .param("c", criminalCase)
        .param("t", type)
        .update();
  }

  void call(OffsetDateTime at, boolean trafficking) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into hotline_call (id, organisation_id, received_at, received_on, channel,
              caller_type, language, topics, trafficking_related, outcome, operator, created_at)
            values (:id, :o, :at, :on, 'PHONE', 'MIGRANT_OR_FAMILY', 'ky', 'SAFE_MIGRATION', :t,
              'INFORMATION_GIVEN', 'test', now())""")
        .param("id", id)
        .param("o", IOM)
        .param("at", at)
        // the day in Bishkek, as the hotline service stores it
        .param("on", at.atZoneSameInstant(java.time.ZoneId.of("Asia/Bishkek")).toLocalDate())
        .param("t", trafficking)
        .update();
    // the day's count, as the hotline service keeps it (see HotlineDaysIntegrationTests)
    jdbc.sql(
            """
            insert into hotline_call_day (organisation_id, day, channel, outcome,
              trafficking_related, calls)
            select organisation_id, received_on, channel, outcome, trafficking_related, 1
            from hotline_call where id = :id
            on conflict (organisation_id, day, channel, outcome, trafficking_related)
            do update set calls = hotline_call_day.calls + 1""")
        .param("id", id)
        .update();
  }
}
