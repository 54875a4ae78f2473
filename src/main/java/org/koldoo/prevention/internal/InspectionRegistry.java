package org.koldoo.prevention.internal;

import static org.koldoo.prevention.internal.RegistryValues.*;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.prevention.SiteType;
import org.koldoo.prevention.internal.RegistryForms.InspectionForm;
import org.koldoo.victims.Indicator;
import org.koldoo.victims.Sector;
import org.springframework.transaction.annotation.Transactional;

/** Labour inspections, each kept by its own inspectorate. */
@org.springframework.stereotype.Service
class InspectionRegistry {

  private final RegistryStore store;
  private final Organisations organisations;

  InspectionRegistry(RegistryStore store, Organisations organisations) {
    this.store = store;
    this.organisations = organisations;
  }

  @Transactional
  UUID saveInspection(UUID id, InspectionForm f) {
    var actor = PreventionPolicy.requireInspectionRecorder();
    organisation(organisations, f.inspectingBody(), "inspectingBody");
    requireOwnInspection(actor, id, f.inspectingBody());
    String workers = workers(f.workersByNationality());
    if (!f.referredToPolice() && f.criminalCaseNumber() != null) {
      throw new InvalidInput("criminalCaseNumber", "inspection.caseWithoutReferral");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("inspected_on", f.inspectedOn());
    v.put("inspecting_body", f.inspectingBody());
    v.put("unannounced", f.unannounced());
    v.put("establishment", f.establishment().strip());
    v.put("sector", name(f.sector()));
    v.put("region", name(f.region()));
    v.put("site_type", f.siteType().name());
    v.put("workers_by_nationality", workers);
    v.put("indicators", codes(f.indicators()));
    v.put("referred_to_police", f.referredToPolice());
    v.put("criminal_case_number", f.criminalCaseNumber());
    v.put("note", f.note());
    return store.save("labour_inspection", id, f.version(), v);
  }

  /**
   * An inspector records and corrects only the inspections of their own inspectorate; the national
   * coordinator may record for any body.
   */
  private void requireOwnInspection(
      org.koldoo.platform.security.Actor actor, UUID id, UUID inspectingBody) {
    if (PreventionPolicy.recordsForAnyInspectorate(actor)) {
      return;
    }
    PreventionPolicy.requireRecordsFor(actor, inspectingBody);
    if (id != null) {
      PreventionPolicy.requireRecordsFor(
          actor, (UUID) store.get("labour_inspection", id).get("inspecting_body"));
    }
  }

  InspectionForm inspectionForm(UUID id) {
    var r = store.get("labour_inspection", id);
    return new InspectionForm(
        date(r, "inspected_on"),
        (UUID) r.get("inspecting_body"),
        (Boolean) r.get("unannounced"),
        (String) r.get("establishment"),
        r.get("sector") == null ? null : Sector.valueOf((String) r.get("sector")),
        r.get("region") == null ? null : Region.valueOf((String) r.get("region")),
        SiteType.valueOf((String) r.get("site_type")),
        (String) r.get("workers_by_nationality"),
        enums(Indicator.class, (String) r.get("indicators")),
        (Boolean) r.get("referred_to_police"),
        (String) r.get("criminal_case_number"),
        (String) r.get("note"),
        (Integer) r.get("version"));
  }

  /** Workers met, normalised to {@code CN:40,KG:12}; every country must exist. */
  static String workers(String text) {
    return CountList.normalise(
        text,
        "workersByNationality",
        Set.of(Locale.getISOCountries()),
        "case.unknownCountry",
        "inspection.workersFormat");
  }
}
