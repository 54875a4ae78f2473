package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two-factor sign-in as a person meets it: a case worker (whose role sees identities) is held at
 * the set-up after the password, confirms the app with a first code and gets recovery codes; later
 * sign-ins are held at the code page until a right code or an unused recovery code; wrong codes end
 * the sign-in; the API wants the code too; an administrator's reset starts it over.
 */
class TwoFactorIntegrationTests extends IntegrationTest {

  private static final Pattern SECRET = Pattern.compile("data-secret=\"([A-Z2-7]+)\"");
  private static final Pattern RECOVERY = Pattern.compile(">([a-z2-9]{5}-[a-z2-9]{5})<");

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired SecondFactors factors;
  @Autowired KoldooUserDetailsService userDetails;

  @Test
  void a_case_worker_sets_up_a_second_factor_then_signs_in_with_codes() throws Exception {
    String worker = accounts.create("tf-cw", TestAccounts.MOL, Role.CASE_WORKER);

    // after the password: held at the set-up, whatever is asked for
    MockHttpSession session = signIn(worker, "/account/two-factor");
    assertThat(redirect(get("/cases"), session)).isEqualTo("/account/two-factor");
    String setup = page(post("/account/two-factor/setup").with(csrf()), session);
    Matcher secretFound = SECRET.matcher(setup);
    assertThat(secretFound.find()).as(setup).isTrue();
    byte[] secret = TwoFactorCodes.base32(secretFound.group(1));
    assertThat(setup).contains("data:image/svg+xml;base64,", "otpauth://totp/");

    // a wrong first code changes nothing; the right one gives ten recovery codes, once
    assertThat(
            page(post("/account/two-factor/confirm").param("code", "000000").with(csrf()), session))
        .contains(secretFound.group(1), "alert-danger");
    long step = Totp.step(Instant.now(clock));
    String codes =
        page(
            post("/account/two-factor/confirm").param("code", Totp.code(secret, step)).with(csrf()),
            session);
    List<String> recovery = new ArrayList<>();
    Matcher m = RECOVERY.matcher(codes);
    while (m.find()) {
      recovery.add(m.group(1));
    }
    assertThat(recovery).hasSize(SecondFactors.RECOVERY_CODES).doesNotHaveDuplicates();
    assertThat(status(get("/"), session)).as("the sign-in goes on").isEqualTo(200);

    // the next sign-in is held at the code page
    MockHttpSession next = signIn(worker, "/account/two-factor/code");
    assertThat(redirect(get("/cases"), next)).isEqualTo("/account/two-factor/code");
    assertThat(page(get("/account/two-factor/code"), next))
        .as("the held step shows no screen and no count of waiting work")
        .contains("name=\"code\"")
        .doesNotContain("data-nav=");
    assertThat(page(post("/account/two-factor/code").param("code", "123456").with(csrf()), next))
        .contains("alert-danger");
    assertThat(
            redirect(
                post("/account/two-factor/code")
                    .param("code", Totp.code(secret, step))
                    .with(csrf()),
                next))
        .as("the code the set-up used is never taken again")
        .isNull();
    assertThat(
            redirect(
                post("/account/two-factor/code")
                    .param("code", Totp.code(secret, step + 1))
                    .with(csrf()),
                next))
        .isEqualTo("/");
    assertThat(page(get("/"), next)).contains("data-nav=\"/cases\"");

    // a recovery code opens one sign-in, in any case and spacing
    MockHttpSession lostPhone = signIn(worker, "/account/two-factor/code");
    String typed = recovery.get(0).toUpperCase().replace("-", " ");
    assertThat(
            redirect(post("/account/two-factor/code").param("code", typed).with(csrf()), lostPhone))
        .isEqualTo("/");
    MockHttpSession again = signIn(worker, "/account/two-factor/code");
    assertThat(
            redirect(
                post("/account/two-factor/code").param("code", recovery.get(0)).with(csrf()),
                again))
        .as("used once")
        .isNull();

    // five wrong codes end the sign-in
    MockHttpSession guessing = signIn(worker, "/account/two-factor/code");
    String last = null;
    for (int i = 0; i < 5; i++) {
      last =
          redirect(
              post("/account/two-factor/code").param("code", "00000" + i).with(csrf()), guessing);
    }
    assertThat(last).isEqualTo("/login?codes");
    assertThat(guessing.isInvalid()).isTrue();

    // the API wants the code too
    MockHttpServletResponse noCode = token(worker, null);
    assertThat(noCode.getStatus()).isEqualTo(401);
    assertThat(noCode.getContentAsString(StandardCharsets.UTF_8)).contains("second factor", "code");
    assertThat(token(worker, recovery.get(1)).getStatus()).isEqualTo(201);

    // the trail says what happened, never the codes
    List<String> actions =
        jdbc.sql(
                "select action || coalesce(details, '') from audit_entry where actor = :u or object_id = :id order by id")
            .param("u", worker)
            .param("id", accounts.idOf(worker).toString())
            .query(String.class)
            .list();
    assertThat(String.join("\n", actions))
        .contains("TWO_FACTOR_ENABLED", "TWO_FACTOR_PASSED", "TWO_FACTOR_FAILED")
        .doesNotContain(recovery.get(1), recovery.get(0));

    // an administrator's reset: set up again at the next sign-in
    String admin = accounts.create("tf-admin", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    MockHttpSession adminSession = signIn(admin, "/");
    assertThat(
            redirect(
                post("/admin/users/" + accounts.idOf(worker) + "/two-factor/reset").with(csrf()),
                adminSession))
        .isEqualTo("/admin/users/" + accounts.idOf(worker));
    signIn(worker, "/account/two-factor");
  }

  @Test
  void roles_that_see_no_identity_sign_in_without_it_and_the_api_asks_for_the_set_up_first()
      throws Exception {
    String analyst = accounts.create("tf-an", TestAccounts.MOL, Role.ANALYST);
    MockHttpSession session = signIn(analyst, "/");
    assertThat(page(get("/account/two-factor"), session)).contains("id=\"set-up\"");
    assertThat(token(analyst, null).getStatus()).isEqualTo(201);

    String inspector = accounts.create("tf-li", TestAccounts.MOL, Role.LABOUR_INSPECTOR);
    MockHttpServletResponse refused = token(inspector, null);
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("web");
  }

  @Test
  void wrong_codes_over_many_sign_ins_block_codes_for_a_while() {
    Enrolled enrolled = enrolled("tf-block");
    KoldooPrincipal person = enrolled.person();
    String secret = enrolled.secret();
    long step = enrolled.step();
    for (int i = 0; i < SecondFactors.BLOCK_AFTER; i++) {
      assertThat(factors.check(person, "99999" + (i % 10))).isFalse();
    }
    assertThat(factors.check(person, TwoFactorCodes.codeOfStep(secret, step)))
        .as("the right code, while blocked")
        .isFalse();
  }

  @Test
  void a_new_phone_replaces_the_old_one_only_once_its_first_code_is_right() {
    Enrolled enrolled = enrolled("tf-phone");
    KoldooPrincipal person = enrolled.person();
    String old = enrolled.secret();
    long step = enrolled.step();

    String replacement = factors.begin(person).secret();
    assertThat(factors.status(person.id())).isEqualTo(SecondFactors.Status.ACTIVE);
    assertThat(factors.check(person, TwoFactorCodes.codeOfStep(old, step)))
        .as("the old phone still works while the new one is not confirmed")
        .isTrue();
    assertThat(factors.confirm(person, TwoFactorCodes.codeOfStep(replacement, step)))
        .hasSize(SecondFactors.RECOVERY_CODES);
    assertThat(factors.check(person, TwoFactorCodes.codeOfStep(old, step + 1))).isFalse();
    assertThat(factors.check(person, TwoFactorCodes.codeOfStep(replacement, step + 1)))
        .as("the new phone's next code")
        .isTrue();
  }

  /** A case worker whose app is set up, with its secret and the step it was confirmed before. */
  private record Enrolled(KoldooPrincipal person, String secret, long step) {}

  private Enrolled enrolled(String prefix) {
    String worker = accounts.create(prefix, TestAccounts.MOL, Role.CASE_WORKER);
    KoldooPrincipal person = (KoldooPrincipal) userDetails.loadUserByUsername(worker);
    String secret = factors.begin(person).secret();
    return new Enrolled(person, secret, TwoFactorCodes.confirm(factors, person, secret) + 1);
  }

  private MockHttpSession signIn(String username, String expectedRedirect) throws Exception {
    var result =
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andReturn();
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedRedirect);
    return (MockHttpSession) result.getRequest().getSession(false);
  }

  private String redirect(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      MockHttpSession session)
      throws Exception {
    return mvc.perform(request.session(session)).andReturn().getResponse().getRedirectedUrl();
  }

  private int status(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      MockHttpSession session)
      throws Exception {
    return mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
  }

  private String page(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      MockHttpSession session)
      throws Exception {
    MockHttpServletResponse response =
        mvc.perform(request.session(session).header("Accept-Language", "en"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(response.getRedirectedUrl()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private MockHttpServletResponse token(String username, String code) throws Exception {
    String body =
        code == null
            ? "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, TestAccounts.PASSWORD)
            : "{\"username\":\"%s\",\"password\":\"%s\",\"code\":\"%s\"}"
                .formatted(username, TestAccounts.PASSWORD, code);
    return mvc.perform(
            post("/api/v1/auth/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content(body))
        .andReturn()
        .getResponse();
  }
}
