package org.koldoo.justice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.justice.ArticleClass;
import org.koldoo.justice.EventType;
import org.koldoo.justice.Stage;
import org.koldoo.platform.web.InvalidInput;

class CaseTimelineTests {

  static final UUID ART_170 = UUID.randomUUID();
  static final UUID ART_167 = UUID.randomUUID();
  static final UUID FRAUD = UUID.randomUUID();
  static final Map<UUID, CaseTimeline.ArticleRef> ARTICLES =
      Map.of(
          ART_170, new CaseTimeline.ArticleRef(ART_170, "170", ArticleClass.TRAFFICKING, 60),
          ART_167, new CaseTimeline.ArticleRef(ART_167, "167", ArticleClass.TRAFFICKING, 96),
          FRAUD, new CaseTimeline.ArticleRef(FRAUD, "FRAUD", ArticleClass.LESSER, null));
  static final LocalDate REGISTERED = LocalDate.of(2026, 2, 1);
  static final UUID DEFENDANT = UUID.randomUUID();

  private final List<CaseTimeline.Event> events = new ArrayList<>();
  private long clock;

  private CaseTimeline.Event add(EventType type, String on) {
    return add(type, on, null, null, null, null, null);
  }

  private CaseTimeline.Event add(
      EventType type,
      String on,
      UUID articleTo,
      String outcome,
      Integer months,
      BigDecimal amount,
      String note) {
    CaseTimeline.Event e =
        new CaseTimeline.Event(
            UUID.randomUUID(),
            type,
            LocalDate.parse(on),
            Instant.ofEpochSecond(clock++),
            type == EventType.VERDICT || type == EventType.SENTENCE ? DEFENDANT : null,
            null,
            articleTo,
            type == EventType.CLOSED ? "VICTIM_WITHDREW" : null,
            outcome,
            months,
            null,
            null,
            amount,
            null,
            note);
    events.add(e);
    return e;
  }

  private CaseTimeline.State replay() {
    return CaseTimeline.replay(REGISTERED, ART_170, Set.of(DEFENDANT), events, ARTICLES);
  }

  @Test
  void a_full_lifecycle_ends_in_a_verdict_with_sentence_and_compensation() {
    add(EventType.SENT_TO_COURT, "2026-03-01");
    add(EventType.HEARING, "2026-04-01");
    add(EventType.VERDICT, "2026-05-01", null, "CONVICTED", null, null, null);
    add(EventType.SENTENCE, "2026-05-01", null, null, 48, null, null);
    add(
        EventType.COMPENSATION_ORDERED,
        "2026-05-01",
        null,
        null,
        null,
        new BigDecimal("50000"),
        null);
    add(EventType.COMPENSATION_PAID, "2026-06-01", null, null, null, new BigDecimal("20000"), null);
    var state = replay();
    assertThat(state.stage()).isEqualTo(Stage.VERDICT);
    assertThat(state.convictedAny()).isTrue();
    assertThat(state.compensationPaid()).isEqualByComparingTo("20000");
    assertThat(state.downgraded()).isFalse();
  }

  @Test
  void moving_from_a_trafficking_article_to_a_lesser_one_is_a_downgrade() {
    add(EventType.RECLASSIFIED, "2026-02-10", FRAUD, null, null, null, null);
    var state = replay();
    assertThat(state.downgraded()).isTrue();
    assertThat(state.currentArticle()).isEqualTo(FRAUD);
  }

  @Test
  void moving_between_trafficking_articles_is_not_a_downgrade() {
    add(EventType.RECLASSIFIED, "2026-02-10", ART_167, null, null, null, null);
    assertThat(replay().downgraded()).isFalse();
  }

  @Test
  void events_entered_out_of_order_are_replayed_in_date_order() {
    add(EventType.VERDICT, "2026-05-01", null, "ACQUITTED", null, null, null);
    add(EventType.SENT_TO_COURT, "2026-03-01"); // entered later, happened earlier
    assertThat(replay().stage()).isEqualTo(Stage.VERDICT);
  }

  @Test
  void no_verdict_before_the_case_reaches_court() {
    add(EventType.SENT_TO_COURT, "2026-06-01");
    add(EventType.VERDICT, "2026-05-01", null, "CONVICTED", null, null, null);
    assertThatThrownBy(this::replay)
        .isInstanceOf(InvalidInput.class)
        .hasMessage("justice.notInCourt");
  }

  @Test
  void nothing_happens_before_the_registration() {
    add(EventType.INVESTIGATION_SUSPENDED, "2026-01-15");
    assertThatThrownBy(this::replay).hasMessage("justice.beforeRegistration");
  }

  @Test
  void a_sentence_above_the_maximum_needs_a_recorded_reason() {
    add(EventType.SENT_TO_COURT, "2026-03-01");
    add(EventType.VERDICT, "2026-05-01", null, "CONVICTED", null, null, null);
    CaseTimeline.Event sentence = add(EventType.SENTENCE, "2026-05-02", null, null, 72, null, null);
    assertThatThrownBy(this::replay).hasMessage("justice.aboveMaximum");
    events.remove(sentence);
    add(EventType.SENTENCE, "2026-05-02", null, null, 72, null, "aggravating: organised group");
    assertThat(replay().sentenced()).contains(DEFENDANT);
  }

  @Test
  void no_sentence_without_a_conviction_and_no_reclassification_after_closure() {
    add(EventType.SENT_TO_COURT, "2026-03-01");
    add(EventType.VERDICT, "2026-05-01", null, "DISMISSED_INSUFFICIENT_EVIDENCE", null, null, null);
    add(EventType.SENTENCE, "2026-05-02", null, null, 12, null, null);
    assertThatThrownBy(this::replay).hasMessage("justice.sentenceWithoutConviction");
    events.clear();
    add(EventType.CLOSED, "2026-03-01");
    add(EventType.RECLASSIFIED, "2026-04-01", FRAUD, null, null, null, null);
    assertThatThrownBy(this::replay).hasMessage("justice.reclassificationTooLate");
  }

  @Test
  void suspension_and_resumption_alternate() {
    add(EventType.INVESTIGATION_SUSPENDED, "2026-03-01");
    assertThat(replay().stage()).isEqualTo(Stage.SUSPENDED);
    add(EventType.INVESTIGATION_RESUMED, "2026-04-01");
    assertThat(replay().stage()).isEqualTo(Stage.INVESTIGATION);
    add(EventType.INVESTIGATION_RESUMED, "2026-04-02");
    assertThatThrownBy(this::replay).hasMessage("justice.notSuspended");
  }

  @Test
  void a_closed_investigation_may_be_reopened_and_closed_again() {
    add(EventType.REOPENED, "2026-02-01");
    assertThatThrownBy(this::replay).hasMessage("justice.notClosed");
    events.clear();
    add(EventType.CLOSED, "2026-03-01");
    assertThat(replay().stage()).isEqualTo(Stage.CLOSED);
    add(EventType.REOPENED, "2026-04-01");
    assertThat(replay().stage()).isEqualTo(Stage.INVESTIGATION);
    add(EventType.CLOSED, "2026-05-01");
    assertThat(replay().stage()).isEqualTo(Stage.CLOSED);
  }
}
