package org.koldoo.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koldoo.victims.NrmActors.CC_BISHKEK;
import static org.koldoo.victims.NrmActors.CC_OSH;
import static org.koldoo.victims.NrmActors.IOM;
import static org.koldoo.victims.NrmActors.MOL;
import static org.koldoo.victims.NrmActors.MVD;
import static org.koldoo.victims.NrmActors.PGO;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Role × organisation × consent state: for each, what the register, the case, the case page and the
 * identity endpoint return — and that the victim's name appears nowhere it should not.
 */
class IdentityAccessMatrixIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;

  /** What a viewer should get: N = nothing, P = pseudonymous case, I = identity. */
  private record Expectation(String who, RequestPostProcessor viewer, char level) {}

  private String document;

  @Test
  void identity_reaches_exactly_those_the_victim_allowed() throws Exception {
    NrmActors actors = new NrmActors(mvc, accounts, users);
    RequestPostProcessor owner = actors.person("owner", CC_OSH, Role.CASE_WORKER);
    String family = "Матрицаева" + System.nanoTime() % 100000;
    document = "M" + System.nanoTime() % 1_000_000;
    UUID caseId = actors.registerAdult(owner, family, document);

    RequestPostProcessor receiver = actors.person("receiver", CC_BISHKEK, Role.CASE_WORKER);
    RequestPostProcessor otherNgo = actors.person("other-ngo", IOM, Role.CASE_WORKER);
    RequestPostProcessor investigator = actors.person("investigator", MVD, Role.INVESTIGATOR);
    RequestPostProcessor coordinator = actors.person("coordinator", MOL, Role.NATIONAL_COORDINATOR);
    RequestPostProcessor analyst = actors.person("analyst", MOL, Role.ANALYST);
    RequestPostProcessor admin = actors.person("admin", CC_OSH, Role.SYSTEM_ADMINISTRATOR);
    RequestPostProcessor ownerAuditor = actors.person("auditor", CC_OSH, Role.AUDITOR);

    // state 1: registered, no consent, no referral
    check(
        actors,
        caseId,
        family,
        List.of(
            new Expectation("owner", owner, 'I'),
            new Expectation("receiver", receiver, 'N'),
            new Expectation("other NGO", otherNgo, 'N'),
            new Expectation("investigator", investigator, 'N'),
            new Expectation("coordinator", coordinator, 'P'),
            new Expectation("analyst", analyst, 'P'),
            new Expectation("administrator", admin, 'N'),
            new Expectation("auditor", ownerAuditor, 'P')));

    // state 2: referral consent, referral sent (pending)
    actors.consent(owner, caseId, "REFERRAL", null, false);
    UUID referral = actors.refer(owner, caseId, CC_BISHKEK);
    check(
        actors,
        caseId,
        family,
        List.of(
            new Expectation("receiver, pending", receiver, 'P'),
            new Expectation("other NGO", otherNgo, 'N'),
            new Expectation("investigator", investigator, 'N')));

    // state 3: accepted
    actors.call(receiver, "POST", "/api/v1/referrals/" + referral + "/acceptance", null);
    check(
        actors,
        caseId,
        family,
        List.of(
            new Expectation("receiver, accepted", receiver, 'I'),
            new Expectation("investigator", investigator, 'N')));

    // state 4: the victim allows sharing with the IOM by name, and contact by law enforcement
    actors.consent(owner, caseId, "SHARING_WITH_ORGANISATION", IOM, false);
    actors.consent(owner, caseId, "LAW_ENFORCEMENT_CONTACT", MVD, false);
    RequestPostProcessor prosecutor = actors.person("prosecutor", PGO, Role.PROSECUTOR);
    check(
        actors,
        caseId,
        family,
        List.of(
            new Expectation("IOM, named", otherNgo, 'I'),
            new Expectation("investigator, consented", investigator, 'I'),
            new Expectation("prosecutor, not named in the consent", prosecutor, 'N'),
            new Expectation("coordinator", coordinator, 'P')));

    // reading is not writing: only the registering organisation keeps the record
    String detailJson =
        actors.call(owner, "GET", "/api/v1/cases/" + caseId, null).getContentAsString();
    String version = com.jayway.jsonpath.JsonPath.read(detailJson, "$.version").toString();
    String lawConsent =
        com.jayway.jsonpath.JsonPath.<List<Object>>read(
                detailJson, "$.consents[?(@.purpose == 'LAW_ENFORCEMENT_CONTACT')].id")
            .get(0)
            .toString();
    String person =
        """
        {"familyName":"Чужой","givenName":"Айгүл","sex":"FEMALE","version":%s}
        """
            .formatted(version);
    String decision =
        """
        {"decidedOn":"2026-11-03","status":"IDENTIFIED_VICTIM","decidingOrganisationId":"%s",
         "exploitationTypes":["FORCED_LABOUR"]}
        """
            .formatted(MVD);
    String consent =
        """
                     {"purpose":"REFERRAL","givenOn":"2026-11-03"}""";
    String service =
        """
                     {"serviceType":"SHELTER","startedOn":"2026-11-03"}""";
    String screening =
        """
        {"screenedOn":"2026-11-03","location":"BORDER","vulnerableGroup":"RETURNED_MIGRANTS","indicators":[]}""";
    List<String> wrong = new ArrayList<>();
    for (var who :
        List.of(
            new Expectation("receiver, accepted", receiver, 'I'),
            new Expectation("IOM, named", otherNgo, 'I'),
            new Expectation("investigator, consented", investigator, 'I'),
            new Expectation("coordinator", coordinator, 'P'),
            new Expectation("analyst", analyst, 'P'),
            new Expectation("auditor", ownerAuditor, 'P'))) {
      String base = "/api/v1/cases/" + caseId;
      String[][] writes = {
        {"PUT", base, person},
        {"POST", base + "/identifications", decision},
        {"POST", base + "/consents", consent},
        {"POST", base + "/consents/" + lawConsent + "/withdrawal", null},
        {"POST", base + "/screenings", screening},
        {
          "POST",
          base + "/referrals",
          """
          {"toOrganisationId":"%s","serviceType":"SHELTER","sentOn":"2026-11-03"}"""
              .formatted(IOM)
        },
      };
      for (String[] w : writes) {
        int status = actors.call(who.viewer(), w[0], w[1], w[2]).getStatus();
        if (status != 403) {
          wrong.add(who.who() + " " + w[0] + " " + w[1].substring(base.length()) + " → " + status);
        }
      }
      // the case page offers only what the viewer may do
      String page =
          mvc.perform(get("/cases/" + caseId).with(who.viewer()))
              .andReturn()
              .getResponse()
              .getContentAsString();
      for (String action : new String[] {"/edit", "/consent\"", "/identification", "/screening"}) {
        if (page.contains("/cases/" + caseId + action)) {
          wrong.add(who.who() + ": the page offers " + action);
        }
      }
      boolean receiverOfOwnWork = who.who().startsWith("receiver");
      int serviceStatus =
          actors.call(who.viewer(), "POST", base + "/services", service).getStatus();
      if ((serviceStatus == 201) != receiverOfOwnWork) {
        wrong.add(who.who() + " POST /services → " + serviceStatus);
      }
    }
    String ownerPage =
        mvc.perform(get("/cases/" + caseId).with(owner))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(ownerPage)
        .contains("/cases/" + caseId + "/edit")
        .contains("/cases/" + caseId + "/identification");
    assertThat(wrong).isEmpty();
    // the law-enforcement consent still stands: nobody but the owner could withdraw it
    assertThat(
            actors
                .call(investigator, "GET", "/api/v1/cases/" + caseId + "/identity?purpose=t", null)
                .getStatus())
        .isEqualTo(200);

    // state 5: every consent withdrawn — access ends at once, the accepted referral included
    String detail = actors.call(owner, "GET", "/api/v1/cases/" + caseId, null).getContentAsString();
    for (Object consentId :
        com.jayway.jsonpath.JsonPath.<List<Object>>read(detail, "$.consents[*].id")) {
      var withdrawn =
          actors.call(
              owner,
              "POST",
              "/api/v1/cases/" + caseId + "/consents/" + consentId + "/withdrawal",
              null);
      assertThat(withdrawn.getStatus()).isEqualTo(200);
    }
    check(
        actors,
        caseId,
        family,
        List.of(
            new Expectation("owner", owner, 'I'),
            new Expectation("receiver, consent withdrawn", receiver, 'P'),
            new Expectation("IOM, consent withdrawn", otherNgo, 'N'),
            new Expectation("investigator, consent withdrawn", investigator, 'N')));
    // the victim said no: an emergency read is refused to the former receiver
    assertThat(
            actors
                .call(
                    receiver,
                    "GET",
                    "/api/v1/cases/" + caseId + "/identity?purpose=x&breakGlassReason=emergency",
                    null)
                .getStatus())
        .isEqualTo(403);
  }

  private void check(NrmActors actors, UUID caseId, String family, List<Expectation> expectations)
      throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Expectation e : expectations) {
      String list =
          actors.call(e.viewer(), "GET", "/api/v1/cases?size=200", null).getContentAsString();
      var detail = actors.call(e.viewer(), "GET", "/api/v1/cases/" + caseId, null);
      var identity =
          actors.call(
              e.viewer(), "GET", "/api/v1/cases/" + caseId + "/identity?purpose=test", null);
      var page = mvc.perform(get("/cases/" + caseId).with(e.viewer())).andReturn().getResponse();
      boolean listed = list.contains(caseId.toString());
      // searching by identity finds the case only for those who may see the identity: for the
      // rest the answer is the answer to no match (national roles may not search at all)
      var byDocument = actors.call(e.viewer(), "GET", "/api/v1/cases?document=" + document, null);
      boolean found = byDocument.getContentAsString().contains(caseId.toString());
      if (found != (e.level() == 'I')) {
        wrong.add(e.who() + ": found by document=" + found);
      }
      if (byDocument.getStatus() != 200 && byDocument.getStatus() != 403) {
        wrong.add(e.who() + ": search " + byDocument.getStatus());
      }
      // the search sent in the body answers as the one in the address, status and all
      var inBody =
          actors.call(
              e.viewer(),
              "POST",
              "/api/v1/cases/search",
              "{\"document\":\"%s\"}".formatted(document));
      if (inBody.getStatus() != byDocument.getStatus()
          || inBody.getContentAsString().contains(caseId.toString()) != found) {
        wrong.add(e.who() + ": search in the body " + inBody.getStatus());
      }
      int expectedDetail = e.level() == 'N' ? 404 : 200;
      int expectedIdentity = e.level() == 'I' ? 200 : e.level() == 'P' ? 403 : 404;
      if (listed != (e.level() != 'N')) {
        wrong.add(e.who() + ": listed=" + listed);
      }
      if (detail.getStatus() != expectedDetail) {
        wrong.add(e.who() + ": case " + detail.getStatus());
      }
      if (identity.getStatus() != expectedIdentity) {
        wrong.add(e.who() + ": identity " + identity.getStatus());
      }
      if (page.getStatus() == 200 && e.level() == 'N') {
        wrong.add(e.who() + ": page shown");
      }
      for (String body :
          new String[] {list, detail.getContentAsString(), page.getContentAsString()}) {
        if (body.contains(family)) {
          wrong.add(e.who() + ": name leaked outside the identity endpoint");
        }
      }
      if (e.level() != 'I' && identity.getContentAsString().contains(family)) {
        wrong.add(e.who() + ": name leaked by the identity endpoint");
      }
    }
    assertThat(wrong).isEmpty();
  }
}
