package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.Sorting;
import org.koldoo.victims.IdentificationStatus;
import org.koldoo.victims.Sex;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case register as a viewer may see it: the same rules as {@link AccessPolicy}, expressed in
 * SQL so that paging and counting happen in the database. Rows carry no identity.
 */
@Component
class CaseReadModel {

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final java.time.Clock clock;

  CaseReadModel(JdbcClient jdbc, Organisations organisations, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** Filters of the case register; all optional. */
  record Filter(
      String caseNumber,
      IdentificationStatus status,
      Boolean child,
      Boolean open,
      UUID organisation,
      LocalDate registeredFrom,
      LocalDate registeredTo,
      Set<UUID> ids,
      String sort) {

    static Filter none() {
      return new Filter(null, null, null, null, null, null, null, null, null);
    }

    /** The same filters, within these cases (those an identity search found). */
    Filter within(Set<UUID> found) {
      return new Filter(
          caseNumber, status, child, open, organisation, registeredFrom, registeredTo, found, sort);
    }
  }

  /** The columns the register may be ordered by, as the page and the API name them. */
  static final Map<String, String> ORDER =
      Map.of(
          "number", "c.case_number",
          "pseudonym", "c.pseudonym",
          "registeredOn", "c.registered_on",
          "sex", "c.sex",
          "child", "c.child",
          "status", "s.status",
          "closedOn", "c.closed_on");

  record CaseRow(
      UUID id,
      String caseNumber,
      String pseudonym,
      UUID organisationId,
      String organisationCode,
      LocalDate registeredOn,
      Sex sex,
      Integer birthYear,
      boolean child,
      IdentificationStatus status,
      LocalDate closedOn) {}

  /** The cases an organisation :viewerOrg sees: its own, referred to it, or opened by consent. */
  private static final String VISIBLE =
      """
      (c.organisation_id = :viewerOrg
       or exists (select 1 from victim_access_grant g where g.case_id = c.id
                  and g.organisation_id = :viewerOrg and g.revoked_at is null)
       or exists (select 1 from victim_consent k where k.case_id = c.id
                  and k.purpose = :opening and k.organisation_id = :viewerOrg
                  and k.withdrawn_on is null
                  and (k.valid_until is null or k.valid_until >= :today)))
      """;

  /** Cases with their latest status, under a condition (%s). */
  private static final String FROM =
      """
      from victim_case c
      left join lateral (select status from victim_identification i
                          where i.case_id = c.id order by decided_on desc, id desc limit 1) s on true
      where %s
      """;

  private static final String PAGE =
      """
      select c.id, c.case_number, c.pseudonym, c.organisation_id, null as code,
             c.registered_on, c.sex, c.birth_year, c.child, s.status, c.closed_on
      %s
      order by %s, c.case_number desc limit :limit offset :offset
      """;

  Page<CaseRow> search(Viewer viewer, Filter filter, Pageable pageable) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (!viewer.national()) {
      if (viewer.organisationId() == null || !viewer.handlesCases()) {
        return new Page<>(List.of(), pageable.getPageNumber(), pageable.getPageSize(), 0);
      }
      params.put("viewerOrg", viewer.organisationId());
      params.put("today", java.time.LocalDate.now(clock));
      // the police, prosecution and courts are opened a case only by a consent naming them
      params.put(
          "opening",
          viewer.lawEnforcement() ? "LAW_ENFORCEMENT_CONTACT" : "SHARING_WITH_ORGANISATION");
      where.add(VISIBLE);
    }
    if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
      where.add("(c.case_number ilike :number or c.pseudonym ilike :number)");
      params.put("number", "%" + filter.caseNumber().strip() + "%");
    }
    if (filter.status() != null) {
      where.add("s.status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.child() != null) {
      where.add("c.child = :child");
      params.put("child", filter.child());
    }
    if (filter.open() != null) {
      where.add("(c.closed_on is null) = :open");
      params.put("open", filter.open());
    }
    if (filter.organisation() != null) {
      where.add("c.organisation_id = :org");
      params.put("org", filter.organisation());
    }
    if (filter.registeredFrom() != null) {
      where.add("c.registered_on >= :from");
      params.put("from", filter.registeredFrom());
    }
    if (filter.registeredTo() != null) {
      where.add("c.registered_on <= :to");
      params.put("to", filter.registeredTo());
    }
    if (filter.ids() != null) {
      if (filter.ids().isEmpty()) {
        return new Page<>(List.of(), pageable.getPageNumber(), pageable.getPageSize(), 0);
      }
      where.add("c.id in (:ids)");
      params.put("ids", filter.ids());
    }
    String from = FROM.formatted(where.isEmpty() ? "true" : String.join(" and ", where));
    long total =
        jdbc.sql("select count(*) %s".formatted(from)).params(params).query(Long.class).single();
    List<CaseRow> rows =
        jdbc.sql(PAGE.formatted(from, Sorting.orderBy(filter.sort(), ORDER, "-registeredOn")))
            .params(params)
            .param("limit", pageable.getPageSize())
            .param("offset", pageable.getOffset())
            .query(CaseReadModel::row)
            .list();
    return new Page<>(named(rows), pageable.getPageNumber(), pageable.getPageSize(), total);
  }

  private static CaseRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new CaseRow(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, UUID.class),
        rs.getString(5),
        rs.getObject(6, LocalDate.class),
        rs.getString(7) == null ? null : Sex.valueOf(rs.getString(7)),
        (Integer) rs.getObject(8),
        rs.getBoolean(9),
        rs.getString(10) == null ? null : IdentificationStatus.valueOf(rs.getString(10)),
        rs.getObject(11, LocalDate.class));
  }

  /** The rows with their organisation's code, from the organisations module (not its table). */
  private List<CaseRow> named(List<CaseRow> rows) {
    Map<UUID, String> codes = organisations.codes();
    return rows.stream()
        .map(
            r ->
                new CaseRow(
                    r.id(),
                    r.caseNumber(),
                    r.pseudonym(),
                    r.organisationId(),
                    codes.getOrDefault(r.organisationId(), "?"),
                    r.registeredOn(),
                    r.sex(),
                    r.birthYear(),
                    r.child(),
                    r.status(),
                    r.closedOn()))
        .toList();
  }
}
