package org.koldoo.platform.security;

import java.util.UUID;

/**
 * The person (or system) on whose behalf something happens, as recorded in the audit trail.
 *
 * @param username login name, or {@code system} / {@code anonymous}
 * @param organisationId the person's organisation, null for the system or an anonymous caller
 */
public record Actor(String username, UUID organisationId) {

  public static final Actor SYSTEM = new Actor("system", null);
  public static final Actor ANONYMOUS = new Actor("anonymous", null);
}
