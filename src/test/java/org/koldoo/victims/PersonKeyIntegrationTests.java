package org.koldoo.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The same person registered by two organisations is one person in the published read model;
 * correcting one record's name separates them again.
 */
class PersonKeyIntegrationTests extends IntegrationTest {

  static final UUID CC_BISHKEK = UUID.fromString("00000000-0000-0000-0000-000000000011");
  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;

  UUID person(UUID caseId) {
    return jdbc.sql("select exact_person_id from facts_victim_case where case_id = :c")
        .param("c", caseId)
        .query(UUID.class)
        .single();
  }

  @Test
  void two_records_of_one_person_share_a_person_until_one_is_corrected() throws Exception {
    NrmActors actors = new NrmActors(mvc, accounts, users);
    var bishkek = actors.person("pk-a", CC_BISHKEK, Role.CASE_WORKER);
    var osh = actors.person("pk-b", CC_OSH, Role.CASE_WORKER);
    String family = "Персонова" + System.nanoTime() % 100000;
    UUID first = actors.registerAdult(bishkek, family, "PK1" + System.nanoTime() % 100000);
    UUID second = actors.registerAdult(osh, family, "PK2" + System.nanoTime() % 100000);
    UUID other = actors.registerAdult(osh, family + "ова", "PK3" + System.nanoTime() % 100000);
    assertThat(person(first)).isEqualTo(person(second));
    assertThat(person(other)).isEqualTo(other);

    String version =
        NrmActors.read(actors.call(osh, "GET", "/api/v1/cases/" + second, null), "$.version");
    var corrected =
        actors.call(
            osh,
            "PUT",
            "/api/v1/cases/" + second,
            """
            {"familyName":"Другая","givenName":"Айгүл","dateOfBirth":"1995-03-14","sex":"FEMALE","version":%s}"""
                .formatted(version));
    assertThat(corrected.getStatus()).as(corrected.getContentAsString()).isEqualTo(200);
    assertThat(person(first)).isEqualTo(first);
    assertThat(person(second)).isEqualTo(second);
  }
}
