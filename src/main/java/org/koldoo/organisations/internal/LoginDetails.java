package org.koldoo.organisations.internal;

import java.io.Serial;
import java.io.Serializable;

/**
 * Where a login attempt came from: the client address (for throttling) and the channel ({@code web}
 * form or {@code api} token request), recorded in the audit trail.
 */
record LoginDetails(String remoteAddress, String channel) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
