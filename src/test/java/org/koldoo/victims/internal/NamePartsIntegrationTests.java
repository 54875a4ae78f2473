package org.koldoo.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
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

/** A case sealed before name parts existed is indexed from its sealed identity, once. */
class NamePartsIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;
  @Autowired NameParts nameParts;

  @Test
  void an_earlier_case_gets_its_name_parts_from_its_sealed_identity() throws Exception {
    var worker = accounts.signedIn(users, "parts", TestAccounts.MVD, Role.CASE_WORKER);
    String body =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/v1/cases")
                    .with(worker)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"familyName":"Бообекова","givenName":"Чолпон","sex":"FEMALE"}"""))
            .andReturn()
            .getResponse()
            .getContentAsString();
    UUID id = UUID.fromString(JsonPath.read(body, "$.id"));
    assertThat(parts(id)).isEqualTo(2);
    // as it was before this version: no parts, not indexed
    jdbc.sql("delete from victim_name_part where case_id = :id").param("id", id).update();
    jdbc.sql("update victim_case set name_parts_indexed = false where id = :id")
        .param("id", id)
        .update();

    assertThat(nameParts.indexAll()).isPositive();
    assertThat(parts(id)).isEqualTo(2);
    assertThat(nameParts.indexAll()).isZero();
  }

  private long parts(UUID id) {
    return jdbc.sql("select count(*) from victim_name_part where case_id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }
}
