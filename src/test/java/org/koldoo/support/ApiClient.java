package org.koldoo.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.UUID;
import org.koldoo.platform.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the integration tests do through the API as people of an organisation: make a person with
 * roles, and send a request with a JSON body as that person (answers in English).
 */
public class ApiClient {

  private final ObjectProvider<MockMvc> mvc;
  private final TestAccounts accounts;
  private final UserDetailsService users;

  public ApiClient(ObjectProvider<MockMvc> mvc, TestAccounts accounts, UserDetailsService users) {
    this.mvc = mvc;
    this.accounts = accounts;
    this.users = users;
  }

  /** A new person of the organisation with the roles, signed in. */
  public RequestPostProcessor person(String prefix, UUID organisation, Role... roles) {
    return signedIn(accounts.create(prefix, organisation, roles));
  }

  /** An existing account, signed in. */
  public RequestPostProcessor signedIn(String username) {
    return user(users.loadUserByUsername(username));
  }

  /** GET, POST, PUT or DELETE of a URL (its query already encoded), with an optional JSON body. */
  public MockHttpServletResponse call(
      RequestPostProcessor who, String method, String url, String json) throws Exception {
    MockHttpServletRequestBuilder request =
        switch (method) {
          case "GET" -> MockMvcRequestBuilders.get(URI.create(url));
          case "PUT" -> MockMvcRequestBuilders.put(URI.create(url));
          case "DELETE" -> MockMvcRequestBuilders.delete(URI.create(url));
          default -> MockMvcRequestBuilders.post(URI.create(url));
        };
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.getObject()
        .perform(request.with(who).header("Accept-Language", "en"))
        .andReturn()
        .getResponse();
  }

  /** A sheet sent to the import's dry run, read in the given language. */
  public MockHttpServletResponse upload(
      RequestPostProcessor who, String kind, String name, byte[] content, String language)
      throws Exception {
    return mvc.getObject()
        .perform(
            MockMvcRequestBuilders.multipart("/api/v1/imports")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file", name, "application/octet-stream", content))
                .param("kind", kind)
                .header("Accept-Language", language)
                .with(who))
        .andReturn()
        .getResponse();
  }

  /**
   * POST of a JSON body that creates something, as {@code who}: the new id, once the answer is
   * known to be 201 Created (else the test fails with the answer).
   */
  public UUID created(RequestPostProcessor who, String url, String json) throws Exception {
    MockHttpServletResponse response = call(who, "POST", url, json);
    if (response.getStatus() != 201) {
      throw new AssertionError(
          "POST %s answered %d, not 201: %s"
              .formatted(url, response.getStatus(), response.getContentAsString()));
    }
    return UUID.fromString(read(response, "$.id"));
  }

  /** A value of a JSON answer, as text. */
  public static String read(MockHttpServletResponse response, String path) throws Exception {
    return String.valueOf((Object) JsonPath.read(response.getContentAsString(), path));
  }
}
