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
 * for any labour inspectorate; an inspectorate records its own inspections and totals; analysts
 * read. The registries, their imports and their pages ask here. Which screens a role opens is
 * {@link PreventionScreens}; the hotline's and the agencies' own rules stay with them.
 */
final class PreventionPolicy {

  /** Who keeps the national registers. */
  static final Set<Role> REGISTER_KEEPERS = Set.of(Role.NATIONAL_COORDINATOR);

  /** Who records labour inspections and their period totals. */
  static final Set<Role> INSPECTION_RECORDERS =
      Set.of(Role.LABOUR_INSPECTOR, Role.NATIONAL_COORDINATOR);

  private PreventionPolicy() {}

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

  /** Refuses anyone who records no inspections. */
  static Actor requireInspectionRecorder() {
    Actor actor = Actors.current();
    if (actor.roles().stream().noneMatch(INSPECTION_RECORDERS::contains)) {
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

  /** Whether the person records for every inspectorate (the national coordinator). */
  static boolean recordsForAnyInspectorate(Actor actor) {
    return actor.hasAny(Role.NATIONAL_COORDINATOR);
  }

  /** Whether the person reads every inspectorate's records, not only their own. */
  static boolean readsEveryInspectorate(Actor actor) {
    return actor.hasAny(Role.NATIONAL_COORDINATOR, Role.ANALYST);
  }
}
