package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** What the database says becomes a status the client can act on, never a 500 for bad input. */
class ApiExceptionHandlerTests {

  private final ApiExceptionHandler handler = new ApiExceptionHandler(new StaticMessageSource());

  @Test
  void a_lost_database_is_a_503_to_retry() {
    var response =
        handler.unexpected(
            new CannotGetJdbcConnectionException(
                "no connection", new SQLException("refused", "08001")));
    assertThat(response.getStatusCode().value()).isEqualTo(503);
    assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
  }

  @Test
  void refusals_of_the_database_are_4xx_by_sqlstate() {
    assertThat(status("23503")).isEqualTo(400); // unknown reference
    assertThat(status("22001")).isEqualTo(400); // too long
    assertThat(status("22003")).isEqualTo(400); // out of range
    assertThat(status("23505")).isEqualTo(409); // duplicate
    assertThat(status("42P01")).isEqualTo(500); // our own fault stays a fault
  }

  @Test
  void a_change_made_meanwhile_by_someone_else_is_a_409_to_reload() {
    var response =
        handler.concurrent(
            new org.springframework.dao.OptimisticLockingFailureException("stale version"));
    assertThat(response.getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void large_files_holding_the_memory_is_a_503_to_send_again_in_a_minute() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("error.busyReading", java.util.Locale.getDefault(), "busy reading");
    var response = new ApiExceptionHandler(messages).busy(new BusyException());
    assertThat(response.getStatusCode().value()).isEqualTo(503);
    assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("60");
    assertThat(response.getBody().getDetail()).isEqualTo("busy reading");
  }

  @Test
  void what_this_server_was_not_given_is_a_503_saying_what_to_retry_elsewhere() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage(
        "error.privacyKeyMissing", java.util.Locale.getDefault(), "no key {0} here");
    var response =
        new ApiExceptionHandler(messages)
            .notConfigured(new NotConfigured("key k3 missing", "error.privacyKeyMissing", "k3"));
    assertThat(response.getStatusCode().value()).isEqualTo(503);
    assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    assertThat(response.getBody().getDetail()).isEqualTo("no key k3 here");
    assertThat(response.getBody().getProperties())
        .as("no incident: nothing went wrong in the code")
        .satisfiesAnyOf(
            properties -> assertThat(properties).isNull(),
            properties -> assertThat(properties).doesNotContainKey("incident"));
  }

  @Test
  void a_real_fault_is_a_500_with_an_incident_id() {
    var response = handler.unexpected(new IllegalStateException("bug"));
    assertThat(response.getStatusCode().value()).isEqualTo(500);
    assertThat(response.getBody().getProperties()).containsKey("incident");
  }

  private int status(String sqlState) {
    return handler
        .database(new DataIntegrityViolationException("x", new SQLException("x", sqlState)))
        .getStatusCode()
        .value();
  }
}
