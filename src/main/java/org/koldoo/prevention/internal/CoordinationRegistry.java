package org.koldoo.prevention.internal;

import static org.koldoo.prevention.internal.RegistryValues.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.prevention.NapStatus;
import org.koldoo.prevention.SopStage;
import org.koldoo.prevention.internal.RegistryForms.MeetingForm;
import org.koldoo.prevention.internal.RegistryForms.NapForm;
import org.koldoo.prevention.internal.RegistryForms.SopForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** SOP adoption, working-group meetings and National Action Plan activities. */
@org.springframework.stereotype.Service
class CoordinationRegistry {

  private final RegistryStore store;
  private final Organisations organisations;
  private final JdbcClient jdbc;
  private final Clock clock;

  CoordinationRegistry(
      RegistryStore store, Organisations organisations, JdbcClient jdbc, Clock clock) {
    this.store = store;
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  UUID saveSop(UUID id, SopForm f) {
    PreventionPolicy.requireRegisterKeeper();
    organisation(organisations, f.organisationId(), "organisationId");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("organisation_id", f.organisationId());
    v.put("stage", f.stage().name());
    v.put("reached_on", f.reachedOn());
    return store.save("sop_adoption", id, f.version(), v);
  }

  SopForm sopForm(UUID id) {
    var r = store.get("sop_adoption", id);
    return new SopForm(
        (UUID) r.get("organisation_id"),
        SopStage.valueOf((String) r.get("stage")),
        date(r, "reached_on"),
        i(r, "version"));
  }

  @Transactional
  UUID saveMeeting(UUID id, MeetingForm f) {
    PreventionPolicy.requireRegisterKeeper();
    if (f.bodies() == null || f.bodies().isEmpty()) {
      throw new InvalidInput("bodies", "meeting.bodiesRequired");
    }
    f.bodies().forEach(b -> organisation(organisations, b, "bodies"));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("held_on", f.heldOn());
    v.put("bodies", ids(f.bodies()));
    v.put("decisions", f.decisions());
    return store.save("working_group_meeting", id, f.version(), v);
  }

  /**
   * The bodies present at a meeting as its row keeps them, joined by commas: their ids, as the form
   * writes them, or their codes, as the synthetic data of earlier versions wrote them.
   */
  static List<String> bodyEntries(Map<String, Object> meeting) {
    String stored = (String) meeting.get("bodies");
    return stored == null || stored.isBlank()
        ? List.of()
        : Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A meeting's body entry as an id, or nothing for an entry that is a code. */
  static Optional<UUID> bodyId(String entry) {
    try {
      return Optional.of(UUID.fromString(entry));
    } catch (IllegalArgumentException aCode) {
      return Optional.empty();
    }
  }

  MeetingForm meetingForm(UUID id) {
    var r = store.get("working_group_meeting", id);
    return new MeetingForm(
        date(r, "held_on"),
        bodyEntries(r).stream()
            .map(CoordinationRegistry::bodyId)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet()),
        (String) r.get("decisions"),
        i(r, "version"));
  }

  @Transactional
  UUID saveNap(UUID id, NapForm f) {
    PreventionPolicy.requireRegisterKeeper();
    organisation(organisations, f.responsibleBody(), "responsibleBody");
    boolean taken =
        jdbc.sql(
                """
                select count(*) > 0 from nap_activity
                 where upper(code) = upper(:c) and id is distinct from :id
                """)
            .param("c", f.code().strip())
            .param("id", id, java.sql.Types.OTHER)
            .query(Boolean.class)
            .single();
    if (taken) {
      throw new InvalidInput("code", "nap.codeTaken", f.code());
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("code", f.code().strip());
    v.put("title", f.title().strip());
    v.put("responsible_body", f.responsibleBody());
    v.put("deadline", f.deadline());
    v.put("status", f.status().name());
    v.put("indicator", f.indicator());
    v.put("progress", f.progress());
    return store.save("nap_activity", id, f.version(), v);
  }

  NapForm napForm(UUID id) {
    var r = store.get("nap_activity", id);
    return new NapForm(
        (String) r.get("code"),
        (String) r.get("title"),
        (UUID) r.get("responsible_body"),
        date(r, "deadline"),
        NapStatus.valueOf((String) r.get("status")),
        (String) r.get("indicator"),
        (String) r.get("progress"),
        i(r, "version"));
  }

  /** An activity past its deadline and neither done nor dropped. */
  boolean overdue(Map<String, Object> activity) {
    NapStatus status = NapStatus.valueOf((String) activity.get("status"));
    return date(activity, "deadline").isBefore(LocalDate.now(clock))
        && status != NapStatus.DONE
        && status != NapStatus.DROPPED;
  }
}
