package org.koldoo.linkage.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.victims.CaseSummary;
import org.koldoo.victims.VictimCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Runs, the review queue and the persons, shown with pseudonyms only. */
@Component
class LinkageReadModel {

  private final JdbcClient jdbc;
  private final VictimCases victims;
  private final Organisations organisations;

  LinkageReadModel(JdbcClient jdbc, VictimCases victims, Organisations organisations) {
    this.jdbc = jdbc;
    this.victims = victims;
    this.organisations = organisations;
  }

  record RunRow(
      UUID id,
      Instant startedAt,
      int records,
      long comparisons,
      int matches,
      int forReview,
      String startedBy) {}

  /** One side of a pair: pseudonym, case number and organisation. */
  record Side(UUID caseId, String pseudonym, String caseNumber, String organisation) {}

  record CandidateRow(
      UUID id, Side a, Side b, double score, List<String> agreements, String status) {}

  record PersonRow(UUID clusterId, List<Side> cases) {}

  List<RunRow> runs() {
    return jdbc.sql(
            "select id, started_at, records, comparisons, matches, for_review, started_by"
                + " from linkage_run order by started_at desc limit 20")
        .query(
            (rs, n) ->
                new RunRow(
                    rs.getObject(1, UUID.class),
                    rs.getTimestamp(2).toInstant(),
                    rs.getInt(3),
                    rs.getLong(4),
                    rs.getInt(5),
                    rs.getInt(6),
                    rs.getString(7)))
        .list();
  }

  List<CandidateRow> candidates(String status) {
    return jdbc.sql(
            "select id, case_a, case_b, score, agreements, status from linkage_candidate"
                + " where status = :s order by score desc, id limit 500")
        .param("s", status)
        .query(
            (rs, n) ->
                new CandidateRow(
                    rs.getObject(1, UUID.class),
                    side(rs.getObject(2, UUID.class)),
                    side(rs.getObject(3, UUID.class)),
                    ((BigDecimal) rs.getObject(4)).doubleValue(),
                    rs.getString(5) == null || rs.getString(5).isEmpty()
                        ? List.of()
                        : Arrays.asList(rs.getString(5).split(",")),
                    rs.getString(6)))
        .list();
  }

  List<PersonRow> persons() {
    Map<UUID, List<Side>> clusters = new LinkedHashMap<>();
    jdbc.sql("select cluster_id, case_id from person_cluster order by cluster_id, case_id")
        .query(
            (rs, n) -> {
              clusters
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(side(rs.getObject(2, UUID.class)));
              return null;
            })
        .list();
    List<PersonRow> rows = new ArrayList<>();
    clusters.forEach((k, v) -> rows.add(new PersonRow(k, v)));
    return rows;
  }

  private Side side(UUID caseId) {
    return victims
        .find(caseId)
        .map(
            (CaseSummary c) ->
                new Side(
                    caseId,
                    c.pseudonym(),
                    c.caseNumber(),
                    organisations
                        .find(c.organisationId())
                        .map(OrganisationSummary::code)
                        .orElse("?")))
        .orElse(new Side(caseId, "—", "—", "—"));
  }
}
