package org.koldoo.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.support.ControllerSliceTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A person's notices on their own: a notice that is not the person's is not found and nothing is
 * marked read, on the screen and over the API; opening one leads only to a page of Koldoo's own.
 */
@WebMvcTest({NotificationsWeb.Page.class, NotificationsWeb.Api.class})
@WithMockUser(username = "a.tashieva", roles = "CASE_WORKER")
class NotificationsWebTests extends ControllerSliceTest {

  @MockitoBean Inbox inbox;

  private int statusOfPost(String path) throws Exception {
    return mvc.perform(post(path).with(csrf())).andReturn().getResponse().getStatus();
  }

  @Test
  void a_notice_that_is_not_the_person_s_is_not_found_and_nothing_is_marked_read()
      throws Exception {
    UUID someoneElses = UUID.randomUUID();
    when(inbox.linkOf("a.tashieva", someoneElses)).thenReturn(Optional.empty());
    when(inbox.markRead("a.tashieva", someoneElses)).thenReturn(false);
    assertThat(statusOfPost("/notifications/" + someoneElses + "/open")).isEqualTo(404);
    assertThat(statusOfPost("/api/v1/notifications/" + someoneElses + "/read")).isEqualTo(404);
    verify(inbox, never()).unread(anyString());
  }

  @Test
  void opening_a_notice_marks_it_read_and_leads_only_to_a_page_of_koldoo_s_own() throws Exception {
    UUID own = UUID.randomUUID();
    when(inbox.linkOf("a.tashieva", own)).thenReturn(Optional.of("/referrals?incoming=true"));
    var answer = mvc.perform(post("/notifications/" + own + "/open").with(csrf())).andReturn();
    assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/referrals?incoming=true");
    verify(inbox).markRead("a.tashieva", own);

    for (String elsewhere : new String[] {"https://example.org/", "//example.org", "/\\example"}) {
      when(inbox.linkOf(any(), any())).thenReturn(Optional.of(elsewhere));
      var away =
          mvc.perform(post("/notifications/" + UUID.randomUUID() + "/open").with(csrf()))
              .andReturn();
      assertThat(away.getResponse().getRedirectedUrl()).as(elsewhere).isEqualTo("/notifications");
    }
  }
}
