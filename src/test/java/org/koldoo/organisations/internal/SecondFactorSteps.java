package org.koldoo.organisations.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * For tests whose people must sign in with a second factor: the set-up done as the person would
 * (the key read off the page, a first code), then the sign-in carried on to where it was going.
 */
public final class SecondFactorSteps {

  private static final Pattern SECRET = Pattern.compile("data-secret=\"([A-Z2-7]+)\"");

  private static final java.util.Map<java.util.UUID, String> SECRETS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.Map<java.util.UUID, Long> LAST_STEPS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private SecondFactorSteps() {}

  /**
   * A code for the API's {@code "code"}: none ({@code ""}) for a person whose roles need no second
   * factor; else the app is set up once and each call gives the code of a step not used before.
   */
  public static synchronized String apiCode(SecondFactors factors, KoldooPrincipal person) {
    if (!factors.required(person)) {
      return "";
    }
    String secret = SECRETS.get(person.id());
    if (secret == null) {
      secret = factors.begin(person).secret();
      LAST_STEPS.put(person.id(), TwoFactorCodes.confirm(factors, person, secret));
      SECRETS.put(person.id(), secret);
    }
    long now = Totp.step(Instant.now());
    long step = Math.max(now - 1, LAST_STEPS.get(person.id()) + 1);
    if (step > now + 1) {
      throw new IllegalStateException("more than three sign-ins of one person within a minute");
    }
    LAST_STEPS.put(person.id(), step);
    return TwoFactorCodes.codeOfStep(secret, step);
  }

  /** Sets up the app for a session held at the set-up; where the sign-in then goes. */
  public static String setUpAndContinue(MockMvc mvc, MockHttpSession session) throws Exception {
    String page =
        mvc.perform(post("/account/two-factor/setup").session(session).with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Matcher secret = SECRET.matcher(page);
    if (!secret.find()) {
      throw new AssertionError("no key on the set-up page: " + page);
    }
    mvc.perform(
        post("/account/two-factor/confirm")
            .session(session)
            .param("code", TwoFactorCodes.code(secret.group(1), Instant.now(), 0))
            .with(csrf()));
    return mvc.perform(post("/account/two-factor/continue").session(session).with(csrf()))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }
}
