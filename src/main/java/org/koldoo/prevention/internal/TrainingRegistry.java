package org.koldoo.prevention.internal;

import static org.koldoo.prevention.internal.RegistryValues.*;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.prevention.TrainingFormat;
import org.koldoo.prevention.internal.RegistryForms.TrainingForm;
import org.springframework.transaction.annotation.Transactional;

/** Training events, with participants by profession and by organisation. */
@org.springframework.stereotype.Service
class TrainingRegistry {

  private final RegistryStore store;
  private final Organisations organisations;

  TrainingRegistry(RegistryStore store, Organisations organisations) {
    this.store = store;
    this.organisations = organisations;
  }

  @Transactional
  UUID saveTraining(UUID id, TrainingForm f) {
    PreventionPolicy.requireRegisterKeeper();
    int participants =
        z(f.police())
            + z(f.prosecutors())
            + z(f.judges())
            + z(f.labourInspectors())
            + z(f.socialWorkers())
            + z(f.diplomats())
            + z(f.peacekeepers())
            + z(f.others());
    if (participants == 0 && z(f.onlineCompletions()) == 0) {
      throw new InvalidInput("police", "training.nobody");
    }
    if (f.format() != TrainingFormat.ONLINE_COURSE && z(f.onlineCompletions()) > 0) {
      throw new InvalidInput("onlineCompletions", "training.completionsOnlineOnly");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("held_on", f.heldOn());
    v.put("topic", f.topic().strip());
    v.put("organiser", f.organiser().strip());
    v.put("funder", f.funder());
    v.put("format", f.format().name());
    v.put("police", z(f.police()));
    v.put("prosecutors", z(f.prosecutors()));
    v.put("judges", z(f.judges()));
    v.put("labour_inspectors", z(f.labourInspectors()));
    v.put("social_workers", z(f.socialWorkers()));
    v.put("diplomats", z(f.diplomats()));
    v.put("peacekeepers", z(f.peacekeepers()));
    v.put("others", z(f.others()));
    v.put("online_completions", z(f.onlineCompletions()));
    v.put("participants_by_organisation", byOrganisation(f.participantsByOrganisation()));
    return store.save("training_event", id, f.version(), v);
  }

  TrainingForm trainingForm(UUID id) {
    var r = store.get("training_event", id);
    return new TrainingForm(
        date(r, "held_on"),
        (String) r.get("topic"),
        (String) r.get("organiser"),
        (String) r.get("funder"),
        TrainingFormat.valueOf((String) r.get("format")),
        i(r, "police"),
        i(r, "prosecutors"),
        i(r, "judges"),
        i(r, "labour_inspectors"),
        i(r, "social_workers"),
        i(r, "diplomats"),
        i(r, "peacekeepers"),
        i(r, "others"),
        i(r, "online_completions"),
        (String) r.get("participants_by_organisation"),
        i(r, "version"));
  }

  /** Participants by organisation, normalised to {@code MVD:20,PGO:15}; codes must exist. */
  private String byOrganisation(String text) {
    return CountList.normalise(
        text,
        "participantsByOrganisation",
        organisations.all().stream()
            .map(o -> o.code().toUpperCase(Locale.ROOT))
            .collect(Collectors.toSet()),
        "training.unknownOrganisation",
        "training.participantsFormat");
  }
}
