package org.koldoo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.synthetic.BulkCopy;
import org.koldoo.platform.synthetic.Scale;
import org.koldoo.platform.synthetic.SyntheticContributor;
import org.koldoo.platform.synthetic.SyntheticWorld;
import org.koldoo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The generator's output, checked inside a transaction that is rolled back, so that the shared test
 * database keeps none of it.
 */
class SyntheticDataIntegrationTests extends IntegrationTest {

  /** Queries whose count says something of the dataset, by name. */
  private static final Map<String, String> CHECKS = new LinkedHashMap<>();

  static {
    CHECKS.put(
        "exactDuplicates",
        "select count(*) from (select name_index, birth_date_index from victim_case"
            + " where created_by = 'synthetic' group by 1, 2"
            + " having count(distinct organisation_id) > 1) d");
    CHECKS.put(
        "spellingVariants",
        "select count(*) from victim_case v where created_by = 'synthetic'"
            + " and exists (select 1 from victim_case w where w.created_by = 'synthetic'"
            + " and w.birth_date_index = v.birth_date_index and w.name_index <> v.name_index"
            + " and w.organisation_id <> v.organisation_id)");
    CHECKS.put(
        "sentenceWithoutConviction",
        "select count(*) from case_event s where s.recorded_by = 'synthetic'"
            + " and s.event_type = 'SENTENCE' and not exists (select 1 from case_event v"
            + " where v.defendant_id = s.defendant_id and v.event_type = 'VERDICT'"
            + " and v.outcome = 'CONVICTED' and v.occurred_on <= s.occurred_on)");
    CHECKS.put(
        "verdictBeforeCourt",
        "select count(*) from case_event v where v.recorded_by = 'synthetic'"
            + " and v.event_type = 'VERDICT' and not exists (select 1 from case_event s"
            + " where s.criminal_case_id = v.criminal_case_id"
            + " and s.event_type = 'SENT_TO_COURT' and s.occurred_on <= v.occurred_on)");
    CHECKS.put(
        "closedAfterCourt",
        "select count(*) from case_event x join case_event s"
            + " on s.criminal_case_id = x.criminal_case_id and s.event_type = 'SENT_TO_COURT'"
            + " where x.recorded_by = 'synthetic' and x.event_type = 'CLOSED'");
    CHECKS.put(
        "downgrades",
        "select count(*) from case_event e join criminal_article a on a.id = e.article_to_id"
            + " where e.recorded_by = 'synthetic' and e.event_type = 'RECLASSIFIED'"
            + " and a.article_class = 'LESSER'");
    CHECKS.put(
        "closures",
        "select count(*) from victim_case where created_by = 'synthetic'"
            + " and closed_on is not null and close_reason is not null");
    CHECKS.put(
        "closedOutsideTheYears",
        "select count(*) from victim_case where created_by = 'synthetic'"
            + " and (closed_on < registered_on or closed_on > date '2015-12-31'"
            + " or (closed_on is null) <> (close_reason is null))");
    CHECKS.put(
        "closedWithoutItsEntry",
        "select count(*) from victim_case v where created_by = 'synthetic'"
            + " and closed_on is not null and not exists (select 1 from"
            + " victim_case_work w where w.case_id = v.id and w.kind = 'CLOSED'"
            + " and w.on_date = v.closed_on and w.detail = v.close_reason"
            + " and w.organisation_id = v.organisation_id)");
    CHECKS.put(
        "servicesBeyondClosure",
        "select count(*) from service_delivery s join victim_case v on v.id = s.case_id"
            + " where v.created_by = 'synthetic' and v.closed_on is not null"
            + " and (s.ended_on is null or s.ended_on > v.closed_on)");
    CHECKS.put(
        "officialsWithoutBody",
        "select count(*) from defendant d join criminal_case c on c.id = d.criminal_case_id"
            + " where c.created_by = 'synthetic' and d.public_official"
            + " and (d.official_body is null or d.official_body = '')");
    CHECKS.put(
        "plaintextNames",
        "select count(*) from victim_case where created_by = 'synthetic'"
            + " and (position(convert_to('ов', 'UTF8') in identity_ciphertext) > 0"
            + " or position(convert_to('уулу', 'UTF8') in identity_ciphertext) > 0)");
  }

  @Autowired DataSource dataSource;
  @Autowired List<SyntheticContributor> contributors;

  record Run(Map<String, Long> rows, List<String> pseudonyms, Map<String, Long> checks) {}

  Run generate(long seed) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        SyntheticWorld world =
            new SyntheticWorld(Scale.NATIONAL, 2015, 2015, seed, new BulkCopy(c));
        contributors.stream()
            .sorted(Comparator.comparingInt(SyntheticContributor::order))
            .forEach(contributor -> contributor.generate(world));
        List<String> pseudonyms = new ArrayList<>();
        try (var s = c.createStatement();
            var rs =
                s.executeQuery(
                    "select pseudonym from victim_case where created_by = 'synthetic' order by pseudonym")) {
          while (rs.next()) {
            pseudonyms.add(rs.getString(1));
          }
        }
        Map<String, Long> checks = new LinkedHashMap<>();
        for (Map.Entry<String, String> check : CHECKS.entrySet()) {
          checks.put(check.getKey(), count(c, check.getValue()));
        }
        return new Run(world.rows(), pseudonyms, checks);
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void a_national_year_has_the_chapters_volumes_and_consistent_cases() throws SQLException {
    Run run = generate(7);
    assertThat(run.rows().get("hotline_call")).isBetween(14_000L, 15_000L);
    assertThat(run.rows().get("victim_case")).isBetween(430L, 490L);
    assertThat(run.rows().get("criminal_case")).isBetween(20L, 30L);
    assertThat(run.rows().get("victim_identification")).isPositive();
    assertThat(run.checks().get("exactDuplicates")).as("same person, two agencies").isPositive();
    assertThat(run.checks().get("spellingVariants")).as("transliterated variants").isPositive();
    assertThat(run.checks().get("downgrades")).isPositive();
    assertThat(run.checks().get("sentenceWithoutConviction")).isZero();
    assertThat(run.checks().get("verdictBeforeCourt")).isZero();
    assertThat(run.checks().get("closedAfterCourt")).isZero();
    assertThat(run.checks().get("plaintextNames")).isZero();
    assertThat(run.checks().get("officialsWithoutBody"))
        .as("an official serves a body, as the form requires")
        .isZero();
    assertThat(run.checks().get("closures")).as("cases closed").isPositive();
    assertThat(run.checks().get("closedOutsideTheYears")).isZero();
    assertThat(run.checks().get("closedWithoutItsEntry")).as("closing on the timeline").isZero();
    assertThat(run.checks().get("servicesBeyondClosure")).isZero();
    assertThat(run.rows().get("victim_case_work")).isEqualTo(run.checks().get("closures"));
  }

  @Test
  void the_same_seed_gives_the_same_dataset() throws SQLException {
    Run first = generate(11);
    Run second = generate(11);
    assertThat(second.rows()).isEqualTo(first.rows());
    assertThat(second.pseudonyms()).isEqualTo(first.pseudonyms());
    assertThat(generate(12).pseudonyms()).isNotEqualTo(first.pseudonyms());
  }
}
