package org.koldoo.justice.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.justice.AppealOutcome;
import org.koldoo.justice.ArticleClass;
import org.koldoo.justice.EventType;
import org.koldoo.justice.Stage;
import org.koldoo.justice.VerdictOutcome;
import org.koldoo.platform.web.InvalidInput;

/**
 * A case's state is never stored: it is replayed from its events in date order, and every event
 * must make sense where it falls — nothing before the registration, no verdict before the case
 * reached court, no sentence without a conviction, no sentence above the article's maximum without
 * a reason. Events may be entered late and out of order; the replay puts them in place.
 */
final class CaseTimeline {

  private CaseTimeline() {}

  /** An article as the replay needs it. */
  record ArticleRef(UUID id, String code, ArticleClass articleClass, Integer maxMonths) {}

  /** One recorded event. */
  record Event(
      UUID id,
      EventType type,
      LocalDate on,
      Instant recordedAt,
      UUID defendantId,
      UUID articleFrom,
      UUID articleTo,
      String reason,
      String outcome,
      Integer months,
      Boolean suspended,
      BigDecimal fine,
      BigDecimal amount,
      String country,
      String note) {}

  /** Where the case stands after its events. */
  record State(
      Stage stage,
      UUID currentArticle,
      boolean downgraded,
      Map<UUID, VerdictOutcome> verdicts,
      Set<UUID> sentenced,
      BigDecimal compensationOrdered,
      BigDecimal compensationPaid,
      List<Event> ordered) {

    boolean convictedAny() {
      return verdicts.containsValue(VerdictOutcome.CONVICTED);
    }
  }

