package org.koldoo.organisations.internal;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends every web session of a person, e.g. when the account is deactivated. */
@Component
class SessionTermination {

  private final SessionRegistry registry;

  SessionTermination(SessionRegistry registry) {
    this.registry = registry;
  }

  void endSessionsOf(String username) {
    if (registry
        instanceof org.springframework.session.security.SpringSessionBackedSessionRegistry) {
      // sessions in the database are found by the person's name, on whichever instance they began
      registry.getAllSessions(username, false).forEach(s -> s.expireNow());
      return;
    }
    for (Object principal : registry.getAllPrincipals()) {
      if (principal instanceof KoldooPrincipal p && p.getUsername().equalsIgnoreCase(username)) {
        registry.getAllSessions(principal, false).forEach(s -> s.expireNow());
      }
    }
  }
}
