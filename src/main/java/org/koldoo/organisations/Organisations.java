package org.koldoo.organisations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The organisations of the referral mechanism, for other modules. */
public interface Organisations {

  Optional<OrganisationSummary> find(UUID id);

  /** Active organisations, by code. */
  List<OrganisationSummary> active();

  /** All organisations, active or not, by code. */
  List<OrganisationSummary> all();

  /** Every organisation's code by its id, for lists that name organisations. */
  default Map<UUID, String> codes() {
    Map<UUID, String> codes = new HashMap<>();
    all().forEach(o -> codes.put(o.id(), o.code()));
    return codes;
  }
}
