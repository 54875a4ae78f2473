package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class HereTests {

  private final Here here = new Here();

  @AfterEach
  void forget() {
    RequestContextHolder.resetRequestAttributes();
  }

  private static MockHttpServletRequest serving(String method, String path, String query) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setServerName("koldoo.example");
    request.setServerPort(443);
    request.setScheme("https");
    if (query != null) {
      request.setQueryString(query);
      for (String pair : query.split("&")) {
        String[] kv = pair.split("=", 2);
        request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    return request;
  }

  @Test
  void a_link_keeps_the_other_choices_and_goes_back_to_the_first_page() {
    serving("GET", "/hotline", "topic=LABOUR&page=3&sort=region");
    assertThat(here.with("outcome", "REFERRED"))
        .isEqualTo("/hotline?topic=LABOUR&sort=region&outcome=REFERRED");
    assertThat(here.with("page", null)).isEqualTo("/hotline?topic=LABOUR&sort=region");
  }

  @Test
  void a_heading_turns_its_order_round_and_says_which_way_it_goes() {
    serving("GET", "/cases", "sort=number");
    assertThat(here.sortedBy("number")).isEqualTo("/cases?sort=-number");
    assertThat(here.sortState("number")).isEqualTo("ascending");
    assertThat(here.sortedBy("status")).isEqualTo("/cases?sort=status");
    assertThat(here.sortState("status")).isEqualTo("none");
  }

  @Test
  void one_of_several_lists_pages_alone() {
    serving("GET", "/outreach", "campaignsPage=2&periodsPage=x");
    assertThat(Here.pageNumber("campaignsPage")).isEqualTo(2);
    assertThat(Here.pageNumber("periodsPage")).isZero();
    assertThat(Here.pageNumber("other")).isZero();
    assertThat(here.with("periodsPage", null)).isEqualTo("/outreach?campaignsPage=2");
  }

  @Test
  void after_a_refused_form_links_lead_to_the_page_the_form_was_on() {
    MockHttpServletRequest post = serving("POST", "/agencies", null);
    post.addHeader("Origin", "https://koldoo.example");
    post.addHeader("Referer", "https://koldoo.example/agencies?q=Osh&sort=-holder&page=2");
    assertThat(here.with("page", null)).isEqualTo("/agencies?q=Osh&sort=-holder");
    assertThat(here.sortState("holder")).isEqualTo("descending");
    assertThat(here.sortedBy("holder")).isEqualTo("/agencies?q=Osh&sort=holder");
  }

  @Test
  void a_path_that_reads_as_another_site_is_never_taken_for_a_page() {
    MockHttpServletRequest post = serving("POST", "/agencies", null);
    post.addHeader("Origin", "https://koldoo.example");
    post.addHeader("Referer", "https://koldoo.example//elsewhere.example/x?q=1");
    assertThat(here.with("page", null)).isEqualTo("/agencies");
  }

  @Test
  void a_page_of_another_site_is_never_taken_for_ours() {
    MockHttpServletRequest post = serving("POST", "/agencies", null);
    post.addHeader("Origin", "https://elsewhere.example");
    post.addHeader("Referer", "https://elsewhere.example/agencies?q=x");
    assertThat(here.with("page", null)).isEqualTo("/agencies");
    assertThat(here.sortState("holder")).isEqualTo("none");
  }
}
