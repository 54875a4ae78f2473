package org.koldoo.prevention.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.prevention.FeeStage;
import org.koldoo.prevention.LicenceStatus;
import org.koldoo.prevention.ReportKind;
import org.koldoo.prevention.internal.AgencyForms.AgencyForm;
import org.koldoo.prevention.internal.AgencyForms.ReportForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licence registry of private employment agencies, and what workers report about them. A fee
 * charged to a worker before departure above the legal cap is flagged.
 */
@Service
class AgencyRegistry {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final BigDecimal feeCap;

  AgencyRegistry(
      JdbcClient jdbc,
      AuditTrail audit,
      Clock clock,
      @Value("${koldoo.prevention.fee-cap-kgs:1000}") BigDecimal feeCap) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.feeCap = feeCap;
  }

  /** How a licence stands today: as recorded, or expired when its dates have passed. */
  enum Standing {
    VALID,
    NOT_YET_VALID,
    EXPIRED,
    SUSPENDED,
    REVOKED
  }

  record Agency(
      UUID id,
      String licenceNumber,
      String holder,
      LocalDate validFrom,
      LocalDate validTo,
      LicenceStatus status,
      List<String> destinationCountries,
      int version,
      Standing standing) {}

  record Report(
      UUID id,
      ReportKind kind,
      LocalDate receivedOn,
      BigDecimal feeKgs,
      FeeStage feeStage,
      String description,
      boolean aboveCap) {}

  BigDecimal feeCap() {
    return feeCap;
  }

  @Transactional
  UUID add(AgencyForm form) {
    check(form, null);
    UUID id = UUID.randomUUID();
    Instant now = Instant.now(clock);
    jdbc.sql(
            """
                insert into employment_agency (id, licence_number, holder, valid_from, valid_to, status,
                destination_countries, created_at, updated_at) values (:id, :n, :h, :from, :to, :s,
                :d, :now, :now)
                """)
        .param("id", id)
        .param("n", form.licenceNumber().strip())
        .param("h", form.holder().strip())
        .param("from", form.validFrom())
        .param("to", form.validTo())
        .param("s", form.status().name())
        .param("d", countries(form.destinationCountries()))
        .param("now", Timestamp.from(now))
        .update();
    audit.record(
        AuditRecord.of("AGENCY_LICENSED", "employment-agency", id)
            .withDetails(form.licenceNumber()));
    return id;
  }

  @Transactional
  void update(UUID id, AgencyForm form) {
    get(id);
    check(form, id);
    int changed =
        jdbc.sql(
                """
                    update employment_agency set licence_number = :n, holder = :h, valid_from = :from,
                    valid_to = :to, status = :s, destination_countries = :d, updated_at = :now,
                    version = version + 1 where id = :id and version = :v
                    """)
            .param("n", form.licenceNumber().strip())
            .param("h", form.holder().strip())
            .param("from", form.validFrom())
            .param("to", form.validTo())
            .param("s", form.status().name())
            .param("d", countries(form.destinationCountries()))
            .param("now", Timestamp.from(Instant.now(clock)))
            .param("id", id)
            .param("v", form.version() == null ? -1 : form.version())
            .update();
    if (changed == 0) {
      throw new AgencyConflict();
    }
    audit.record(
        AuditRecord.of("AGENCY_UPDATED", "employment-agency", id)
            .withDetails("status=" + form.status()));
  }

  @Transactional
  UUID report(UUID agencyId, ReportForm form) {
    get(agencyId);
    if (form.kind() == ReportKind.FEE_REPORT
        && (form.feeKgs() == null || form.feeStage() == null)) {
      throw new InvalidInput(form.feeKgs() == null ? "feeKgs" : "feeStage", "agency.feeRequired");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
                insert into agency_report (id, agency_id, kind, received_on, fee_kgs, fee_stage,
                description, recorded_by, recorded_at) values (:id, :a, :k, :on, :fee, :stage,
                :d, :by, :at)
                """)
        .param("id", id)
        .param("a", agencyId)
        .param("k", form.kind().name())
        .param("on", form.receivedOn())
        .param("fee", form.feeKgs())
        .param("stage", form.feeStage() == null ? null : form.feeStage().name())
        .param("d", form.description())
        .param("by", Actors.current().username())
        .param("at", Timestamp.from(Instant.now(clock)))
        .update();
    audit.record(
        AuditRecord.of("AGENCY_REPORT_RECORDED", "employment-agency", agencyId)
            .withDetails(form.kind().name()));
    return id;
  }

  List<Report> reports(UUID agencyId) {
    return jdbc.sql(
            """
                select id, kind, received_on, fee_kgs, fee_stage, description from agency_report
                where agency_id = :a order by received_on desc, id
                """)
        .param("a", agencyId)
        .query(
            (rs, n) -> {
              BigDecimal fee = rs.getBigDecimal(4);
              FeeStage stage = rs.getString(5) == null ? null : FeeStage.valueOf(rs.getString(5));
              return new Report(
                  rs.getObject(1, UUID.class),
                  ReportKind.valueOf(rs.getString(2)),
                  rs.getObject(3, LocalDate.class),
                  fee,
                  stage,
                  rs.getString(6),
                  aboveCap(fee, stage));
            })
        .list();
  }

  /** The legal cap applies to what a worker pays before leaving. */
  boolean aboveCap(BigDecimal fee, FeeStage stage) {
    return fee != null && stage == FeeStage.PRE_DEPARTURE && fee.compareTo(feeCap) > 0;
  }

  Agency get(UUID id) {
    return jdbc.sql("%s where id = :id".formatted(SELECT))
        .param("id", id)
        .query(this::agency)
        .optional()
        .orElseThrow(() -> new AgencyNotFound(id));
  }

  /** Search by licence number or holder, for staff and for the public page alike. */
  List<Agency> search(String query, int limit) {
    String q = query == null ? "" : query.strip();
    return jdbc.sql(
            """
            %s where :q = '' or licence_number ilike :like or holder ilike :like
            order by holder, licence_number limit :limit
            """
                .formatted(SELECT))
        .param("q", q)
        .param("like", "%" + q.replace("%", "\\%").replace("_", "\\_") + "%")
        .param("limit", limit)
        .query(this::agency)
        .list();
  }

  static final String SELECT =
      """
          select id, licence_number, holder, valid_from, valid_to, status, destination_countries,
          version from employment_agency
          """;

  Agency agency(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    LocalDate from = rs.getObject(4, LocalDate.class);
    LocalDate to = rs.getObject(5, LocalDate.class);
    LicenceStatus status = LicenceStatus.valueOf(rs.getString(6));
    LocalDate today = LocalDate.now(clock);
    Standing standing =
        switch (status) {
          case REVOKED -> Standing.REVOKED;
          case SUSPENDED -> Standing.SUSPENDED;
          case VALID ->
              today.isAfter(to)
                  ? Standing.EXPIRED
                  : today.isBefore(from) ? Standing.NOT_YET_VALID : Standing.VALID;
        };
    String countries = rs.getString(7);
    return new Agency(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        from,
        to,
        status,
        countries == null || countries.isBlank() ? List.of() : Arrays.asList(countries.split(",")),
        rs.getInt(8),
        standing);
  }

  private void check(AgencyForm form, UUID self) {
    if (form.validTo().isBefore(form.validFrom())) {
      throw new InvalidInput("validTo", "case.periodReversed");
    }
    boolean taken =
        jdbc.sql(
                """
                select count(*) > 0 from employment_agency
                 where upper(licence_number) = upper(:n) and id is distinct from :self
                """)
            .param("n", form.licenceNumber().strip())
            .param("self", self, java.sql.Types.OTHER)
            .query(Boolean.class)
            .single();
    if (taken) {
      throw new InvalidInput("licenceNumber", "agency.licenceTaken", form.licenceNumber());
    }
    if (form.destinationCountries() != null) {
      Set<String> iso = Set.of(Locale.getISOCountries());
      for (String c : form.destinationCountries()) {
        if (c == null || !iso.contains(c.toUpperCase(Locale.ROOT))) {
          throw new InvalidInput("destinationCountries", "case.unknownCountry", c);
        }
      }
    }
  }

  private static String countries(Set<String> codes) {
    return codes == null || codes.isEmpty()
        ? null
        : codes.stream()
            .map(c -> c.toUpperCase(Locale.ROOT))
            .sorted()
            .collect(Collectors.joining(","));
  }
}
