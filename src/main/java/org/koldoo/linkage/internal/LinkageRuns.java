package org.koldoo.linkage.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.linkage.FieldComparison;
import org.koldoo.linkage.FieldEncodings;
import org.koldoo.linkage.LinkRules;
import org.koldoo.linkage.Match;
import org.koldoo.linkage.MatchModel;
import org.koldoo.linkage.Matcher;
import org.koldoo.platform.security.Actors;
import org.koldoo.privacy.clk.FieldSchema;
import org.koldoo.privacy.clk.PersonRecipe;
import org.koldoo.victims.LinkageSubject;
import org.koldoo.victims.VictimCases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A linkage run over every victim case: fresh keyed encodings, blocking, comparison field by field,
 * weights estimated on the run's own pairs, decisive pairs linked and probable ones sent to review,
 * then the persons recomputed. Audited, with the model it estimated kept beside the run.
 */
@Service
class LinkageRuns {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final FieldSchema SCHEMA = PersonRecipe.PERSON;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final VictimCases victims;
  private final AuditTrail audit;
  private final Clock clock;
  private final PersonClustering clusters;
  private final LinkRules rules;

  private final io.micrometer.core.instrument.Timer timer;

  LinkageRuns(
      JdbcClient jdbc,
      NamedParameterJdbcTemplate batch,
      VictimCases victims,
      AuditTrail audit,
      Clock clock,
      PersonClustering clusters,
      io.micrometer.core.instrument.MeterRegistry meters,
      @Value("${koldoo.linkage.automatic:0.99}") double automaticAt,
      @Value("${koldoo.linkage.review:0.2}") double reviewAt) {
    this.timer =
        io.micrometer.core.instrument.Timer.builder("koldoo.linkage.run")
            .description("A linkage run: encoding, comparing, linking and clustering")
            .register(meters);
    this.jdbc = jdbc;
    this.batch = batch;
    this.victims = victims;
    this.audit = audit;
    this.clock = clock;
    this.clusters = clusters;
    this.rules = new LinkRules(automaticAt, reviewAt);
  }

  /**
   * What a run did: records compared pairwise (comparisons) and kept as candidates, links made
   * automatically, pairs sent to review (new questions only: pairs already decided are not asked
   * again), and the persons (clusters of more than one case) it created, changed or dissolved.
   */
  record RunSummary(
      UUID id,
      int records,
      long comparisons,
      long candidates,
      int automatic,
      int forReview,
      int clustersCreated,
      int clustersChanged,
      int clustersDissolved) {}

  @Transactional
  RunSummary run() {
    return timer.record(this::runOnce);
  }

  private RunSummary runOnce() {
    UUID runId = UUID.randomUUID();
    byte[] key = new byte[32];
    RANDOM.nextBytes(key); // a fresh secret per run: encodings of one run say nothing in another
    List<LinkageSubject> subjects = victims.encodeForLinkage(key, runId.toString());
    Map<UUID, Integer> index = new HashMap<>();
    FieldEncodings encodings = encode(subjects, index);
    Map<String, Boolean> decided = clusters.latestDecisions();
    List<Matcher.Decided> known = known(decided, index);
    Matcher.Result result = new Matcher(rules).dedupe(encodings, known);
    // from here the run writes what persons are built from: one writer at a time, and a pair a
    // reviewer decided while the run was matching is not asked again
    clusters.lock();
    decided = clusters.latestDecisions();
    Optional<UUID> previous = clusters.latestRun();
    Instant now = Instant.now(clock);
    jdbc.sql(
            """
            insert into linkage_run (id, started_at, finished_at, records, comparisons, candidates,
                                     matches, for_review, started_by, model)
            values (:id, :t, :t, :n, :c, :k, :m, 0, :by, cast(:model as jsonb))
            """)
        .param("id", runId)
        .param("t", Timestamp.from(now))
        .param("n", subjects.size())
        .param("c", result.comparisons())
        .param("k", result.candidates())
        .param("m", result.automatic().size())
        .param("by", Actors.current().username())
        .param("model", modelJson(result.model()))
        .update();
    // an earlier run's open questions are asked again below when still probable
    jdbc.sql("update linkage_candidate set status = 'SUPERSEDED' where status = 'PENDING'")
        .update();
    int pending = storeCandidates(runId, subjects, result, decided);
    previous.ifPresent(
        before ->
            clusters.keepLinksOfUnencoded(
                before, runId, subjects.stream().map(LinkageSubject::caseId).toList()));
    return finish(runId, subjects.size(), result, pending);
  }

