package org.koldoo.prevention.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.prevention.CallOutcome;
import org.koldoo.prevention.CallTopic;
import org.koldoo.victims.VictimCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logs hotline calls and links a call to the NRM case it started. */
@Service
class HotlineService {

  // calls are entered and searched in the country's time (the clock's zone), stored as instants

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final VictimCases victims;
  private final AuditTrail audit;
  private final Clock clock;

  private final HotlineDays days;

  HotlineService(
      JdbcClient jdbc,
      Organisations organisations,
      VictimCases victims,
      AuditTrail audit,
      Clock clock,
      HotlineDays days) {
    this.days = days;
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.victims = victims;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  UUID log(HotlineForm form) {
    Actor actor = PreventionPolicy.requireCallLogger();
    Instant received = validated(form);
    UUID id = UUID.randomUUID();
    jdbc.sql(INSERT).params(row(id, form, actor, received)).update();
    days.count(id, 1);
    audit.record(AuditRecord.of("HOTLINE_CALL_LOGGED", "hotline-call", id));
    return id;
  }

  static final String INSERT =
      """
      insert into hotline_call (id, organisation_id, received_at, received_on, channel,
        caller_type, language, region, country, topics, trafficking_related, outcome,
        referred_to, note, operator, created_at, follow_up_on, followed_up)
      values (:id, :org, :at, :on, :channel, :caller, :lang, :region, :country, :topics, :t,
        :outcome, :ref, :note, :by, :now, :followUpOn, :followedUp)
      """;

  /** A new call's values, named as {@link #INSERT} names them. */
  Map<String, Object> row(UUID id, HotlineForm form, Actor actor, Instant received) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", id);
    row.put("org", actor.organisationId());
    row.put("at", Timestamp.from(received));
    row.put("on", form.receivedAt().toLocalDate());
    row.put("channel", form.channel().name());
    row.put("caller", form.callerType().name());
    row.put("lang", form.language());
    row.put("region", form.region() == null ? null : form.region().name());
    row.put("country", form.country() == null ? null : form.country().toUpperCase(Locale.ROOT));
    row.put(
        "topics", form.topics().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    // a call about trafficking is trafficking-related, whatever was ticked
    row.put("t", form.traffickingRelated() || form.topics().contains(CallTopic.TRAFFICKING));
    row.put("outcome", form.outcome().name());
    row.put("ref", form.outcome() == CallOutcome.REFERRED_TO_BODY ? form.referredTo() : null);
    row.put("note", form.note());
    row.put("followUpOn", form.followUpOn());
    row.put("followedUp", form.followUpOn() != null && Boolean.TRUE.equals(form.followedUp()));
    row.put("by", actor.username());
    row.put("now", Timestamp.from(Instant.now(clock)));
    return row;
  }

  /**
   * The checks a call passes whether logged, corrected or imported; returns when it was received.
   */
  Instant validated(HotlineForm form) {
    Instant received = form.receivedAt().atZone(clock.getZone()).toInstant();
    if (received.isAfter(Instant.now(clock).plusSeconds(300))) {
      throw new InvalidInput("receivedAt", "hotline.inFuture");
    }
    if (form.followUpOn() != null && form.followUpOn().isBefore(form.receivedAt().toLocalDate())) {
      throw new InvalidInput("followUpOn", "hotline.followUpBeforeCall");
    }
    if (form.outcome() == CallOutcome.REFERRED_TO_BODY) {
      if (form.referredTo() == null) {
        throw new InvalidInput("referredTo", "hotline.referredToRequired");
      }
      organisations
          .find(form.referredTo())
          .orElseThrow(() -> new InvalidInput("referredTo", "case.unknownOrganisation"));
    }
    if (form.country() != null
        && !Set.of(Locale.getISOCountries()).contains(form.country().toUpperCase(Locale.ROOT))) {
      throw new InvalidInput("country", "case.unknownCountry", form.country());
    }
    return received;
  }

  /** Counts newly written calls into their days, all at once. */
  void countDays(java.util.List<UUID> ids) {
    days.countAll(ids);
  }

  /**
   * Corrects a logged call from the version its form was read at (a call changed meanwhile, or a
   * form without its version, is refused as changed); the link to an NRM case, once made, is kept.
   */
  @Transactional
  void correct(UUID id, HotlineForm form) {
    update(id, form, form.version() == null ? -1 : form.version());
  }

  /** The same for a sheet brought in again: the sheet's row is the call, whatever its version. */
  @Transactional
  void overwrite(UUID id, HotlineForm form) {
    update(id, form, null);
  }

  private void update(UUID id, HotlineForm form, Integer expected) {
    Call existing = get(id);
    requireOwnHotline(id);
    Instant received = validated(form);
    days.count(id, -1);
    int updated =
        jdbc.sql(
                """
            update hotline_call set received_at = :at, received_on = :on, channel = :channel,
              caller_type = :caller,
              language = :lang, region = :region, country = :country, topics = :topics,
              trafficking_related = :t, outcome = :outcome, referred_to = :ref, note = :note,
              follow_up_on = :followUpOn, followed_up = :followedUp, version = version + 1
            where id = :id and (cast(:expected as integer) is null or version = :expected)
            """)
            .param("at", Timestamp.from(received))
            .param("on", form.receivedAt().toLocalDate())
            .param("channel", form.channel().name())
            .param("caller", form.callerType().name())
            .param("lang", form.language())
            .param("region", form.region() == null ? null : form.region().name())
            .param(
                "country", form.country() == null ? null : form.country().toUpperCase(Locale.ROOT))
            .param(
                "topics",
                form.topics().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
            .param("t", form.traffickingRelated() || form.topics().contains(CallTopic.TRAFFICKING))
            .param(
                "outcome",
                existing.victimCaseId() != null
                    ? CallOutcome.SCREENING_STARTED.name()
                    : form.outcome().name())
            .param("ref", form.outcome() == CallOutcome.REFERRED_TO_BODY ? form.referredTo() : null)
            .param("note", form.note())
            .param("followUpOn", form.followUpOn())
            .param(
                "followedUp", form.followUpOn() != null && Boolean.TRUE.equals(form.followedUp()))
            .param("id", id)
            .param("expected", expected, java.sql.Types.INTEGER)
            .update();
    if (updated == 0) {
      throw new RegistryStore.StaleEntry(); // rolled back with the day's count taken off
    }
    days.count(id, 1);
    audit.record(AuditRecord.of("HOTLINE_CALL_CORRECTED", "hotline-call", id));
  }

  HotlineForm form(UUID id) {
    requireOwnHotline(id);
    Call c = get(id);
    return new HotlineForm(
        LocalDateTime.ofInstant(c.receivedAt(), clock.getZone()),
        c.channel(),
        c.callerType(),
        c.language(),
        c.region() == null ? null : Region.valueOf(c.region()),
        c.country(),
        c.topics(),
        c.traffickingRelated(),
        c.outcome(),
        c.referredTo(),
        c.note(),
        c.followUpOn(),
        c.followedUp(),
        c.version());
  }

  /** The call started a screening: keep the NRM case it led to. */
  @Transactional
  void linkCase(UUID callId, String pseudonym) {
    Call call = get(callId);
    requireOwnHotline(callId);
    // the body that screened the caller hands over the pseudonym; the link counts the call as the
    // source of a case for statistics but opens nothing, and the case's id is shown only to those
    // who may see the case
    UUID caseId =
        victims
            .caseIdOfPseudonym(pseudonym)
            .orElseThrow(() -> new InvalidInput("pseudonym", "justice.unknownPseudonym"));
    days.count(call.id(), -1);
    jdbc.sql(
            "update hotline_call set victim_case_id = :c, outcome = 'SCREENING_STARTED' where id = :id")
        .param("c", caseId)
        .param("id", call.id())
        .update();
    days.count(call.id(), 1);
    audit.record(
        AuditRecord.of("HOTLINE_CALL_LINKED", "hotline-call", callId).withDetails(pseudonym));
  }

  /** Those of the calls that the acting person's own hotline logged (none for anyone else). */
  Set<UUID> ownOf(Collection<UUID> calls) {
    UUID own = Actors.current().organisationId();
    if (own == null || calls.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        jdbc.sql("select id from hotline_call where organisation_id = :own and id in (:ids)")
            .param("own", own)
            .param("ids", calls)
            .query(UUID.class)
            .list());
  }

  /** Calls are corrected and linked only by the hotline that logged them. */
  private void requireOwnHotline(UUID id) {
    UUID owner =
        jdbc.sql("select organisation_id from hotline_call where id = :id")
            .param("id", id)
            .query(UUID.class)
            .optional()
            .orElseThrow(() -> new CallNotFound(id));
    PreventionPolicy.requireOwnCall(owner);
  }

  /** A call as shown to the current person: the linked case's id only if they may see it. */
  Call view(UUID id) {
    Call c = get(id);
    return CallRows.shown(
        c, c.victimCaseId() == null ? Set.of() : victims.visible(Set.of(c.victimCaseId())));
  }

  Call get(UUID id) {
    return jdbc.sql("%s where id = :id".formatted(CallRows.SELECT))
        .param("id", id)
        .query(CallRows::call)
        .optional()
        .orElseThrow(() -> new CallNotFound(id));
  }
}
