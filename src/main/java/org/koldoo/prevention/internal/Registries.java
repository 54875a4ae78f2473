package org.koldoo.prevention.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The smaller registries, each with its rules between its form and its table, handed to their
 * controllers as one.
 */
@Component
record Registries(
    InspectionRegistry inspections,
    TrainingRegistry training,
    OutreachRegistry outreach,
    CoordinationRegistry coordination,
    RightsRegistry rights,
    RegistryStore store) {

  List<Map<String, Object>> list(String table, String orderBy) {
    return store.list(table, orderBy);
  }

  org.koldoo.platform.web.Page<Map<String, Object>> page(
      String table, String orderBy, org.springframework.data.domain.Pageable pageable) {
    return store.page(table, orderBy, pageable);
  }
}
