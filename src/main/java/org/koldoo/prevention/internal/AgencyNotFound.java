package org.koldoo.prevention.internal;

import java.util.UUID;
import org.koldoo.platform.web.NotFoundException;

final class AgencyNotFound extends NotFoundException {
  AgencyNotFound(UUID id) {
    super("agency.notFound", id);
  }
}
