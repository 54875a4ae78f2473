package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.ResumedForm;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A case worker's session ends while she fills in a form: sending it takes her to the login page,
 * not to "no access", and after logging in she is back on the form with what she typed (her
 * password never kept); a form sent from another site is not kept; an htmx request without a
 * session sends the whole page to the login page.
 */
class ExpiredSessionIntegrationTests extends IntegrationTest {

  private static final String HERE = "http://localhost";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  private MockHttpServletRequestBuilder registration(MockHttpSession session, String origin) {
    return post("/cases/new")
        .session(session)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .header("Origin", origin)
        .header("Referer", origin + "/cases/new")
        .param("_csrf", "token-of-the-session-that-ended")
        .param("givenName", "Айгүл")
        .param("familyName", "Осмонова")
        .param("citizenships", "KG", "KZ")
        .param("notes", "met at the bus station")
        .param("password", "never-kept-1");
  }

  @Test
  void a_form_sent_after_the_session_ended_comes_back_after_the_login() throws Exception {
    String caseWorker = accounts.create("expired", TestAccounts.MVD, Role.CASE_WORKER);
    MockHttpSession session = new MockHttpSession();
    MockHttpServletResponse sent =
        mvc.perform(registration(session, HERE)).andReturn().getResponse();
    assertThat(sent.getStatus()).isEqualTo(302);
    assertThat(sent.getRedirectedUrl()).endsWith("/login?expired");
    ResumedForm kept = (ResumedForm) session.getAttribute(ResumedForm.SESSION_KEY);
    assertThat(kept.page()).isEqualTo("/cases/new");
    assertThat(kept.values()).containsKeys("givenName", "citizenships", "notes");
    assertThat(kept.values()).doesNotContainKeys("password", "_csrf");

    MockHttpServletResponse login =
        mvc.perform(
                post("/login")
                    .session(session)
                    .param("username", caseWorker)
                    .param("password", TestAccounts.PASSWORD)
                    .with(csrf()))
            .andReturn()
            .getResponse();
    // a case worker's second factor first, then back to the form
    assertThat(login.getRedirectedUrl()).isEqualTo("/account/two-factor");
    assertThat(SecondFactorSteps.setUpAndContinue(mvc, session)).isEqualTo("/cases/new");

    String form =
        mvc.perform(get("/cases/new").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form)
        .contains("id=\"resumed-notice\"", "data-action=\"/cases/new\"")
        .contains("value=\"Айгүл\" data-name=\"givenName\"", "data-name=\"notes\"")
        .contains("value=\"KZ\" data-name=\"citizenships\"")
        .doesNotContain("never-kept-1");
    // once: the next visit is a fresh form
    assertThat(
            mvc.perform(get("/cases/new").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("resumed-notice");
  }

  @Test
  void a_form_sent_from_another_site_is_not_kept() throws Exception {
    MockHttpSession session = new MockHttpSession();
    MockHttpServletResponse sent =
        mvc.perform(registration(session, "https://elsewhere.example")).andReturn().getResponse();
    assertThat(sent.getRedirectedUrl()).endsWith("/login?expired");
    assertThat(session.getAttribute(ResumedForm.SESSION_KEY)).isNull();
  }

  @Test
  void an_htmx_request_without_a_session_sends_the_whole_page_to_the_login() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/cases/" + UUID.randomUUID() + "/identity").header("HX-Request", "true"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeader("HX-Redirect")).isEqualTo("/login?expired");
    assertThat(response.getContentAsString()).doesNotContain("<form");
    // without htmx, the login page as before
    assertThat(
            mvc.perform(get("/cases/" + UUID.randomUUID()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl())
        .endsWith("/login");
  }
}
