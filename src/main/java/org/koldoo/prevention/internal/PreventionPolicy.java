package org.koldoo.prevention.internal;

import java.util.Set;
import java.util.UUID;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may write what in the prevention registries, in one place: the national coordinator keeps the
 * national registers (training, campaigns, migration services, coordination, rights) and may record
 * for any labour inspectorate; an inspectorate records its own inspections and totals; a hotline's
 * operators log, correct and link its own calls and totals; analysts read. The registries, the
 * hotline, their imports and their pages ask here. Which screens a role opens is {@link
 * PreventionScreens}; the agencies' own rules stay with them.
 */
final class PreventionPolicy {

  /** Who keeps the national registers. */
  static final Set<Role> REGISTER_KEEPERS = Set.of(Role.NATIONAL_COORDINATOR);

  /** Who records labour inspections and their period totals. */
  static final Set<Role> INSPECTION_RECORDERS =
      Set.of(Role.LABOUR_INSPECTOR, Role.NATIONAL_COORDINATOR);

  /** Who logs hotline calls and their period totals, always for their own hotline. */
  static final Set<Role> CALL_LOGGERS = Set.of(Role.HOTLINE_OPERATOR);

  private PreventionPolicy() {}

  /** Whether the person logs calls: a hotline operator of an organisation (their hotline). */
  static boolean logsCalls(Actor actor) {
    return actor.organisationId() != null
        && actor.roles().stream().anyMatch(CALL_LOGGERS::contains);
  }

  /** Refuses anyone who logs no calls; the coordinator and analysts read the calls only. */
  static Actor requireCallLogger() {
    Actor actor = Actors.current();
    if (!logsCalls(actor)) {
      throw new AccessDeniedException("calls are logged by a hotline's operators");
    }
    return actor;
  }

  /** Refuses anyone but an operator of the hotline that logged the call. */
  static void requireOwnCall(UUID loggedBy) {
    Actor actor = requireCallLogger();
    if (!actor.organisationId().equals(loggedBy)) {
      throw new AccessDeniedException("a call is corrected by the hotline that logged it");
    }
  }

  /** Whether the person keeps the national registers (the others read them). */
  static boolean keepsRegisters(Actor actor) {
    return actor.roles().stream().anyMatch(REGISTER_KEEPERS::contains);
  }

  /** Refuses anyone who does not keep the national registers. */
  static void requireRegisterKeeper() {
    if (!keepsRegisters(Actors.current())) {
      throw new AccessDeniedException("read-only for this role");
    }
  }

  /** Whether the person records inspections (for some inspectorate). */
  static boolean recordsInspections(Actor actor) {
    return actor.roles().stream().anyMatch(INSPECTION_RECORDERS::contains);
  }

  /** Refuses anyone who records no inspections. */
  static Actor requireInspectionRecorder() {
    Actor actor = Actors.current();
    if (!recordsInspections(actor)) {
      throw new AccessDeniedException("read-only for this role");
    }
    return actor;
  }

  /**
   * Whether the person records for this inspectorate: the national coordinator for any, an
   * inspector for their own only.
   */
  static boolean recordsFor(Actor actor, UUID inspectorate) {
    if (recordsForAnyInspectorate(actor)) {
      return true;
    }
    return actor.hasAny(Role.LABOUR_INSPECTOR)
        && actor.organisationId() != null
        && actor.organisationId().equals(inspectorate);
  }

  /** Refuses a record for an inspectorate the person does not record for. */
  static void requireRecordsFor(Actor actor, UUID inspectorate) {
    if (!recordsFor(actor, inspectorate)) {
      throw new AccessDeniedException("an inspectorate records its own inspections and totals");
    }
  }

  /** Whether the person records for every inspectorate (the national coordinator). */
  static boolean recordsForAnyInspectorate(Actor actor) {
    return actor.hasAny(Role.NATIONAL_COORDINATOR);
  }

  /** Whether the person reads every inspectorate's records, not only their own. */
  static boolean readsEveryInspectorate(Actor actor) {
    return actor.overseesNationally();
  }
}
