package org.koldoo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.ActorAware;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Navigation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the controller slice tests ({@code @WebMvcTest(SomeController.class)} on the subclass):
 * no database, the controller's use cases mocked by the subclass; here what every page and error
 * handler of the application expects (navigation, organisations, Bishkek's clock) and method
 * security, so that a controller's {@code @PreAuthorize} holds as in the application.
 */
@Import(ControllerSliceConfiguration.class)
public abstract class ControllerSliceTest {

  @Autowired protected MockMvc mvc;
  @MockitoBean protected Navigation navigation;

  // named, so that where a slice mocks an implementation of Organisations too (the organisations
  // module's own controllers) an injection point named "organisations" still finds this one
  @MockitoBean(name = "organisations")
  protected Organisations organisations;

  /** {@code request} sent with a CSRF token and {@code json} as its body; the answer. */
  protected MockHttpServletResponse send(MockHttpServletRequestBuilder request, String json)
      throws Exception {
    return mvc.perform(request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
        .andReturn()
        .getResponse();
  }

  /** {@code json} posted to {@code path}; the answer. */
  protected MockHttpServletResponse send(String path, String json) throws Exception {
    return send(post(path), json);
  }

  /** A form sent with its CSRF token that must come back as a page (its errors shown): the page. */
  protected String formBack(AbstractMockHttpServletRequestBuilder<?> form) throws Exception {
    MockHttpServletResponse answer = mvc.perform(form.with(csrf())).andReturn().getResponse();
    assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
    return answer.getContentAsString();
  }

  /**
   * A small form sent with its CSRF token that must go back to {@code page}: what it flashes there
   * (that it was saved, or why not).
   */
  protected Map<String, Object> flashedBackTo(
      String page, AbstractMockHttpServletRequestBuilder<?> form) throws Exception {
    MvcResult answer = mvc.perform(form.with(csrf())).andReturn();
    assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo(page);
    return answer.getFlashMap();
  }

  /** What a form page shows for each of these fields when it names them at fault. */
  protected static String[] errorsOf(String... fields) {
    return Arrays.stream(fields).map(f -> "id=\"" + f + "-error\"").toArray(String[]::new);
  }

  /**
   * A person of {@code organisation} in these roles, signed in as the application's principals are
   * (they carry their organisation), for the pages that ask for one.
   */
  protected static RequestPostProcessor memberOf(UUID organisation, Role... roles) {
    Actor actor = new Actor("member", organisation, Set.of(roles));
    ActorAware principal = () -> actor;
    return authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal,
            null,
            Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
  }

  /** The status of a GET of {@code path}. */
  protected int statusOf(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse().getStatus();
  }
}
