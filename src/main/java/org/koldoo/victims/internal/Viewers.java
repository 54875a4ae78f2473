package org.koldoo.victims.internal;

import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.springframework.stereotype.Component;

/** The current person as a {@link Viewer}. */
@Component
class Viewers {

  private final Organisations organisations;

  Viewers(Organisations organisations) {
    this.organisations = organisations;
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
