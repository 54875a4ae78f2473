package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** How the filter answers a form sent again, with the store of sent forms kept in memory. */
class RepeatedFormFilterTests {

  private static final String TOKEN = "0123456789abcdef0123456789abcdef";

  /** The sent forms, as the database keeps them: a key, and where its answer went (or null). */
  private static final class InMemory extends SentForms {
    final Map<String, String> rows = new HashMap<>();
    final List<String> released = new ArrayList<>();

    InMemory() {
      super(null, null);
    }

    @Override
    synchronized boolean claim(String key) {
      if (rows.containsKey(key)) {
        return false;
      }
      rows.put(key, null);
      return true;
    }

    @Override
    synchronized Optional<Sent> find(String key) {
      return rows.containsKey(key) ? Optional.of(new Sent(rows.get(key))) : Optional.empty();
    }

    @Override
    synchronized void handled(String key, String location) {
      rows.put(key, location);
    }

    @Override
    synchronized void release(String key) {
      rows.remove(key);
      released.add(key);
    }
  }

  private final InMemory sent = new InMemory();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final RepeatedFormFilter filter =
      new RepeatedFormFilter(sent, Duration.ofMillis(300), meters);

  private double counted(String outcome) {
    return meters.counter(Repeats.METER, "via", "form", "outcome", outcome).count();
  }

  private int handled;

  @BeforeEach
  void signIn() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "operator", null, AuthorityUtils.NO_AUTHORITIES));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private MockHttpServletRequest form(String token, String channel) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/hotline");
    if (token != null) {
      request.setParameter(OnceTokens.PARAMETER, token);
    }
    request.setParameter("_csrf", "csrf-" + channel.length() + System.nanoTime());
    request.setParameter("channel", channel);
    return request;
  }

  /** Sends the form; the handler saves and redirects, unless told to show the form again. */
  private MockHttpServletResponse send(MockHttpServletRequest request, int status)
      throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain chain =
        (req, res) -> {
          handled++;
          if (status == 302) {
            ((MockHttpServletResponse) res).sendRedirect("/hotline?logged");
          } else {
            ((MockHttpServletResponse) res).setStatus(status);
          }
        };
    filter.doFilter(request, response, chain);
    return response;
  }

  @Test
  void the_same_form_sent_again_is_answered_as_before_and_handled_once() throws Exception {
    assertThat(send(form(TOKEN, "PHONE"), 302).getStatus()).isEqualTo(302);
    MockHttpServletResponse again = send(form(TOKEN, "PHONE"), 302);
    assertThat(again.getStatus()).isEqualTo(303);
    assertThat(again.getRedirectedUrl()).isEqualTo("/hotline?logged");
    assertThat(handled).isEqualTo(1);
    assertThat(counted("answered")).isEqualTo(1);
    assertThat(sent.rows).as("the token is not kept, only a digest").hasSize(1);
    assertThat(sent.rows.keySet().iterator().next()).matches("[0-9a-f]{64}");
  }

  @Test
  void the_form_mended_while_it_was_being_sent_is_answered_as_before() throws Exception {
    send(form(TOKEN, "PHONE"), 302);
    MockHttpServletResponse mended = send(form(TOKEN, "MESSENGER"), 302);
    assertThat(mended.getStatus()).isEqualTo(303);
    assertThat(handled).as("one form shown is one thing saved").isEqualTo(1);
  }

  @Test
  void another_form_or_another_person_make_another_submission() throws Exception {
    send(form(TOKEN, "PHONE"), 302);
    send(form(TOKEN.replace('0', '1'), "PHONE"), 302);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "another", null, AuthorityUtils.NO_AUTHORITIES));
    send(form(TOKEN, "PHONE"), 302);
    assertThat(handled).isEqualTo(3);
  }

  @Test
  void a_form_shown_again_or_failing_is_forgotten_and_may_be_sent_again() throws Exception {
    assertThat(send(form(TOKEN, "PHONE"), 200).getStatus()).isEqualTo(200);
    assertThat(send(form(TOKEN, "PHONE"), 409).getStatus()).isEqualTo(409);
    assertThatThrownBy(
            () ->
                filter.doFilter(
                    form(TOKEN, "PHONE"),
                    new MockHttpServletResponse(),
                    (req, res) -> {
                      throw new IllegalStateException("the database went away");
                    }))
        .hasMessageContaining("database");
    assertThat(sent.released).hasSize(3);
    assertThat(sent.rows).isEmpty();
    assertThat(send(form(TOKEN, "PHONE"), 302).getStatus()).isEqualTo(302);
    assertThat(handled).isEqualTo(3);
  }

  @Test
  void a_form_still_being_handled_is_waited_for_and_then_refused() throws Exception {
    sent.claim(RepeatedFormFilter.key("operator", TOKEN));
    MockHttpServletRequest second = form(TOKEN, "PHONE");
    MockHttpServletResponse response = send(second, 302);
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(second.getAttribute(ErrorTexts.MESSAGE_KEY))
        .isEqualTo(RepeatedFormFilter.STILL_HANDLED);
    assertThat(handled).as("nothing handled a second time").isZero();
    assertThat(counted("still_handled")).isEqualTo(1);
  }

  @Test
  void a_form_whose_first_sending_is_refused_meanwhile_is_handled_in_its_place() throws Exception {
    String key = RepeatedFormFilter.key("operator", TOKEN);
    sent.claim(key);
    Thread first =
        new Thread(
            () -> {
              try {
                Thread.sleep(120);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              sent.release(key);
            });
    first.start();
    MockHttpServletResponse response = send(form(TOKEN, "PHONE"), 302);
    first.join();
    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(handled).isEqualTo(1);
  }

  @Test
  void requests_without_a_token_or_a_person_pass_untouched() throws Exception {
    send(form(null, "PHONE"), 302);
    send(form(null, "PHONE"), 302);
    send(form("not-a-token", "PHONE"), 302);
    send(form("not-a-token", "PHONE"), 302);
    MockHttpServletRequest get = form(TOKEN, "PHONE");
    get.setMethod("GET");
    send(get, 302);
    send(get, 302);
    SecurityContextHolder.getContext()
        .setAuthentication(
            new AnonymousAuthenticationToken(
                "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    send(form(TOKEN, "PHONE"), 302);
    send(form(TOKEN, "PHONE"), 302);
    assertThat(handled).isEqualTo(8);
    assertThat(sent.rows).isEmpty();
  }
}
