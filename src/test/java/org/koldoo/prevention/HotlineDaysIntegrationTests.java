package org.koldoo.prevention;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The hotline's counts per day follow every write of a call: logged, corrected to another day and
 * kind, linked to a screening. Uses 2007, which no other test writes.
 */
class HotlineDaysIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;

  long calls(String day, String outcome, boolean trafficking) {
    return jdbc.sql(
            "select coalesce(sum(calls), 0) from facts_hotline_day where organisation_id = :o"
                + " and day = :d and outcome = :out and trafficking_related = :t")
        .param("o", TestAccounts.MVD)
        .param("d", LocalDate.parse(day))
        .param("out", outcome)
        .param("t", trafficking)
        .query(Long.class)
        .single();
  }

  @Test
  void a_call_moves_between_days_and_kinds_as_it_is_corrected() throws Exception {
    var operator = accounts.signedIn(users, "days", TestAccounts.MVD, Role.HOTLINE_OPERATOR);
    long before = calls("2007-03-05", "INFORMATION_GIVEN", false);
    var logged =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/v1/hotline/calls")
                    .with(operator)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"receivedAt":"2007-03-05T23:30:00","channel":"PHONE","callerType":"OTHER","language":"ru","topics":["OTHER"],"outcome":"INFORMATION_GIVEN"}"""))
            .andReturn()
            .getResponse();
    assertThat(logged.getStatus()).as(logged.getContentAsString()).isEqualTo(201);
    UUID id = UUID.fromString(JsonPath.read(logged.getContentAsString(), "$.id"));
    // 23:30 in Bishkek is still 5 March there
    assertThat(calls("2007-03-05", "INFORMATION_GIVEN", false)).isEqualTo(before + 1);

    var corrected =
        mvc.perform(
                MockMvcRequestBuilders.put("/api/v1/hotline/calls/" + id)
                    .with(operator)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"receivedAt":"2007-03-06T00:30:00","channel":"PHONE","callerType":"OTHER","language":"ru","topics":["TRAFFICKING"],"outcome":"INFORMATION_GIVEN","version":0}"""))
            .andReturn()
            .getResponse();
    assertThat(corrected.getStatus()).as(corrected.getContentAsString()).isEqualTo(200);
    // 00:30 on 6 March in Bishkek (still 5 March in UTC, where the server runs) is 6 March
    assertThat(calls("2007-03-05", "INFORMATION_GIVEN", false)).isEqualTo(before);
    assertThat(calls("2007-03-06", "INFORMATION_GIVEN", true)).isEqualTo(1);
    assertThat(
            jdbc.sql("select received_on from facts_hotline_call where id = :id")
                .param("id", id)
                .query(java.time.LocalDate.class)
                .single())
        .isEqualTo(java.time.LocalDate.of(2007, 3, 6));
    assertThat(
            jdbc.sql("select count(*) from hotline_call_day where calls < 0")
                .query(Long.class)
                .single())
        .isZero();
  }
}
