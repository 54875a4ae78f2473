package org.koldoo.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organisations of the referral mechanism, for other modules. */
public interface Organisations {

  Optional<OrganisationSummary> find(UUID id);

  /** Active organisations, by code. */
  List<OrganisationSummary> active();

  /** All organisations, active or not, by code. */
  List<OrganisationSummary> all();
}
