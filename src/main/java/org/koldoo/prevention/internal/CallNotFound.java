package org.koldoo.prevention.internal;

import java.util.UUID;
import org.koldoo.platform.web.NotFoundException;

final class CallNotFound extends NotFoundException {
  CallNotFound(UUID id) {
    super("hotline.notFound", id);
  }
}
