package org.koldoo.linkage.internal;

import java.time.LocalDate;
import java.util.List;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.work.WorkGroup;
import org.koldoo.platform.work.WorkItem;
import org.koldoo.platform.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Possible duplicates waiting for a person's decision, for the national coordinator and analysts:
 * until someone decides, the figures count each such pair as two people.
 */
@Component
class LinkageWork implements WorkSource {

  private static final String PENDING =
      """
      select count(*) as waiting,
             (min(r.started_at) at time zone :zone)::date as since
        from linkage_candidate c join linkage_run r on r.id = c.run_id
       where c.status = 'PENDING'
      """;

  private final JdbcClient jdbc;
  private final String zone;

  LinkageWork(JdbcClient jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.zone = clock.getZone().getId();
  }

  @Override
  public List<WorkGroup> waitingFor(Actor actor, LocalDate today) {
    if (!actor.overseesNationally()) {
      return List.of();
    }
    return jdbc
        .sql(PENDING)
        .param("zone", zone)
        .query(
            (rs, n) -> {
              int waiting = rs.getInt("waiting");
              LocalDate since = rs.getObject("since", LocalDate.class);
              return waiting == 0
                  ? null
                  : new WorkGroup(
                      "work.group.linkagePending",
                      "/linkage",
                      waiting,
                      List.of(
                          new WorkItem(
                              "/linkage",
                              Integer.toString(waiting),
                              null,
                              "work.item.linkagePending",
                              List.of(waiting, since),
                              since,
                              false)),
                      "/linkage");
            })
        .list()
        .stream()
        .filter(java.util.Objects::nonNull)
        .toList();
  }
}
