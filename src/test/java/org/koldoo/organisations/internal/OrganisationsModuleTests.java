package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ModuleTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The organisations module with the audit trail it writes to, and no other module: the reference
 * bodies are there from the start, and an administrator keeps the register of organisations on its
 * screens, each change audited.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@AutoConfigureMockMvc
@Import(TestAccounts.class)
@TestPropertySource(
    properties = {
      // accounts made by the tests: a light password hash (production keeps 16 MiB)
      "koldoo.security.password-memory-kib=64",
      "koldoo.security.password-iterations=1"
    })
class OrganisationsModuleTests extends ModuleTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired KoldooUserDetailsService userDetails;
  @Autowired Organisations organisations;
  @Autowired JdbcClient jdbc;
  @Autowired LogoutTokens logoutTokens;
  @Autowired SessionTermination sessionTermination;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  private RequestPostProcessor admin;

  @BeforeEach
  void administrator() {
    admin =
        user(
            userDetails.loadUserByUsername(
                accounts.create("orgadmin", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR)));
  }

  @Test
  void the_reference_bodies_of_the_country_chapter_are_there_from_the_start() {
    assertThat(organisations.all())
        .extracting(OrganisationSummary::code)
        .contains(
            "MOL",
            "MVD",
            "PGO",
            "COURTS",
            "BORDER",
            "OMBUDSMAN",
            "MFA",
            "MOH",
            "MOE",
            "OSH-CITY",
            "CC-BISHKEK",
            "CC-OSH",
            "IOM");
  }

  @Test
  void an_administrator_adds_and_edits_an_organisation_and_both_are_audited() throws Exception {
    String code = "NGO-" + System.nanoTime() % 100000;
    mvc.perform(form(post("/admin/organisations/new"), code, "Tunuk", ""))
        .andExpect(redirectedUrl("/admin/organisations"));
    OrganisationSummary created = byCode(code);
    assertThat(created.nameRu()).isEqualTo("Тунук RU");
    mvc.perform(
            form(
                post("/admin/organisations/" + created.id()),
                code,
                "Tunuk renamed",
                TestAccounts.MOL.toString()))
        .andExpect(redirectedUrl("/admin/organisations"));
    OrganisationSummary edited = byCode(code);
    assertThat(edited.nameEn()).isEqualTo("Tunuk renamed");
    assertThat(edited.parentId()).isEqualTo(TestAccounts.MOL);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where object_type = 'organisation'"
                        + " and object_id = :id")
                .param("id", created.id().toString())
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void a_code_in_use_is_a_field_error_and_nothing_is_written() throws Exception {
    long before = organisations.all().size();
    String page =
        mvc.perform(form(post("/admin/organisations/new"), "MVD", "Duplicate", ""))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("already used by another organisation");
    assertThat(organisations.all()).hasSize((int) before);
  }

  @Test
  void an_organisation_cannot_sit_under_its_own_unit() throws Exception {
    String parent = "P-" + System.nanoTime() % 100000;
    String child = "C-" + System.nanoTime() % 100000;
    mvc.perform(form(post("/admin/organisations/new"), parent, "Parent", ""));
    UUID parentId = byCode(parent).id();
    mvc.perform(form(post("/admin/organisations/new"), child, "Child", parentId.toString()));
    UUID childId = byCode(child).id();
    String page =
        mvc.perform(
                form(
                    post("/admin/organisations/" + parentId), parent, "Parent", childId.toString()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("cannot be placed under itself");
    assertThat(byCode(parent).parentId()).isNull();
  }

  @Test
  void the_list_filters_by_type_and_text() throws Exception {
    String page =
        mvc.perform(get("/admin/organisations").param("type", "NGO").with(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("CC-OSH").doesNotContain(">MVD<");
    String search =
        mvc.perform(get("/admin/organisations").param("q", "прокуратура").with(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(search).contains(">PGO<");
  }

  private MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder request, String code, String name, String parent) {
    return request
        .with(admin)
        .with(csrf())
        .param("code", code)
        .param("nameEn", name)
        .param("nameRu", "Тунук RU")
        .param("nameKy", "Тунук KY")
        .param("type", "NGO")
        .param("region", "OSH")
        .param("parentId", parent)
        .param("active", "true");
  }

  private OrganisationSummary byCode(String code) {
    return organisations.all().stream()
        .filter(o -> o.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_provider_s_logout_token_is_taken_once_and_only_within_a_day_of_its_issue() {
    Instant now = Instant.now();
    OidcLogoutToken fresh = logoutToken(UUID.randomUUID().toString(), now.minusSeconds(30));
    assertThat(logoutTokens.refusal(fresh)).isEmpty();
    assertThat(logoutTokens.refusal(fresh)).contains("the logout token was already received");
    // the same id from another provider is another token
    OidcLogoutToken elsewhere =
        OidcLogoutToken.withTokenValue("t")
            .issuer("https://elsewhere.example")
            .audience(List.of("koldoo"))
            .jti(fresh.getId())
            .issuedAt(now)
            .subject("someone")
            .build();
    assertThat(logoutTokens.refusal(elsewhere)).isEmpty();

    Instant dayAgo = now.minus(LogoutTokens.FRESH);
    assertThat(
            logoutTokens.refusal(logoutToken(UUID.randomUUID().toString(), dayAgo.plusSeconds(60))))
        .isEmpty();
    assertThat(
            logoutTokens.refusal(
                logoutToken(UUID.randomUUID().toString(), dayAgo.minusSeconds(60))))
        .contains("the logout token was issued more than a day ago");
    assertThat(
            logoutTokens.refusal(
                logoutToken(UUID.randomUUID().toString(), now.plus(Duration.ofMinutes(10)))))
        .contains("the logout token is issued in the future");
    assertThat(logoutTokens.refusal(logoutToken("j".repeat(600), now)))
        .contains("the logout token's jti is missing or too long");
  }

  @Test
  void a_logout_that_failed_leaves_its_token_to_be_sent_again() {
    ProviderSessions failing = org.mockito.Mockito.mock(ProviderSessions.class);
    org.mockito.Mockito.when(failing.signedOut(org.mockito.ArgumentMatchers.any()))
        .thenThrow(new IllegalStateException("the database went away"));
    ProviderBackChannelLogout handler =
        new ProviderBackChannelLogout(logoutTokens, failing, sessionTermination, transactions);
    OidcLogoutToken token = logoutToken(UUID.randomUUID().toString(), Instant.now());

    assertThatThrownBy(
            () ->
                handler.logout(
                    new org.springframework.mock.web.MockHttpServletRequest(),
                    new org.springframework.mock.web.MockHttpServletResponse(),
                    new org.springframework.security.authentication.TestingAuthenticationToken(
                        token, null)))
        .hasMessageContaining("the database went away");

    assertThat(logoutTokens.refusal(token)).as("the provider's retry is taken").isEmpty();
  }

  private static OidcLogoutToken logoutToken(String id, Instant issued) {
    return OidcLogoutToken.withTokenValue("t")
        .issuer("https://gov.example")
        .audience(List.of("koldoo"))
        .jti(id)
        .issuedAt(issued)
        .subject("someone")
        .build();
  }
}
