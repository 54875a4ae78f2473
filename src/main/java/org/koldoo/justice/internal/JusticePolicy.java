package org.koldoo.justice.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.koldoo.justice.EventType;
import org.koldoo.justice.internal.CriminalCaseRecords.CaseRow;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in the justice module, in one place: the justice and national roles read criminal
 * cases; police and prosecutors write; only the bodies handling a case write to it.
 */
@org.springframework.stereotype.Component
class JusticePolicy {

  private final JdbcClient jdbc;

  JusticePolicy(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether {@code organisation} handles the case (registered it or had it handed over). */
  boolean handles(UUID caseId, UUID organisation) {
    return organisation != null
        && jdbc.sql(
                """
                    select count(*) > 0 from criminal_case_body
                    where criminal_case_id = :c and organisation_id = :o
                    """)
            .param("c", caseId)
            .param("o", organisation)
            .query(Boolean.class)
            .single();
  }

  Actor requireHandler(CaseRow c) {
    Actor actor = Actors.current();
    if (!handles(c.id(), actor.organisationId())) {
      throw new AccessDeniedException("only the bodies handling a criminal case write to it");
    }
    return actor;
  }

  static Actor requireRole(Role... allowed) {
    Actor actor = Actors.current();
    if (actor.hasAny(allowed) && actor.organisationId() != null) {
      return actor;
    }
    throw new AccessDeniedException("needs one of " + List.of(allowed));
  }

  /**
   * Justice roles and national roles read criminal cases; victims' identities never appear here.
   */
  static void requireViewer() {
    Set<Role> roles = Actors.current().roles();
    if (roles.stream().noneMatch(JusticeScreens.VIEWERS::contains)) {
      throw new AccessDeniedException("criminal cases are not visible to this role");
    }
  }

  /** The events the acting person's roles may record: an investigator is not offered a verdict. */
  static List<EventType> recordableEvents() {
    Set<Role> roles = Actors.current().roles();
    return Arrays.stream(EventType.values()).filter(t -> t.mayBeRecordedBy(roles)).toList();
  }

  /** Refuses an event the acting person's roles may not record. */
  static void requireMayRecord(EventType type) {
    if (!type.mayBeRecordedBy(Actors.current().roles())) {
      throw new AccessDeniedException("this role may not record " + type);
    }
  }

  /** Police and prosecutors record operations and what happens in criminal cases. */
  static boolean mayRecord() {
    return Actors.current().hasAny(Role.INVESTIGATOR, Role.PROSECUTOR);
  }
}
