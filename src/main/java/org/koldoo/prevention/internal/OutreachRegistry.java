package org.koldoo.prevention.internal;

import static org.koldoo.prevention.internal.RegistryValues.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.prevention.CampaignChannel;
import org.koldoo.prevention.internal.RegistryForms.CampaignForm;
import org.koldoo.prevention.internal.RegistryForms.MigrationServicesForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Awareness campaigns and the employment centre's counts per period (periods never overlap). */
@org.springframework.stereotype.Service
class OutreachRegistry {

  private final RegistryStore store;
  private final JdbcClient jdbc;

  OutreachRegistry(RegistryStore store, JdbcClient jdbc) {
    this.store = store;
    this.jdbc = jdbc;
  }

  @Transactional
  UUID saveCampaign(UUID id, CampaignForm f) {
    PreventionPolicy.requireRegisterKeeper();
    if (f.endsOn() != null && f.endsOn().isBefore(f.startsOn())) {
      throw new InvalidInput("endsOn", "case.periodReversed");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", f.name().strip());
    v.put("starts_on", f.startsOn());
    v.put("ends_on", f.endsOn());
    v.put("regions", codes(f.regions()));
    v.put("channels", codes(f.channels()));
    v.put("reach", z(f.reach()));
    return store.save("awareness_campaign", id, f.version(), v);
  }

  CampaignForm campaignForm(UUID id) {
    var r = store.get("awareness_campaign", id);
    return new CampaignForm(
        (String) r.get("name"),
        date(r, "starts_on"),
        date(r, "ends_on"),
        enums(Region.class, (String) r.get("regions")),
        enums(CampaignChannel.class, (String) r.get("channels")),
        i(r, "reach"),
        i(r, "version"));
  }

  @Transactional
  UUID saveMigrationServices(UUID id, MigrationServicesForm f) {
    PreventionPolicy.requireRegisterKeeper();
    if (f.periodEnd().isBefore(f.periodStart())) {
      throw new InvalidInput("periodEnd", "case.periodReversed");
    }
    boolean overlaps =
        jdbc.sql(
                """
                select count(*) > 0 from migration_service_period
                 where period_start <= :e and period_end >= :s and id is distinct from :id
                """)
            .param("s", f.periodStart())
            .param("e", f.periodEnd())
            .param("id", id, java.sql.Types.OTHER)
            .query(Boolean.class)
            .single();
    if (overlaps) {
      throw new InvalidInput("periodStart", "migration.overlap");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("period_start", f.periodStart());
    v.put("period_end", f.periodEnd());
    v.put("pre_departure_orientations", z(f.preDepartureOrientations()));
    v.put("consultations", z(f.consultations()));
    v.put("people_served", z(f.peopleServed()));
    return store.save("migration_service_period", id, f.version(), v);
  }

  MigrationServicesForm migrationServicesForm(UUID id) {
    var r = store.get("migration_service_period", id);
    return new MigrationServicesForm(
        date(r, "period_start"),
        date(r, "period_end"),
        i(r, "pre_departure_orientations"),
        i(r, "consultations"),
        i(r, "people_served"),
        i(r, "version"));
  }
}
