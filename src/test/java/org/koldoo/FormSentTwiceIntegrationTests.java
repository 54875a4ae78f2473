package org.koldoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A hotline call sent twice from the same form, as a double click or a second try on a slow
 * connection sends it, is recorded once, and the second answer leads where the first did.
 */
class FormSentTwiceIntegrationTests extends IntegrationTest {

  private static final Pattern ONCE = Pattern.compile("name=\"_once\" value=\"([0-9a-f]{32})\"");

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;

  /** A hotline operator signed in, with her own session: one per test. */
  private record Operator(String name, RequestPostProcessor person, MockHttpSession session) {}

  private Operator operator(String prefix) {
    String name = accounts.create(prefix, TestAccounts.MOL, Role.HOTLINE_OPERATOR);
    return new Operator(name, user(users.loadUserByUsername(name)), new MockHttpSession());
  }

  private String onceToken(Operator o) throws Exception {
    return onceToken(o.person(), o.session());
  }

  private MvcResult send(Operator o, String token, String channel) throws Exception {
    return send(o.person(), o.session(), token, channel);
  }

  @Test
  void a_call_sent_twice_from_one_form_is_recorded_once_and_told() throws Exception {
    Operator operator = operator("twice");
    String token = onceToken(operator);

    MockHttpServletResponse first = send(operator, token, "PHONE").getResponse();
    assertThat(first.getStatus()).isEqualTo(302);
    MvcResult again = send(operator, token, "PHONE");
    assertThat(again.getResponse().getStatus()).as("answered as the first").isEqualTo(303);
    assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
    assertThat(callsBy(operator.name())).as("recorded once").isEqualTo(1);

    String shown =
        mvc.perform(
                MockMvcRequestBuilders.get(first.getRedirectedUrl())
                    .with(operator.person())
                    .session(operator.session()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(shown)
        .as("the page the browser comes to says both what the first sending did and why")
        .contains("id=\"already-sent-notice\"", "id=\"call-logged\"");

    assertThat(send(operator, token, "MESSENGER").getResponse().getStatus())
        .as("the same form, mended while it was being sent, is answered as before")
        .isEqualTo(303);
    assertThat(send(operator, onceToken(operator), "PHONE").getResponse().getStatus())
        .as("a new form saying the same is a new call")
        .isEqualTo(302);
    assertThat(callsBy(operator.name())).isEqualTo(2);
  }

  @Test
  void two_sendings_at_the_same_moment_record_one_call() throws Exception {
    Operator operator = operator("together");
    String token = onceToken(operator);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Callable<Integer> sending = () -> send(operator, token, "PHONE").getResponse().getStatus();
        answers.add(pool.submit(sending));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).containsOnly(302, 303).containsOnlyOnce(302);
    } finally {
      pool.shutdown();
    }
    assertThat(callsBy(operator.name())).isEqualTo(1);
  }

  @Test
  void a_form_shown_again_with_errors_may_be_sent_again() throws Exception {
    Operator operator = operator("fixed");
    String token = onceToken(operator);
    assertThat(send(operator, token, "NOT_A_CHANNEL").getResponse().getStatus()).isEqualTo(200);
    assertThat(send(operator, token, "NOT_A_CHANNEL").getResponse().getStatus())
        .as("refused again, not answered as if saved")
        .isEqualTo(200);
    assertThat(callsBy(operator.name())).isZero();
  }

  private String onceToken(RequestPostProcessor person, MockHttpSession session) throws Exception {
    String page =
        mvc.perform(MockMvcRequestBuilders.get("/hotline").with(person).session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher once = ONCE.matcher(page);
    assertThat(once.find()).as("the call form carries a one-time token").isTrue();
    return once.group(1);
  }

  private MvcResult send(
      RequestPostProcessor person, MockHttpSession session, String token, String channel)
      throws Exception {
    MockHttpServletRequestBuilder form =
        MockMvcRequestBuilders.post("/hotline")
            .with(person)
            .with(csrf())
            .session(session)
            .param("_once", token)
            .param("receivedAt", "2026-11-20T10:15")
            .param("channel", channel)
            .param("callerType", "POTENTIAL_VICTIM")
            .param("language", "ky")
            .param("topics", "TRAFFICKING")
            .param("outcome", "INFORMATION_GIVEN")
            .param("_traffickingRelated", "on");
    return mvc.perform(form).andReturn();
  }

  private long callsBy(String operator) {
    return jdbc.sql("select count(*) from hotline_call where operator = :o")
        .param("o", operator)
        .query(Long.class)
        .single();
  }
}
