package org.koldoo.linkage.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.koldoo.linkage.Clusters;
import org.koldoo.linkage.PersonClusters;
import org.koldoo.platform.security.Actors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persons behind the cases: clusters of cases joined by automatic and confirmed links, kept
 * current from every decision, and what other modules ask of them.
 */
@Service
class PersonClustering implements PersonClusters {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final Clock clock;

  PersonClustering(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.clock = clock;
  }

  /**
   * Holds, until the transaction ends, the right to rebuild the persons. Two decisions, or a
   * decision and a run, at the same moment each rebuilt them from what it saw: the second wrote the
   * persons without the first one's link, or failed on the rows the first had written. The second
   * now waits here, then reads what the first committed.
   */
  void lock() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('linkage:persons'))")
        .query(Object.class)
        .single();
  }

  /** The run whose automatic links the persons are built from: the latest. */
  Optional<UUID> latestRun() {
    return jdbc.sql("select id from linkage_run order by started_at desc, id limit 1")
        .query(UUID.class)
        .optional();
  }

  /**
   * Makes the {@code previous} run's automatic links of a case {@code run} could not encode (its
   * identity erased under the retention period) links of {@code run} too: what was found while the
   * identity was there is all that can ever be known of it, and a person counted once is not
   * counted twice after the erasure. A reviewer may still separate them.
   */
  void keepLinksOfUnencoded(UUID previous, UUID run, Collection<UUID> encoded) {
    int kept =
        jdbc.sql(
                """
                with encoded as (select unnest(cast(:encoded as uuid[])) as id)
                insert into linkage_candidate (id, run_id, case_a, case_b, score, weight,
                  probability, outcomes, reasons, names_swapped, status)
                select gen_random_uuid(), :run, c.case_a, c.case_b, c.score, c.weight,
                  c.probability, c.outcomes, c.reasons, c.names_swapped, 'AUTO'
                from linkage_candidate c
                where c.run_id = :previous and c.status = 'AUTO'
                  and (c.case_a not in (select id from encoded)
                       or c.case_b not in (select id from encoded))
                """)
            .param("run", run)
            .param("previous", previous)
            .param("encoded", encoded.toArray(UUID[]::new))
            .update();
    jdbc.sql("update linkage_run set matches = matches + :kept where id = :id")
        .param("kept", kept)
        .param("id", run)
        .update();
  }

  /** How the persons changed when they were recomputed. */
  record ClusterChange(int created, int changed, int dissolved) {}

  /**
   * Persons from: the latest run's automatic links and every pair a person linked, less every pair
   * a person's latest decision separated. Pending candidates join nobody.
   */
  ClusterChange recompute() {
    lock();
    List<UUID[]> edges = edges();
    Map<UUID, Integer> index = new HashMap<>();
    List<UUID> ids = new ArrayList<>();
    for (UUID[] e : edges) {
      for (UUID id : e) {
        index.computeIfAbsent(
            id,
            k -> {
              ids.add(k);
              return ids.size() - 1;
            });
      }
    }
    Clusters clusters = new Clusters(ids.size());
    edges.forEach(e -> clusters.union(index.get(e[0]), index.get(e[1])));
    Map<Integer, UUID> clusterId = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      clusterId.merge(clusters.find(i), ids.get(i), (x, y) -> before(x, y) ? x : y);
    }
    Map<UUID, UUID> before = new HashMap<>();
    jdbc.sql("select case_id, cluster_id from person_cluster")
        .query((rs, n) -> before.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .list();
    Map<UUID, UUID> after = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      after.put(ids.get(i), clusterId.get(clusters.find(i)));
    }
    jdbc.sql("delete from person_cluster").update();
    batch.batchUpdate(
        "insert into person_cluster (case_id, cluster_id) values (:c, :k)",
        after.entrySet().stream()
            .map(
                e ->
                    new MapSqlParameterSource()
                        .addValue("c", e.getKey())
                        .addValue("k", e.getValue()))
            .toArray(MapSqlParameterSource[]::new));
    return change(before, after);
  }

  /**
   * The links persons are built from: the latest run's automatic links a reviewer did not reject,
   * and every pair a reviewer confirmed.
   */
  private List<UUID[]> edges() {
    Map<String, Boolean> decided = latestDecisions();
    List<UUID[]> edges = new ArrayList<>();
    jdbc
        .sql(
            """
            select case_a, case_b from linkage_candidate where status = 'AUTO' and run_id =
              (select id from linkage_run order by started_at desc, id limit 1)
            """)
        .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
        .list()
        .stream()
        .filter(p -> !Boolean.FALSE.equals(decided.get(pairKey(p[0], p[1]))))
        .forEach(edges::add);
    decided.forEach(
        (pair, linked) -> {
          if (linked) {
            String[] ids = pair.split("\\|");
            edges.add(new UUID[] {UUID.fromString(ids[0]), UUID.fromString(ids[1])});
          }
        });
    return edges;
  }

  /**
   * Compares two clusterings by their member sets: a person is created when none of its cases was
   * in a person before, changed when its cases differ from every person before, dissolved when none
   * of its cases is in a person any more.
   */
  static ClusterChange change(Map<UUID, UUID> before, Map<UUID, UUID> after) {
    Set<Set<UUID>> old = members(before);
    Set<Set<UUID>> now = members(after);
    int created = 0;
    int changed = 0;
    for (Set<UUID> person : now) {
      if (old.contains(person)) {
        continue;
      }
      if (person.stream().anyMatch(before::containsKey)) {
        changed++;
      } else {
        created++;
      }
    }
    int dissolved = 0;
    for (Set<UUID> person : old) {
      if (person.stream().noneMatch(after::containsKey)) {
        dissolved++;
      }
    }
    return new ClusterChange(created, changed, dissolved);
  }

  private static Set<Set<UUID>> members(Map<UUID, UUID> clustering) {
    Map<UUID, Set<UUID>> byCluster = new HashMap<>();
    clustering.forEach((c, k) -> byCluster.computeIfAbsent(k, x -> new HashSet<>()).add(c));
    return new HashSet<>(byCluster.values());
  }

  Map<String, Boolean> latestDecisions() {
    Map<String, Boolean> decided = new HashMap<>();
    jdbc.sql("select case_a, case_b, linked from linkage_decision order by decided_at, id")
        .query(
            (rs, n) ->
                decided.put(
                    pairKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                    rs.getBoolean(3)))
        .list();
    return decided;
  }

  static String pairKey(UUID a, UUID b) {
    return before(a, b) ? a + "|" + b : b + "|" + a;
  }

  /** PostgreSQL's order of uuids (by their bytes), not Java's (by signed halves). */
  static boolean before(UUID a, UUID b) {
    return a.toString().compareTo(b.toString()) < 0;
  }

  @Override
  @Transactional(readOnly = true)
  public long distinctPersons(Collection<UUID> caseIds) {
    if (caseIds.isEmpty()) {
      return 0;
    }
    Map<UUID, UUID> cluster = new HashMap<>();
    jdbc.sql("select case_id, cluster_id from person_cluster where case_id in (:ids)")
        .param("ids", caseIds)
        .query((rs, n) -> cluster.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .list();
    Set<UUID> persons = new HashSet<>();
    caseIds.forEach(id -> persons.add(cluster.getOrDefault(id, id)));
    return persons.size();
  }

  void record(UUID a, UUID b, boolean linked, String reason) {
    UUID first = before(a, b) ? a : b;
    UUID second = before(a, b) ? b : a;
    jdbc.sql(
            """
            insert into linkage_decision (id, case_a, case_b, linked, decided_by, decided_at, reason)
            values (:id, :a, :b, :l, :by, :t, :r)
            """)
        .param("id", UUID.randomUUID())
        .param("a", first)
        .param("b", second)
        .param("l", linked)
        .param("by", Actors.current().username())
        .param("t", Timestamp.from(Instant.now(clock)))
        .param("r", reason)
        .update();
  }
}
