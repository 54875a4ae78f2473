package org.koldoo.victims;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.koldoo.platform.security.Role;
import org.koldoo.support.TestAccounts;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** People of the referral mechanism acting through the API, for the NRM tests. */
final class NrmActors {

  static final UUID MVD = UUID.fromString("00000000-0000-0000-0000-000000000002");
  static final UUID CC_BISHKEK = UUID.fromString("00000000-0000-0000-0000-000000000011");
  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");
  static final UUID IOM = UUID.fromString("00000000-0000-0000-0000-000000000013");
  static final UUID PGO = UUID.fromString("00000000-0000-0000-0000-000000000003");
  static final UUID MOL = UUID.fromString("00000000-0000-0000-0000-000000000001");

  private final MockMvc mvc;
  private final TestAccounts accounts;
  private final UserDetailsService users;

  NrmActors(MockMvc mvc, TestAccounts accounts, UserDetailsService users) {
    this.mvc = mvc;
    this.accounts = accounts;
    this.users = users;
  }

  RequestPostProcessor person(String prefix, UUID organisation, Role... roles) {
    return accounts.signedIn(users, prefix, organisation, roles);
  }

  MockHttpServletResponse call(RequestPostProcessor who, String method, String url, String json)
      throws Exception {
    var request =
        switch (method) {
          case "GET" -> get(java.net.URI.create(url));
          case "PUT" -> put(java.net.URI.create(url));
          default -> post(java.net.URI.create(url));
        };
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.perform(request.with(who).header("Accept-Language", "en")).andReturn().getResponse();
  }

  static String read(MockHttpServletResponse response, String path) throws Exception {
    return JsonPath.read(response.getContentAsString(), path).toString();
  }

  /** Registers an adult woman with a Kyrgyz name and returns the case id. */
  UUID registerAdult(RequestPostProcessor who, String familyName, String document)
      throws Exception {
    var response =
        call(
            who,
            "POST",
            "/api/v1/cases",
            """
            {"familyName":"%s","givenName":"Айгүл","patronymic":"Садыковна",
             "latinName":"Aigul %s","dateOfBirth":"1995-03-14","documentNumber":"%s",
             "contacts":"+996 555 123 456","address":"Ош, ул. Ленина 1","notes":"Сама пришла в центр",
             "sex":"FEMALE","citizenships":["KG"],"region":"OSH","vulnerabilityFactors":["RETURNED_MIGRANT"]}
            """
                .formatted(familyName, familyName, document));
    if (response.getStatus() != 201) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
    return UUID.fromString(read(response, "$.id"));
  }

  void consent(
      RequestPostProcessor who, UUID caseId, String purpose, UUID organisation, boolean guardian)
      throws Exception {
    var response =
        call(
            who,
            "POST",
            "/api/v1/cases/" + caseId + "/consents",
            """
            {"purpose":"%s","givenOn":"2026-11-01","byGuardian":%s%s}"""
                .formatted(
                    purpose,
                    guardian,
                    (organisation == null ? "" : ",\"organisationId\":\"" + organisation + "\"")));
    if (response.getStatus() != 200) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
  }

  UUID refer(RequestPostProcessor who, UUID caseId, UUID to) throws Exception {
    var response =
        call(
            who,
            "POST",
            "/api/v1/cases/" + caseId + "/referrals",
            """
            {"toOrganisationId":"%s","serviceType":"SHELTER","sentOn":"2026-11-02"}"""
                .formatted(to));
    if (response.getStatus() != 201) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
    return UUID.fromString(read(response, "$.id"));
  }
}
