package org.koldoo.platform.work;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.koldoo.platform.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Every module's work for one person, gathered: the groups of the home page and the counts of the
 * navigation. Counts are kept for a short while per person so that every page does not run every
 * module's queries; the home page always reads afresh.
 */
@Component
public class WorkQueues {

  private static final Duration COUNTS_KEPT = Duration.ofSeconds(30);

  private final List<WorkSource> sources;
  private final Clock clock;
  private final Map<String, Counts> counts = new ConcurrentHashMap<>();

  private record Counts(List<WorkGroup> groups, Map<String, Integer> byScreen, long readAtNanos) {}

  /** What the navigation read this long ago is fresh enough for the page it is drawn on. */
  private static final Duration FRESH = Duration.ofSeconds(2);

  WorkQueues(List<WorkSource> sources, Clock clock) {
    this.sources = sources;
    this.clock = clock;
  }

  /** What is waiting for this person, read now; urgent groups first. */
  public List<WorkGroup> waitingFor(Actor actor) {
    LocalDate today = LocalDate.now(clock);
    List<WorkGroup> groups = new ArrayList<>();
    for (WorkSource source : sources) {
      groups.addAll(source.waitingFor(actor, today));
    }
    groups.sort((a, b) -> Boolean.compare(b.urgent(), a.urgent()));
    remember(actor, groups);
    return groups;
  }

  /**
   * What is waiting, for the home page: read now, unless the navigation of this very request has
   * just read it (so the page's queries run once, not twice).
   */
  public List<WorkGroup> current(Actor actor) {
    Counts known = counts.get(actor.username());
    if (known != null && System.nanoTime() - known.readAtNanos() < FRESH.toNanos()) {
      return known.groups();
    }
    return waitingFor(actor);
  }

  /** How many things wait behind each navigation entry, read at most every half minute. */
  public Map<String, Integer> countsFor(Actor actor) {
    Counts known = counts.get(actor.username());
    if (known == null || System.nanoTime() - known.readAtNanos() > COUNTS_KEPT.toNanos()) {
      waitingFor(actor);
      known = counts.get(actor.username());
    }
    return known.byScreen();
  }

  /** Forgets what was counted for everyone, after a change that moves counts. */
  public void forget() {
    counts.clear();
  }

  /** Forgets what was counted for one person, after they changed something. */
  public void forget(String username) {
    counts.remove(username);
  }

  private void remember(Actor actor, List<WorkGroup> groups) {
    Map<String, Integer> byScreen = new HashMap<>();
    for (WorkGroup g : groups) {
      if (g.screenPath() != null && g.count() > 0) {
        byScreen.merge(g.screenPath(), g.count(), Integer::sum);
      }
    }
    counts.put(
        actor.username(), new Counts(List.copyOf(groups), Map.copyOf(byScreen), System.nanoTime()));
  }
}
