package org.koldoo.imports.internal;

import java.util.List;
import org.koldoo.imports.ImportKind;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may bring in what: a person of an organisation, for the kinds whose own rule admits them; the
 * screens and the API only to those who may bring in at least one kind.
 */
@Component("importAccess")
class ImportAccess {

  private final List<ImportKind<?>> kinds;

  ImportAccess(List<ImportKind<?>> kinds) {
    this.kinds = kinds;
  }

  /** For {@code @PreAuthorize}: the person may import some kind. */
  public boolean any(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return false;
    }
    Actor actor = Actors.current();
    return kinds.stream().anyMatch(k -> mayImport(actor, k));
  }

  /** Whether the person may bring in this kind: a person of an organisation, by the kind's rule. */
  static boolean mayImport(Actor actor, ImportKind<?> kind) {
    return actor.organisationId() != null && kind.mayImport(actor);
  }

  /** Refuses a person who may not bring in this kind. */
  static void requireMayImport(Actor actor, ImportKind<?> kind) {
    if (!mayImport(actor, kind)) {
      throw new AccessDeniedException("may not import " + kind.name());
    }
  }

  /** The roles of some kind, for the screen's entry in the navigation. */
  java.util.Set<org.koldoo.platform.security.Role> roles() {
    java.util.Set<org.koldoo.platform.security.Role> roles =
        java.util.EnumSet.noneOf(org.koldoo.platform.security.Role.class);
    for (org.koldoo.platform.security.Role role : org.koldoo.platform.security.Role.values()) {
      Actor probe = new Actor("probe", java.util.UUID.randomUUID(), java.util.Set.of(role));
      if (kinds.stream().anyMatch(k -> mayImport(probe, k))) {
        roles.add(role);
      }
    }
    return roles;
  }
}
