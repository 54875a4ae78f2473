package org.koldoo.prevention.internal;

import static org.koldoo.prevention.internal.RegistryValues.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.prevention.DemandActionKind;
import org.koldoo.prevention.HarassmentPerpetrator;
import org.koldoo.prevention.HarassmentTarget;
import org.koldoo.prevention.SupportKind;
import org.koldoo.prevention.internal.RegistryForms.DemandActionForm;
import org.koldoo.prevention.internal.RegistryForms.HarassmentForm;
import org.koldoo.prevention.internal.RegistryForms.SupportForm;
import org.koldoo.victims.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Government support to NGO crisis centres, actions to reduce the demand for commercial sex, and
 * harassment of labour unions, NGOs and workers who complain.
 */
@org.springframework.stereotype.Service
class RightsRegistry {

  private final RegistryStore store;
  private final Organisations organisations;
  private final JdbcClient jdbc;

  RightsRegistry(RegistryStore store, Organisations organisations, JdbcClient jdbc) {
    this.store = store;
    this.organisations = organisations;
    this.jdbc = jdbc;
  }

  /**
   * Government support to an NGO crisis centre. The centre must be an NGO, the funder a state body;
   * money needs its amount, support in kind says what it was; one funder's support of one kind to
   * one centre must not be entered twice for the same days.
   */
  @Transactional
  UUID saveSupport(UUID id, SupportForm f) {
    PreventionPolicy.requireRegisterKeeper();
    var centre =
        organisations
            .find(f.centreId())
            .orElseThrow(() -> new InvalidInput("centreId", "case.unknownOrganisation"));
    if (centre.type() != org.koldoo.organisations.OrganisationType.NGO) {
      throw new InvalidInput("centreId", "support.centreNotNgo", centre.code());
    }
    var funder =
        organisations
            .find(f.funderId())
            .orElseThrow(() -> new InvalidInput("funderId", "case.unknownOrganisation"));
    if (!funder.type().isGovernment()) {
      throw new InvalidInput("funderId", "support.funderNotGovernment", funder.code());
    }
    if (f.periodEnd().isBefore(f.periodStart())) {
      throw new InvalidInput("periodEnd", "case.periodReversed");
    }
    if (f.kind() == SupportKind.MONEY && f.amountKgs() == null) {
      throw new InvalidInput("amountKgs", "support.amountRequired");
    }
    if (f.kind() == SupportKind.IN_KIND && (f.description() == null || f.description().isBlank())) {
      throw new InvalidInput("description", "support.inKindDescribed");
    }
    boolean overlaps =
        jdbc.sql(
                """
                select count(*) > 0 from ngo_centre_support
                 where centre_id = :c and funder_id = :f and kind = :k
                   and period_start <= :e and period_end >= :s and id is distinct from :id
                """)
            .param("c", f.centreId())
            .param("f", f.funderId())
            .param("k", f.kind().name())
            .param("s", f.periodStart())
            .param("e", f.periodEnd())
            .param("id", id, java.sql.Types.OTHER)
            .query(Boolean.class)
            .single();
    if (overlaps) {
      throw new InvalidInput("periodStart", "support.overlap");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("centre_id", f.centreId());
    v.put("funder_id", f.funderId());
    v.put("period_start", f.periodStart());
    v.put("period_end", f.periodEnd());
    v.put("kind", f.kind().name());
    v.put("amount_kgs", f.amountKgs());
    v.put("description", blankToNull(f.description()));
    return store.save("ngo_centre_support", id, f.version(), v);
  }

  SupportForm supportForm(UUID id) {
    var r = store.get("ngo_centre_support", id);
    return new SupportForm(
        (UUID) r.get("centre_id"),
        (UUID) r.get("funder_id"),
        date(r, "period_start"),
        date(r, "period_end"),
        SupportKind.valueOf((String) r.get("kind")),
        (java.math.BigDecimal) r.get("amount_kgs"),
        (String) r.get("description"),
        i(r, "version"));
  }

  @Transactional
  UUID saveDemandAction(UUID id, DemandActionForm f) {
    PreventionPolicy.requireRegisterKeeper();
    organisation(organisations, f.organisationId(), "organisationId");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("held_on", f.heldOn());
    v.put("organisation_id", f.organisationId());
    v.put("kind", f.kind().name());
    v.put("title", f.title().strip());
    v.put("reach", z(f.reach()));
    v.put("description", blankToNull(f.description()));
    return store.save("demand_reduction_action", id, f.version(), v);
  }

  DemandActionForm demandActionForm(UUID id) {
    var r = store.get("demand_reduction_action", id);
    return new DemandActionForm(
        date(r, "held_on"),
        (UUID) r.get("organisation_id"),
        DemandActionKind.valueOf((String) r.get("kind")),
        (String) r.get("title"),
        i(r, "reach"),
        (String) r.get("description"),
        i(r, "version"));
  }

  @Transactional
  UUID saveHarassment(UUID id, HarassmentForm f) {
    PreventionPolicy.requireRegisterKeeper();
    if (f.occurredOn() != null && f.occurredOn().isAfter(f.reportedOn())) {
      throw new InvalidInput("occurredOn", "harassment.afterReport");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("reported_on", f.reportedOn());
    v.put("occurred_on", f.occurredOn());
    v.put("target", f.target().name());
    v.put("perpetrator", f.perpetrator().name());
    v.put("region", name(f.region()));
    v.put("sector", name(f.sector()));
    v.put("referred_to_police", f.referredToPolice());
    v.put("description", f.description().strip());
    return store.save("harassment_incident", id, f.version(), v);
  }

  HarassmentForm harassmentForm(UUID id) {
    var r = store.get("harassment_incident", id);
    return new HarassmentForm(
        date(r, "reported_on"),
        date(r, "occurred_on"),
        HarassmentTarget.valueOf((String) r.get("target")),
        HarassmentPerpetrator.valueOf((String) r.get("perpetrator")),
        r.get("region") == null ? null : Region.valueOf((String) r.get("region")),
        r.get("sector") == null ? null : Sector.valueOf((String) r.get("sector")),
        (Boolean) r.get("referred_to_police"),
        (String) r.get("description"),
        i(r, "version"));
  }
}
