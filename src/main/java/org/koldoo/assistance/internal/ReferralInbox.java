package org.koldoo.assistance.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.koldoo.assistance.ReferralStatus;
import org.koldoo.assistance.ServiceType;
import org.koldoo.assistance.internal.AssistanceViews.ReferralRow;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.PagedQuery;
import org.koldoo.platform.web.Sorting;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's referrals, received or sent, as its people look through them: a page at a time,
 * narrowed and ordered as they choose. The read side of {@link AssistanceService}.
 */
@Component
class ReferralInbox {

  private final JdbcClient jdbc;
  private final AssistanceService service;

  ReferralInbox(JdbcClient jdbc, AssistanceService service) {
    this.jdbc = jdbc;
    this.service = service;
  }

  /** The columns a referral list may be ordered by, as the page names them. */
  static final Map<String, String> ORDER =
      Map.of(
          "sentOn", "r.sent_on",
          "status", "r.status",
          "service", "r.service_type",
          "respondedOn", "r.responded_on");

  /**
   * What a referral list is narrowed to: its status, the organisation on the other side, the
   * service, and whether the referred person is a child; null for any.
   */
  record InboxFilter(
      ReferralStatus status, UUID organisation, ServiceType service, Boolean child) {}

  /**
   * Referrals received by (incoming) or sent from (outgoing) the viewer's organisation, one page,
   * in the order asked ({@link #ORDER}; the newest first unless asked).
   */
  @Transactional(readOnly = true)
  Page<ReferralRow> page(boolean incoming, InboxFilter filter, String sort, Pageable pageable) {
    Actor actor = Actors.current();
    if (actor.organisationId() == null) {
      return new Page<>(List.of(), 0, pageable.getPageSize(), 0);
    }
    String own = incoming ? "to_organisation" : "from_organisation";
    String other = incoming ? "from_organisation" : "to_organisation";
    String where =
        """
        r.%s = :org and (cast(:status as text) is null or r.status = :status)
        and (cast(:other as uuid) is null or r.%s = :other)
        and (cast(:service as text) is null or r.service_type = :service)
        and (cast(:child as boolean) is null or r.child_procedure = :child)
        """
            .formatted(own, other);
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("org", actor.organisationId());
    params.put("status", filter.status() == null ? null : filter.status().name());
    params.put("other", filter.organisation());
    params.put("service", filter.service() == null ? null : filter.service().name());
    params.put("child", filter.child());
    Page<ReferralRow> rows =
        PagedQuery.page(
            jdbc,
            "select count(*) from referral r where %s".formatted(where),
            "%s where %s order by %s, r.id"
                .formatted(
                    AssistanceService.REFERRALS, where, Sorting.orderBy(sort, ORDER, "-sentOn")),
            params,
            pageable,
            service::referral);
    return rows.withItems(service.named(rows.items()));
  }
}
