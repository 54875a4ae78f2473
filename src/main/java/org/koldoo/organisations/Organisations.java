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

  /** The active people of an organisation, by name. */
  List<Member> members(UUID organisationId);

  /** An active person of an organisation, by username (any case of letters). */
  default Optional<Member> member(UUID organisationId, String username) {
    return username == null
        ? Optional.empty()
        : members(organisationId).stream()
            .filter(m -> m.username().equalsIgnoreCase(username.strip()))
            .findFirst();
  }

  /** An organisation as printed and listed: its code and its name in the reader's language. */
  default Optional<String> label(UUID id, java.util.Locale locale) {
    return id == null ? Optional.empty() : find(id).map(o -> o.code() + " — " + o.name(locale));
  }

  /** Every organisation's code by its id, for lists that name organisations. */
  default Map<UUID, String> codes() {
    Map<UUID, String> codes = new HashMap<>();
    all().forEach(o -> codes.put(o.id(), o.code()));
    return codes;
  }
}
