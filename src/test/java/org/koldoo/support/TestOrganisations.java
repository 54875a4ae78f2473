package org.koldoo.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.koldoo.platform.security.Role;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Organisations of a test's own, made as an administrator would: what other tests leave waiting at
 * the shared reference organisations never crowds their queues or inboxes.
 */
public final class TestOrganisations {

  private TestOrganisations() {}

  public static UUID create(
      MockMvc mvc, TestAccounts accounts, UserDetailsService users, String type) throws Exception {
    String admin = accounts.create("org-adm", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    String code = "T" + System.nanoTime() % 100_000_000;
    String body =
        mvc.perform(
                post("/api/v1/organisations")
                    .with(user(users.loadUserByUsername(admin)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"code":"%s","nameEn":"Test %s","nameRu":"Тест","nameKy":"Тест",
                         "type":"%s","region":"BISHKEK","active":true}"""
                            .formatted(code, code, type)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return UUID.fromString(JsonPath.read(body, "$.id"));
  }
}
