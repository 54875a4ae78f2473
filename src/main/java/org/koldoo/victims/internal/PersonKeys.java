package org.koldoo.victims.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code victim_case.person_key} current: for every group of cases whose name and birth-date
 * blind indexes both match, the smallest case id (as text); null for a case alone in its group.
 * Deterministic, so recomputing a group after any change leaves it right.
 */
@Component
class PersonKeys {

  private final JdbcClient jdbc;

  PersonKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Recomputes the group of {@code nameIndex}/{@code birthDateIndex}; nothing if either is null.
   */
  void refresh(String nameIndex, String birthDateIndex) {
    if (nameIndex == null || birthDateIndex == null) {
      return;
    }
    // two registrations of the same person at once: the second waits for the first to commit,
    // then sees it, so neither is left counted as a person of its own
    jdbc.sql("select pg_advisory_xact_lock(hashtext(:n || :d))")
        .param("n", nameIndex)
        .param("d", birthDateIndex)
        .query((rs, i) -> 0)
        .list();
    // a case of the group whose identity was erased has no indexes left, but is still the person
    // it was: it stays in the group by the key it holds, so that neither it nor the group's other
    // cases become a person of their own (a figure of past years would move)
    jdbc.sql(
            """
            with live as (
              select id, person_key from victim_case where name_index = :n and birth_date_index = :d
            ), members as (
              select id from live
              union
              select e.id from victim_case e
              where e.identity_erased_at is not null
                and e.person_key in (select person_key from live where person_key is not null)
            ), g as (
              select case when count(*) > 1 then min(id::text)::uuid end as key from members
            )
            update victim_case c set person_key = g.key
            from g
            where c.id in (select id from members)
            """)
        .param("n", nameIndex)
        .param("d", birthDateIndex)
        .update();
  }

  /** A case whose indexes changed leaves its old group and joins its new one. */
  void moved(String oldName, String oldDate, String newName, String newDate) {
    if (oldName != null
        && oldDate != null
        && !(oldName.equals(newName) && oldDate.equals(newDate))) {
      refresh(oldName, oldDate);
    }
    refresh(newName, newDate);
  }

  /** The person keys of every group at once, after a bulk load. */
  static final String REFRESH_ALL =
      """
          update victim_case c set person_key = g.key
          from (select name_index, birth_date_index, min(id::text)::uuid as key from victim_case
          where name_index is not null and birth_date_index is not null
          group by name_index, birth_date_index having count(*) > 1) g
          where g.name_index = c.name_index and g.birth_date_index = c.birth_date_index
          """;
}
