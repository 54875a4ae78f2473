package org.koldoo.victims.internal;

import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The current person as a {@link Viewer}. */
@Component
class Viewers {

  private final Organisations organisations;

  Viewers(Organisations organisations) {
    this.organisations = organisations;
  }

  /**
   * The current viewer, who must hold a case-handling role in an organisation: the people who
   * register cases, import them, check for duplicates and search by identity.
   */
  Viewer requireCaseHandler() {
    if (!Actors.current().handlesCases()) {
      throw new AccessDeniedException("needs a case-handling role of an organisation");
    }
    return current();
  }

  Viewer current() {
    Actor actor = Actors.current();
    OrganisationType type =
        actor.organisationId() == null
            ? OrganisationType.OTHER
            : organisations
                .find(actor.organisationId())
                .map(OrganisationSummary::type)
                .orElse(OrganisationType.OTHER);
    return new Viewer(actor.username(), actor.organisationId(), type, Actors.current().roles());
  }
}
