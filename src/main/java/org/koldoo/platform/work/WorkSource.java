package org.koldoo.platform.work;

import java.time.LocalDate;
import java.util.List;
import org.koldoo.platform.security.Actor;

/**
 * A module's share of the work queues: what is waiting for this person today, given their
 * organisation and roles. Each module declares one as a bean; the home page and the navigation
 * badges gather them all. A source returns no group a person has nothing to do in, and only what
 * the person may open.
 */
public interface WorkSource {

  List<WorkGroup> waitingFor(Actor actor, LocalDate today);
}
