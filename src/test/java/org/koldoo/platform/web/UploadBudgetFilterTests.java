package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * A signed-in person's spreadsheet upload holds its share of the memory budget while it is read and
 * checked, and waits for it; an anonymous one never takes any.
 */
class UploadBudgetFilterTests {

  private static final long KB = 1024;

  private final MemoryBudget budget = new MemoryBudget(100 * KB, Duration.ofMillis(100));
  private final UploadBudgetFilter filter;

  UploadBudgetFilterTests() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("error.busyReading", Locale.ENGLISH, "large files are being read");
    filter = new UploadBudgetFilter(budget, messages, new FixedLocaleResolver(Locale.ENGLISH));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private static MockHttpServletRequest upload(String path, long kilobytes) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setContentType("multipart/form-data; boundary=x");
    request.setContent(new byte[(int) (kilobytes * KB)]);
    return request;
  }

  private static void signIn() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "hot1", null, List.of(new SimpleGrantedAuthority("ROLE_HOTLINE_OPERATOR"))));
  }

  @Test
  void an_upload_holds_its_share_while_it_is_read_and_gives_it_back() throws Exception {
    signIn();
    AtomicBoolean roomBeside = new AtomicBoolean(true);
    MockFilterChain chain =
        new MockFilterChain(
            new jakarta.servlet.http.HttpServlet() {
              @Override
              protected void service(
                  jakarta.servlet.http.HttpServletRequest req,
                  jakarta.servlet.http.HttpServletResponse res) {
                Thread other =
                    new Thread(
                        () -> {
                          try {
                            budget.taking(50 * KB, () -> "beside");
                          } catch (BusyException busy) {
                            roomBeside.set(false);
                          }
                        });
                other.start();
                try {
                  other.join();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            });
    filter.doFilter(upload("/api/v1/imports", 60), new MockHttpServletResponse(), chain);
    assertThat(roomBeside).as("60 of 100 held while it was read").isFalse();
    assertThat(budget.taking(100 * KB, () -> "all")).as("and given back").isEqualTo("all");
  }

  @Test
  void an_upload_that_found_no_room_is_a_503_to_send_again_and_reaches_nothing() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    try (MemoryBudget.Share other = budget.take(90 * KB)) {
      Thread upload =
          new Thread(
              () -> {
                try {
                  signIn(); // in the upload's own thread
                  filter.doFilter(upload("/imports", 20), response, chain);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      upload.start();
      upload.join();
    }
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("60");
    assertThat(response.getContentAsString()).contains("large files are being read");
    assertThat(chain.getRequest()).as("the application never saw it").isNull();
  }

  @Test
  void an_anonymous_upload_and_other_requests_take_nothing() throws Exception {
    try (MemoryBudget.Share all = budget.take(100 * KB)) {
      SecurityContextHolder.getContext()
          .setAuthentication(
              new AnonymousAuthenticationToken(
                  "key", "anonymous", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
      MockFilterChain anonymous = new MockFilterChain();
      filter.doFilter(upload("/imports", 60), new MockHttpServletResponse(), anonymous);
      assertThat(anonymous.getRequest()).as("left to the chain, which refuses it").isNotNull();

      signIn();
      MockFilterChain photo = new MockFilterChain();
      filter.doFilter(upload("/cases/1/photo", 60), new MockHttpServletResponse(), photo);
      assertThat(photo.getRequest()).isNotNull();
    }
  }
}
