package org.koldoo.prevention.internal;

import org.koldoo.platform.web.ConflictException;

final class AgencyConflict extends ConflictException {
  AgencyConflict() {
    super(null, "error.staleEdit");
  }
}
