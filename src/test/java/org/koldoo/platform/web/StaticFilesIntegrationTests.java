package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The pages' files are served from their three prefixes, to anyone (the sign-in page needs them),
 * and nothing else is looked up as a file: a link to a case is not searched for in every jar.
 */
class StaticFilesIntegrationTests extends IntegrationTest {

  private static final Pattern LINKED =
      Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

  @Autowired MockMvc mvc;
  @Autowired ResourceUrlProvider files;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;

  @Test
  void every_file_the_sign_in_page_links_is_served_without_signing_in() throws Exception {
    String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
    List<String> linked = new ArrayList<>();
    Matcher m = LINKED.matcher(page);
    while (m.find()) {
      linked.add(m.group(1));
    }
    // each by an address that changes with its content: a hash, or the web jar's version
    assertThat(linked)
        .as("the sign-in page's stylesheets and scripts")
        .anyMatch(path -> path.matches("/css/koldoo-[0-9a-f]{32}\\.css"))
        .anyMatch(path -> path.matches("/js/koldoo-[0-9a-f]{32}\\.js"))
        .anyMatch(path -> path.matches("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/.*"));
    for (String path : linked) {
      var response = mvc.perform(get(path)).andReturn().getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(200);
      assertThat(response.getContentAsByteArray()).as(path).isNotEmpty();
      // kept by the browser for a year: the address changes when the content does
      assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo("max-age=31536000");
      assertThat(response.getHeader("Pragma")).as(path).isNull();
    }
  }

  @Test
  void a_web_jar_is_served_by_its_versionless_path() throws Exception {
    for (String path :
        List.of(
            "/webjars/bootstrap/dist/css/bootstrap.min.css",
            "/webjars/htmx.org/dist/htmx.min.js",
            "/webjars/echarts/dist/echarts.min.js",
            "/js/dashboard.js")) {
      var response = mvc.perform(get(path)).andReturn().getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(200);
    }
  }

  @Test
  void only_the_three_prefixes_are_files() {
    // "/**" here would make every link of every page a look-up in each jar of the class path
    assertThat(files.getHandlerMap().keySet())
        .contains("/css/**", "/js/**", "/webjars/**")
        .doesNotContain("/**");
  }

  @Test
  void an_unknown_address_is_still_a_404() throws Exception {
    // (the API's problem for it: ApiAuthenticationIntegrationTests; the page: the error controller)
    var someone = accounts.signedIn(users, "static-reader", TestAccounts.MVD, Role.INVESTIGATOR);
    for (String path : List.of("/no-page-here", "/css/no-such.css", "/webjars/no-such/x.js")) {
      var response = mvc.perform(get(path).with(someone)).andReturn().getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(404);
    }
  }

  @Test
  void the_api_documentation_keeps_its_own_files() throws Exception {
    var response = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
  }
}
