package org.koldoo.prevention.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Calls per day (as entered, in {@code koldoo.time-zone}), hotline and kind ({@code
 * hotline_call_day}): what statistics reads instead of every call. Each write of a call takes it
 * out of its old count and into its new one, in the same transaction.
 */
@Component
class HotlineDays {

  /** Counts the calls of a synthetic load (written with COPY, past the service) into the days. */
  static final String ADD_SYNTHETIC =
      """
          insert into hotline_call_day (organisation_id, day, channel, outcome, trafficking_related,
          calls) select organisation_id, received_on, channel, outcome, trafficking_related,
          count(*) from hotline_call
          where operator = 'synthetic' group by 1, 2, 3, 4, 5
          on conflict (organisation_id, day, channel, outcome, trafficking_related)
          do update set calls = hotline_call_day.calls + excluded.calls
          """;

  private final JdbcClient jdbc;

  HotlineDays(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds {@code delta} (1 or -1) to the count the call belongs to as it now stands. */
  void count(UUID callId, int delta) {
    jdbc.sql(
            """
            insert into hotline_call_day (organisation_id, day, channel, outcome,
              trafficking_related, calls)
            select organisation_id, received_on, channel, outcome, trafficking_related, :delta
            from hotline_call where id = :id
            on conflict (organisation_id, day, channel, outcome, trafficking_related)
            do update set calls = hotline_call_day.calls + excluded.calls
            """)
        .param("delta", delta)
        .param("id", callId)
        .update();
  }

  /** Adds newly written calls to their days, grouped: one statement for a batch of calls. */
  void countAll(java.util.List<UUID> callIds) {
    jdbc.sql(
            """
            insert into hotline_call_day (organisation_id, day, channel, outcome,
              trafficking_related, calls)
            select organisation_id, received_on, channel, outcome, trafficking_related, count(*)
            from hotline_call where id = any(:ids) group by 1, 2, 3, 4, 5
            on conflict (organisation_id, day, channel, outcome, trafficking_related)
            do update set calls = hotline_call_day.calls + excluded.calls
            """)
        .param("ids", callIds.toArray(UUID[]::new))
        .update();
  }
}