  static List<Event> inOrder(List<Event> events) {
    List<Event> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(Event::on).thenComparing(Event::recordedAt));
    return ordered;
  }

  static State replay(
      LocalDate registeredOn,
      UUID initialArticle,
      Set<UUID> defendants,
      List<Event> events,
      Map<UUID, ArticleRef> articles) {
    Replay replay = new Replay(initialArticle, defendants, articles);
    List<Event> sorted = inOrder(events);
    for (Event e : sorted) {
      if (e.on().isBefore(registeredOn)) {
        throw reject(e, "justice.beforeRegistration");
      }
      replay.apply(e);
    }
    return replay.state(sorted);
  }

  /** Where a case stands while its events are applied one by one, each checked first. */
  private static final class Replay {
    private final Set<UUID> defendants;
    private final Map<UUID, ArticleRef> articles;
    private Stage stage = Stage.INVESTIGATION;
    private UUID article;
    private boolean downgraded;
    private final Map<UUID, VerdictOutcome> verdicts = new HashMap<>();
    private final Set<UUID> sentenced = new HashSet<>();
    private BigDecimal ordered = BigDecimal.ZERO;
    private BigDecimal paid = BigDecimal.ZERO;

    Replay(UUID initialArticle, Set<UUID> defendants, Map<UUID, ArticleRef> articles) {
      this.article = initialArticle;
      this.defendants = defendants;
      this.articles = articles;
    }

    State state(List<Event> sorted) {
      return new State(stage, article, downgraded, verdicts, sentenced, ordered, paid, sorted);
    }

    void apply(Event e) {
      switch (e.type()) {
        case INVESTIGATION_SUSPENDED -> {
          require(e, stage == Stage.INVESTIGATION, "justice.notUnderInvestigation");
          stage = Stage.SUSPENDED;
        }
        case INVESTIGATION_RESUMED -> {
          require(e, stage == Stage.SUSPENDED, "justice.notSuspended");
          stage = Stage.INVESTIGATION;
        }
        case RECLASSIFIED -> reclassify(e);
        case CLOSED -> close(e);
        case REOPENED -> {
          require(e, stage == Stage.CLOSED, "justice.notClosed");
          stage = Stage.INVESTIGATION;
        }
        case SENT_TO_COURT -> {
          require(e, stage == Stage.INVESTIGATION, "justice.notUnderInvestigation");
          if (defendants.isEmpty()) {
            throw new InvalidInput("type", "justice.noDefendant");
          }
          stage = Stage.IN_COURT;
        }
        case HEARING ->
            require(e, stage == Stage.IN_COURT || stage == Stage.APPEAL, "justice.notInCourt");
        case VERDICT -> verdict(e);
        case SENTENCE -> sentence(e);
        case APPEAL -> {
          require(
              e, stage == Stage.VERDICT || stage == Stage.APPEAL, "justice.appealWithoutVerdict");
          AppealOutcome outcome =
              e.outcome() == null ? AppealOutcome.PENDING : AppealOutcome.valueOf(e.outcome());
          stage = outcome == AppealOutcome.PENDING ? Stage.APPEAL : Stage.VERDICT;
        }
        case COMPENSATION_ORDERED -> {
          require(
              e,
              stage == Stage.VERDICT || stage == Stage.APPEAL,
              "justice.compensationWithoutVerdict");
          ordered = ordered.add(positive(e));
        }
        case COMPENSATION_PAID -> {
          paid = paid.add(positive(e));
          require(e, paid.compareTo(ordered) <= 0, "justice.paidMoreThanOrdered");
        }
        case WITNESS_PROTECTION,
            VIDEO_TESTIMONY,
            JOINT_INVESTIGATIVE_GROUP,
            INTERNATIONAL_REQUEST,
            NON_PUNISHMENT -> {
          // recorded at any stage
        }
      }
    }

    /** A new article, before the verdict; from trafficking to a lesser one is a downgrade. */
    private void reclassify(Event e) {
      require(
          e,
          stage == Stage.INVESTIGATION || stage == Stage.SUSPENDED || stage == Stage.IN_COURT,
          "justice.reclassificationTooLate");
      if (e.articleTo() == null || !articles.containsKey(e.articleTo())) {
        throw new InvalidInput("articleTo", "justice.unknownArticle");
      }
      require(e, !e.articleTo().equals(article), "justice.sameArticle");
      ArticleRef from = articles.get(article);
      ArticleRef to = articles.get(e.articleTo());
      if (from != null
          && from.articleClass() == ArticleClass.TRAFFICKING
          && to.articleClass() != ArticleClass.TRAFFICKING) {
        downgraded = true;
      }
      article = e.articleTo();
    }

    private void close(Event e) {
      require(
          e,
          stage == Stage.INVESTIGATION || stage == Stage.SUSPENDED,
          "justice.notUnderInvestigation");
      if (e.reason() == null) {
        throw new InvalidInput("reason", "justice.closeReasonRequired");
      }
      stage = Stage.CLOSED;
    }

    /** One verdict per defendant; the case has its verdict once every defendant has one. */
    private void verdict(Event e) {
      require(e, stage == Stage.IN_COURT || stage == Stage.VERDICT, "justice.notInCourt");
      requireDefendant(e, defendants);
      require(e, !verdicts.containsKey(e.defendantId()), "justice.verdictTwice");
      if (e.outcome() == null) {
        throw new InvalidInput("outcome", "justice.outcomeRequired");
      }
      verdicts.put(e.defendantId(), VerdictOutcome.valueOf(e.outcome()));
      if (verdicts.keySet().containsAll(defendants)) {
        stage = Stage.VERDICT;
      }
    }

    /** Once per convicted defendant; above the article's maximum only with a note saying why. */
    private void sentence(Event e) {
      requireDefendant(e, defendants);
      require(
          e,
          verdicts.get(e.defendantId()) == VerdictOutcome.CONVICTED,
          "justice.sentenceWithoutConviction");
      require(e, !sentenced.contains(e.defendantId()), "justice.sentencedTwice");
      if (e.months() != null && e.months() < 0) {
        throw new InvalidInput("months", "justice.negative");
      }
      ArticleRef current = articles.get(article);
      if (e.months() != null
          && current != null
          && current.maxMonths() != null
          && e.months() > current.maxMonths()
          && (e.note() == null || e.note().isBlank())) {
        throw new InvalidInput(
            "months", "justice.aboveMaximum", current.code(), current.maxMonths());
      }
      sentenced.add(e.defendantId());
    }
  }

  private static BigDecimal positive(Event e) {
    if (e.amount() == null || e.amount().signum() <= 0) {
      throw new InvalidInput("amount", "justice.amountRequired");
    }
    return e.amount();
  }

  private static void requireDefendant(Event e, Set<UUID> defendants) {
    if (e.defendantId() == null || !defendants.contains(e.defendantId())) {
      throw new InvalidInput("defendantId", "justice.defendantRequired");
    }
  }

  private static void require(Event e, boolean condition, String key) {
    if (!condition) {
      throw reject(e, key);
    }
  }

  private static InvalidInput reject(Event e, String key) {
    return new InvalidInput("occurredOn", key, e.type().name(), e.on());
  }
}
