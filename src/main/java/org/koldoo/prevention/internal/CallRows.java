package org.koldoo.prevention.internal;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.prevention.CallChannel;
import org.koldoo.prevention.CallOutcome;
import org.koldoo.prevention.CallTopic;
import org.koldoo.prevention.CallerType;

/** Hotline calls as stored: the columns read and a row as a call. */
final class CallRows {

  private CallRows() {}

  static final String SELECT =
      """
          select id, received_at, channel, caller_type, language, region, country, topics,
          trafficking_related, outcome, referred_to, victim_case_id, note, operator, follow_up_on,
          followed_up, version from hotline_call
          """;

  static Call call(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Call(
        rs.getObject(1, UUID.class),
        rs.getTimestamp(2).toInstant(),
        CallChannel.valueOf(rs.getString(3)),
        CallerType.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        java.util.Arrays.stream(rs.getString(8).split(","))
            .map(CallTopic::valueOf)
            .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(CallTopic.class))),
        rs.getBoolean(9),
        CallOutcome.valueOf(rs.getString(10)),
        rs.getObject(11, UUID.class),
        rs.getObject(12, UUID.class),
        rs.getString(13),
        rs.getString(14),
        rs.getObject(15, java.time.LocalDate.class),
        rs.getBoolean(16),
        rs.getInt(17));
  }

  static Call shown(Call c, Set<UUID> visibleCases) {
    if (c.victimCaseId() == null || visibleCases.contains(c.victimCaseId())) {
      return c;
    }
    return new Call(
        c.id(),
        c.receivedAt(),
        c.channel(),
        c.callerType(),
        c.language(),
        c.region(),
        c.country(),
        c.topics(),
        c.traffickingRelated(),
        c.outcome(),
        c.referredTo(),
        null,
        c.note(),
        c.operator(),
        c.followUpOn(),
        c.followedUp(),
        c.version());
  }
}