  /** Regroups persons, completes the run's record and audit, and says what happened. */
  private RunSummary finish(UUID runId, int records, Matcher.Result result, int pending) {
    PersonClustering.ClusterChange change = clusters.recompute();
    jdbc.sql(
            """
            update linkage_run set for_review = :r, clusters_created = :cc,
                   clusters_changed = :ch, clusters_dissolved = :cd where id = :id
            """)
        .param("r", pending)
        .param("cc", change.created())
        .param("ch", change.changed())
        .param("cd", change.dissolved())
        .param("id", runId)
        .update();
    audit.record(
        AuditRecord.of("LINKAGE_RUN", "linkage-run", runId)
            .withDetails(
                "records=%d comparisons=%d automatic=%d review=%d created=%d changed=%d dissolved=%d"
                    .formatted(
                        records,
                        result.comparisons(),
                        result.automatic().size(),
                        pending,
                        change.created(),
                        change.changed(),
                        change.dissolved())));
    return new RunSummary(
        runId,
        records,
        result.comparisons(),
        result.candidates(),
        result.automatic().size(),
        pending,
        change.created(),
        change.changed(),
        change.dissolved());
  }

  /** The subjects' field encodings, each case's row in {@code index}, sources numbered. */
  private static FieldEncodings encode(List<LinkageSubject> subjects, Map<UUID, Integer> index) {
    FieldEncodings encodings = new FieldEncodings(SCHEMA, subjects.size(), PersonRecipe.PASSES);
    Map<UUID, Integer> sources = new HashMap<>();
    for (int i = 0; i < subjects.size(); i++) {
      LinkageSubject s = subjects.get(i);
      int source = sources.computeIfAbsent(s.organisationId(), k -> sources.size());
      encodings.set(i, s.caseId().toString(), source, s.fields(), s.blockingKeys());
      index.put(s.caseId(), i);
    }
    encodings.setSize(subjects.size());
    return encodings;
  }

  /** Reviewers' decisions on pairs of cases still in the register, as pairs of rows. */
  private static List<Matcher.Decided> known(
      Map<String, Boolean> decided, Map<UUID, Integer> index) {
    List<Matcher.Decided> known = new ArrayList<>();
    decided.forEach(
        (pair, linked) -> {
          String[] ids = pair.split("\\|");
          Integer a = index.get(UUID.fromString(ids[0]));
          Integer b = index.get(UUID.fromString(ids[1]));
          if (a != null && b != null) {
            known.add(new Matcher.Decided(a, b, linked));
          }
        });
    return known;
  }

  /**
   * Stores the automatic links and the pairs for review not decided before; returns how many went
   * to review.
   */
  private int storeCandidates(
      UUID runId,
      List<LinkageSubject> subjects,
      Matcher.Result result,
      Map<String, Boolean> decided) {
    FieldComparison comparison = result.model().comparison();
    List<MapSqlParameterSource> rows = new ArrayList<>();
    for (Match m : result.automatic()) {
      rows.add(candidate(runId, subjects, m, comparison, "AUTO"));
    }
    int pending = 0;
    for (Match m : result.forReview()) {
      String pair =
          PersonClustering.pairKey(
              subjects.get(m.left()).caseId(), subjects.get(m.right()).caseId());
      if (!decided.containsKey(pair)) {
        rows.add(candidate(runId, subjects, m, comparison, "PENDING"));
        pending++;
      }
    }
    batch.batchUpdate(
        """
        insert into linkage_candidate (id, run_id, case_a, case_b, weight, probability,
                                       outcomes, reasons, names_swapped, status)
        values (:id, :run, :a, :b, :w, :p, cast(:o as jsonb), cast(:r as jsonb), :swapped,
                :status)
        """,
        rows.toArray(MapSqlParameterSource[]::new));
    return pending;
  }

  /** m and u per field and outcome, and the share of matches, as the run estimated them. */
  private static String modelJson(MatchModel model) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("matchShare", model.lambda());
    json.put("iterations", model.iterations());
    Map<String, Object> fields = new LinkedHashMap<>();
    model.table().forEach((k, v) -> fields.put(k, Map.of("m", v[0], "u", v[1])));
    json.put("fields", fields);
    return JSON.writeValueAsString(json);
  }

  /** One candidate's row, its cases in PostgreSQL's order. */
  private static MapSqlParameterSource candidate(
      UUID runId,
      List<LinkageSubject> subjects,
      Match m,
      FieldComparison comparison,
      String status) {
    LinkageSubject a = subjects.get(m.left());
    LinkageSubject b = subjects.get(m.right());
    if (!PersonClustering.before(a.caseId(), b.caseId())) {
      LinkageSubject swap = a;
      a = b;
      b = swap;
    }
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (int f = 0; f < comparison.fields(); f++) {
      outcomes.put(comparison.schema().field(f).name(), comparison.outcome(m.pattern(), f).name());
    }
    return new MapSqlParameterSource()
        .addValue("id", UUID.randomUUID())
        .addValue("run", runId)
        .addValue("a", a.caseId())
        .addValue("b", b.caseId())
        .addValue("w", Math.max(-99999, Math.min(99999, Math.round(m.weight() * 1000) / 1000.0)))
        .addValue("p", Math.floor(m.probability() * 1e7) / 1e7)
        .addValue("o", JSON.writeValueAsString(outcomes))
        .addValue("r", JSON.writeValueAsString(m.reasons().stream().map(Enum::name).toList()))
        .addValue("swapped", m.namesSwapped())
        .addValue("status", status);
  }
}
