package org.koldoo.imports.internal;

import java.util.List;
import org.koldoo.imports.ImportKind;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may use the import screens and API at all: a person of an organisation who may bring in at
 * least one kind. Which kind, the import service decides for each.
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
    return actor.organisationId() != null && kinds.stream().anyMatch(k -> k.mayImport(actor));
  }

  /** The roles of some kind, for the screen's entry in the navigation. */
  java.util.Set<org.koldoo.platform.security.Role> roles() {
    java.util.Set<org.koldoo.platform.security.Role> roles =
        java.util.EnumSet.noneOf(org.koldoo.platform.security.Role.class);
    for (org.koldoo.platform.security.Role role : org.koldoo.platform.security.Role.values()) {
      Actor probe = new Actor("probe", java.util.UUID.randomUUID(), java.util.Set.of(role));
      if (kinds.stream().anyMatch(k -> k.mayImport(probe))) {
        roles.add(role);
      }
    }
    return roles;
  }
}
