package org.koldoo.prevention.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.koldoo.prevention.CallChannel;
import org.koldoo.prevention.CallOutcome;
import org.koldoo.prevention.CallTopic;
import org.koldoo.prevention.CallerType;

record Call(
    UUID id,
    Instant receivedAt,
    CallChannel channel,
    CallerType callerType,
    String language,
    String region,
    String country,
    Set<CallTopic> topics,
    boolean traffickingRelated,
    CallOutcome outcome,
    UUID referredTo,
    UUID victimCaseId,
    String note,
    String operator,
    java.time.LocalDate followUpOn,
    boolean followedUp,
    int version) {

  /** Marked to follow up and not yet followed up. */
  public boolean followUpPending() {
    return followUpOn != null && !followedUp;
  }
}
