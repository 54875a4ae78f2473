package org.koldoo.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.ActorAware;
import org.koldoo.platform.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who acts in a test without a request: a person of an organisation, in one role. */
public final class Acting {

  private Acting() {}

  /** From now on in this thread, a person of {@code organisation} (or of none) in {@code role}. */
  public static void as(UUID organisation, Role role) {
    as("acting-" + role.name().toLowerCase(), organisation, role);
  }

  /** The same, for a person of this username. */
  public static void as(String username, UUID organisation, Role role) {
    record Person(Actor actor) implements ActorAware {}
    var person = new Person(new Actor(username, organisation, Set.of(role)));
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                person, null, List.of(new SimpleGrantedAuthority(role.authority()))));
  }

  /** Nobody acts any more in this thread. */
  public static void nobody() {
    SecurityContextHolder.clearContext();
  }
}
