package org.koldoo.assistance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.work.WorkGroup;
import org.koldoo.platform.work.WorkItem;
import org.koldoo.platform.work.WorkSource;
import org.koldoo.victims.CaseSummary;
import org.koldoo.victims.VictimCases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What referrals ask of a person today: those sent to their organisation and waiting for an answer,
 * with their age; those their organisation sent that nobody has answered; and, for the national
 * coordinator and analysts, the organisations that leave referrals unanswered.
 */
@Component
class ReferralWork implements WorkSource {

  private final JdbcClient jdbc;
  private final VictimCases victims;
  private final Organisations organisations;
  private final int answerDays;

  ReferralWork(
      JdbcClient jdbc,
      VictimCases victims,
      Organisations organisations,
      @Value("${koldoo.work.referral-answer-days:3}") int answerDays) {
    this.jdbc = jdbc;
    this.victims = victims;
    this.organisations = organisations;
    this.answerDays = answerDays;
  }

  /** A referral waiting for an answer. */
  private record Waiting(
      UUID id, UUID caseId, UUID from, UUID to, String serviceType, LocalDate sentOn) {}

  private static final String WAITING =
      """
      select id, case_id, from_organisation, to_organisation, service_type, sent_on
        from referral
       where status = 'SENT' and %s = :org and sent_on <= :sentBy
       order by sent_on, id
      """;

  private static final String UNANSWERED_BY_ORGANISATION =
      """
      select to_organisation, count(*) as waiting, min(sent_on) as oldest
        from referral where status = 'SENT' and sent_on < :sentBefore
       group by to_organisation
       order by waiting desc, oldest
      """;

  @Override
  public List<WorkGroup> waitingFor(Actor actor, LocalDate today) {
    List<WorkGroup> groups = new ArrayList<>();
    if (actor.roles().stream().anyMatch(Role::handlesCases)) {
      Map<UUID, String> codes = organisations.codes();
      List<Waiting> incoming = waiting("to_organisation", actor.organisationId(), today);
      if (!incoming.isEmpty()) {
        groups.add(
            new WorkGroup(
                "work.group.referralsIncoming",
                "/referrals",
                incoming.size(),
                items(incoming, "/referrals", codes, today, true),
                "/referrals"));
      }
      List<Waiting> sent =
          waiting("from_organisation", actor.organisationId(), today.minusDays(answerDays));
      if (!sent.isEmpty()) {
        groups.add(
            new WorkGroup(
                "work.group.referralsUnanswered",
                null,
                sent.size(),
                items(sent, null, codes, today, false),
                null));
      }
    }
    if (actor.overseesNationally()) {
      WorkGroup national = unansweredByOrganisation(today);
      if (national.count() > 0) {
        groups.add(national);
      }
    }
    return groups;
  }

  private List<Waiting> waiting(String side, UUID organisation, LocalDate sentBy) {
    return jdbc.sql(WAITING.formatted(side))
        .param("org", organisation)
        .param("sentBy", sentBy)
        .query(
            (rs, n) ->
                new Waiting(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class),
                    rs.getObject(4, UUID.class),
                    rs.getString(5),
                    rs.getObject(6, LocalDate.class)))
        .list();
  }

  /**
   * The first listed referrals as work items, named by the case's pseudonym where the person may
   * see the case; {@code incoming} ones name the sender, the others the receiver.
   */
  private List<WorkItem> items(
      List<Waiting> referrals,
      String href,
      Map<UUID, String> codes,
      LocalDate today,
      boolean incoming) {
    List<Waiting> listed = referrals.subList(0, Math.min(referrals.size(), WorkGroup.LISTED));
    Map<UUID, CaseSummary> cases = victims.find(listed.stream().map(Waiting::caseId).toList());
    return listed.stream()
        .map(
            r -> {
              long days = ChronoUnit.DAYS.between(r.sentOn(), today);
              CaseSummary c = cases.get(r.caseId());
              return new WorkItem(
                  href != null ? href : "/cases/" + r.caseId(),
                  c == null ? "—" : c.pseudonym(),
                  "ServiceType." + r.serviceType(),
                  incoming ? "work.item.referralIncoming" : "work.item.referralUnanswered",
                  List.of(codes.getOrDefault(incoming ? r.from() : r.to(), "?"), r.sentOn(), days),
                  r.sentOn(),
                  days > answerDays);
            })
        .toList();
  }

  private WorkGroup unansweredByOrganisation(LocalDate today) {
    Map<UUID, String> codes = organisations.codes();
    List<WorkItem> items =
        jdbc.sql(UNANSWERED_BY_ORGANISATION)
            .param("sentBefore", today.minusDays(answerDays))
            .query(
                (rs, n) ->
                    new WorkItem(
                        null,
                        codes.getOrDefault(rs.getObject(1, UUID.class), "?"),
                        null,
                        "work.item.unansweredByOrganisation",
                        List.of(rs.getInt(2), rs.getObject(3, LocalDate.class)),
                        rs.getObject(3, LocalDate.class),
                        true))
            .list();
    int total = items.stream().mapToInt(i -> (Integer) i.args().get(0)).sum();
    return new WorkGroup("work.group.unansweredByOrganisation", null, total, items, null);
  }
}
