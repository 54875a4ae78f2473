package org.koldoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every API operation in {@code /v3/api-docs} × every role × its relationship to the object,
 * against the expectation in {@link #MATRIX}: who may call it (anyone else must get 403 or 404, and
 * nothing may change), reads and writes alike; and no answer may carry the victim's name or a
 * defendant's name where the viewer may not see them. An operation missing from the table fails the
 * test, so a new endpoint cannot ship without its row.
 *
 * <p>The world: a victim case registered by the Osh crisis centre (OWN), with the victim's consent
 * to referral, to sharing with the MFA (SHR) and to contact by the MVD (LEC); a referral accepted
 * by the Bishkek crisis centre (ACC) and one pending with the IOM (PEN). A criminal case registered
 * by the MVD (LEC) and handed to the prosecution (LEN, not named in the victim's consent); the
 * border service (LEU) and the courts (CRT) do not handle it. A hotline (HOT) and a labour
 * inspectorate (INS) with their records; the national coordinator (NAT), an analyst (ANA), an
 * auditor (AUD) and the administrator (ADM).
 */
class AuthorizationMatrixIntegrationTests extends IntegrationTest {

  private static final UUID MOL = TestAccounts.MOL;
  private static final UUID MVD = TestAccounts.MVD;
  private static final UUID PGO = UUID.fromString("00000000-0000-0000-0000-000000000003");
  private static final UUID COURTS = UUID.fromString("00000000-0000-0000-0000-000000000004");
  private static final UUID BORDER = UUID.fromString("00000000-0000-0000-0000-000000000005");
  private static final UUID MFA = UUID.fromString("00000000-0000-0000-0000-000000000007");
  private static final UUID OSH_CITY = UUID.fromString("00000000-0000-0000-0000-000000000010");
  private static final UUID CC_BISHKEK = UUID.fromString("00000000-0000-0000-0000-000000000011");
  private static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");
  private static final UUID IOM = UUID.fromString("00000000-0000-0000-0000-000000000013");
  private static final String ARTICLE_166 = "10000000-0000-0000-0000-000000000166";

  /** Who calls: a code, an organisation and a role. */
  private record Cell(String code, UUID organisation, Role role) {}

  private static final List<Cell> CELLS =
      List.of(
          new Cell("PEN", IOM, Role.CASE_WORKER),
          new Cell("SHR", MFA, Role.CONSULAR_OFFICER),
          new Cell("LEN", PGO, Role.PROSECUTOR),
          new Cell("LEU", BORDER, Role.INVESTIGATOR),
          new Cell("CRT", COURTS, Role.COURT_CLERK),
          new Cell("HOT", OSH_CITY, Role.HOTLINE_OPERATOR),
          new Cell("INS", MOL, Role.LABOUR_INSPECTOR),
          new Cell("ANA", MOL, Role.ANALYST),
          new Cell("AUD", MOL, Role.AUDITOR),
          new Cell("NAT", MOL, Role.NATIONAL_COORDINATOR),
          new Cell("ADM", MOL, Role.SYSTEM_ADMINISTRATOR),
          new Cell("ACC", CC_BISHKEK, Role.CASE_WORKER),
          new Cell("LEC", MVD, Role.INVESTIGATOR),
          new Cell("OWN", CC_OSH, Role.CASE_WORKER));

  /**
   * One row per operation: who may call it ({@code *} everyone, {@code -} nobody of these), and for
   * writes a body that passes the operation's own validation, so that a refusal can only come from
   * the access rules. "May call" means anything but 401, 403 or 404; a domain refusal (400, 409)
   * after the access check is allowed. {@code {pseudonym}}, {@code {defendant}} and {@code
   * {referral}} in a body are the world's objects.
   */
  private static final String MATRIX =
      """
      GET /api/v1/agencies                                  | INS NAT ANA
      POST /api/v1/agencies                                 | INS NAT | {"licenceNumber":"LIC-{n}","holder":"Test agency","validFrom":"2026-01-01","validTo":"2027-01-01","status":"VALID","destinationCountries":["RU"]}
      PUT /api/v1/agencies/{id}                             | INS NAT | {"licenceNumber":"LIC-{n}","holder":"Test agency","validFrom":"2026-01-01","validTo":"2027-01-01","status":"VALID","destinationCountries":["RU"],"version":0}
      GET /api/v1/agencies/{id}/reports                     | INS NAT ANA
      POST /api/v1/agencies/{id}/reports                    | INS NAT | {"kind":"COMPLAINT","receivedOn":"2026-01-15","description":"Late wages"}
      GET /api/v1/articles                                  | *
      POST /api/v1/articles                                 | ADM | {"code":"X{n}","titleEn":"Test {n}","titleRu":"Тест {n}","titleKy":"Тест {n}","articleClass":"OTHER"}
      PUT /api/v1/articles/{id}                             | ADM | {"code":"X{n}","titleEn":"Test {n}","titleRu":"Тест {n}","titleKy":"Тест {n}","articleClass":"OTHER","version":0}
      GET /api/v1/articles/{id}/revisions                   | ADM
      GET /api/v1/audit/entries                             | AUD ADM
      GET /api/v1/audit/verify                              | AUD ADM
      POST /api/v1/auth/tokens                              | - | {"username":"nobody-{n}","password":"wrong-password-1"}
      POST /api/v1/auth/password                            | - | {"username":"nobody-{n}","currentPassword":"wrong-password-1","newPassword":"correct-horse-42-battery"}
      GET /api/v1/api-clients                               | ADM
      POST /api/v1/api-clients                              | ADM | {"name":"Matrix client {n}","organisationId":"00000000-0000-0000-0000-000000000001","roles":["ANALYST"]}
      POST /api/v1/api-clients/{id}/secret                  | ADM
      POST /api/v1/api-clients/{id}/revoke                  | ADM
      DELETE /api/v1/auth/tokens/current                    | *
      GET /api/v1/campaigns                                 | NAT ANA
      POST /api/v1/campaigns                                | NAT | {"name":"Campaign {n}","startsOn":"2026-01-15","regions":["BISHKEK"],"channels":["TELEVISION"],"reach":100}
      PUT /api/v1/campaigns/{id}                            | NAT | {"name":"Campaign {n}","startsOn":"2026-01-15","regions":["BISHKEK"],"channels":["TELEVISION"],"reach":100,"version":0}
      GET /api/v1/cases                                     | *
      POST /api/v1/cases                                    | PEN SHR LEN LEU CRT HOT INS ACC LEC OWN | {"familyName":"{name}","givenName":"{name}","sex":"FEMALE"}
      POST /api/v1/cases/duplicate-check                    | PEN SHR LEN LEU CRT HOT INS ACC LEC OWN | {"familyName":"{family}","givenName":"{name}","sex":"FEMALE"}
      POST /api/v1/cases/search                             | PEN SHR LEN LEU CRT HOT INS ACC LEC OWN | {"name":"{family}"}
      GET /api/v1/cases/{id}                                | PEN SHR ANA AUD NAT ACC LEC OWN
      PUT /api/v1/cases/{id}                                | OWN | {"familyName":"{family}","givenName":"{name}","sex":"FEMALE","version":{version}}
      POST /api/v1/cases/{id}/assignment                    | OWN | {"assignee":"{ownUser}"}
      GET /api/v1/cases/{id}/attachments                    | SHR ACC LEC OWN
      POST /api/v1/cases/{id}/attachments                   | OWN | @upload SIGNED_CONSENT
      GET /api/v1/cases/{id}/attachments/{attachmentId}     | SHR ACC LEC OWN
      POST /api/v1/cases/{id}/child-protection              | OWN | {"guardianType":"PARENT"}
      POST /api/v1/cases/{id}/closure                       | OWN | {"reason":"OTHER"}
      POST /api/v1/cases/{id}/reopening                     | OWN
      POST /api/v1/cases/{id}/tasks                         | OWN | {"kind":"CALL_BACK","dueOn":"2099-02-01","assignee":"{ownUser}","note":"{name}"}
      POST /api/v1/cases/{id}/tasks/{taskId}/completion     | OWN | {"outcome":"DONE"}
      POST /api/v1/cases/{id}/consents                      | OWN | {"purpose":"SHARING_WITH_ORGANISATION","organisationId":"00000000-0000-0000-0000-000000000008","givenOn":"2026-01-10"}
      POST /api/v1/cases/{id}/consents/{consentId}/withdrawal | OWN
      GET /api/v1/cases/{id}/identity                       | SHR ACC LEC OWN
      POST /api/v1/cases/{id}/identity                      | SHR ACC LEC OWN | {"purpose":"case work"}
      GET /api/v1/cases/{id}/look-ups                       | AUD
      POST /api/v1/cases/{id}/identifications               | OWN | {"decidedOn":"2026-01-15","status":"PRESUMED_VICTIM","decidingOrganisationId":"00000000-0000-0000-0000-000000000012","exploitationTypes":["FORCED_LABOUR"]}
      POST /api/v1/cases/{id}/returns                       | ACC OWN | {"kind":"REPATRIATION_OF_NATIONAL","eventOn":"2026-01-15"}
      POST /api/v1/cases/{id}/screenings                    | OWN | {"screenedOn":"2026-01-15","location":"NGO_OUTREACH","vulnerableGroup":"RETURNED_MIGRANTS","indicators":[]}
      GET /api/v1/cases/{caseId}/referrals                  | PEN SHR ANA AUD NAT ACC LEC OWN
      POST /api/v1/cases/{caseId}/referrals                 | OWN | {"toOrganisationId":"00000000-0000-0000-0000-000000000008","serviceType":"MEDICAL","sentOn":"2026-01-12"}
      GET /api/v1/cases/{caseId}/services                   | PEN SHR ANA AUD NAT ACC LEC OWN
      POST /api/v1/cases/{caseId}/services                  | ACC OWN | {"serviceType":"SHELTER","startedOn":"2026-01-15"}
      GET /api/v1/criminal-cases                            | LEN LEU CRT ANA NAT LEC
      POST /api/v1/criminal-cases                           | LEN LEU LEC | {"registrationNumber":"AM-{n}","registeredOn":"2026-01-05","origin":"POLICE_INITIATIVE","articleId":"10000000-0000-0000-0000-000000000166"}
      GET /api/v1/criminal-cases/downgrades                 | LEN LEU CRT ANA NAT LEC
      GET /api/v1/criminal-cases/{id}                       | LEN LEU CRT ANA NAT LEC
      POST /api/v1/criminal-cases/{id}/bodies               | LEN LEC | {"organisationId":"00000000-0000-0000-0000-000000000002"}
      POST /api/v1/criminal-cases/{id}/defendants           | LEN LEC | {"name":"{name} {name}","sex":"MALE"}
      PUT /api/v1/criminal-cases/{id}/definition            | LEN LEC | {"notInternationalDefinition":false}
      POST /api/v1/criminal-cases/{id}/events               | LEN LEC | {"type":"INVESTIGATION_SUSPENDED","occurredOn":"2026-01-20"}
      GET /api/v1/criminal-cases/{id}/work                  | LEN LEU CRT ANA NAT LEC
      POST /api/v1/criminal-cases/{id}/assignment           | LEN LEC | {"assignee":""}
      POST /api/v1/criminal-cases/{id}/follow-ups           | LEN LEC | {"kind":"INTERVIEW","dueOn":"2099-01-01","assignee":"{ownUser}"}
      POST /api/v1/criminal-cases/{id}/follow-ups/{followUpId}/completion | LEN LEC | {"outcome":"DONE"}
      POST /api/v1/criminal-cases/{id}/victims              | LEN LEC | {"pseudonym":"{pseudonym}"}
      GET /api/v1/enforcement-operations                    | LEN LEU CRT ANA NAT LEC
      POST /api/v1/enforcement-operations                   | LEN LEU LEC | {"name":"Operation {n}","startedOn":"2026-01-10","offencesUncovered":1,"traffickingAmongOffences":"UNKNOWN"}
      POST /api/v1/enforcement-operations/detentions        | LEN LEU LEC | {"operationId":"00000000-0000-0000-0000-00000000dead","occurredOn":"2026-01-10","measure":"ARREST","persons":2,"screened":true,"referredAsVictims":1}
      GET /api/v1/exports/ctdc                              | ANA NAT
      GET /api/v1/exports/glotip                            | ANA NAT
      GET /api/v1/exports/summary                           | ANA NAT
      GET /api/v1/hotline/calls                             | HOT ANA NAT
      POST /api/v1/hotline/calls                            | HOT | {"receivedAt":"2026-01-12T10:15:00","channel":"PHONE","callerType":"OTHER","language":"ru","topics":["OTHER"],"outcome":"INFORMATION_GIVEN"}
      PUT /api/v1/hotline/calls/{id}                        | HOT | {"receivedAt":"2026-01-12T10:20:00","channel":"PHONE","callerType":"OTHER","language":"ru","topics":["OTHER"],"outcome":"INFORMATION_GIVEN","version":0}
      POST /api/v1/hotline/calls/{id}/case                  | HOT | {"pseudonym":"{pseudonym}"}
      GET /api/v1/hotline/period-totals                     | HOT
      POST /api/v1/hotline/period-totals                    | HOT | {"periodStart":"2014-01-01","periodEnd":"2014-01-31","topic":"OTHER","calls":5}
      GET /api/v1/indicators                                | ANA NAT
      GET /api/v1/labour-inspections                        | INS ANA NAT
      POST /api/v1/labour-inspections                       | INS NAT | {"inspectedOn":"2026-01-15","inspectingBody":"00000000-0000-0000-0000-000000000001","establishment":"Farm","siteType":"FARM","referredToPolice":false}
      PUT /api/v1/labour-inspections/{id}                   | INS NAT | {"inspectedOn":"2026-01-15","inspectingBody":"00000000-0000-0000-0000-000000000001","establishment":"Farm","siteType":"FARM","referredToPolice":false,"version":0}
      GET /api/v1/labour-inspections/period-totals          | INS ANA NAT
      POST /api/v1/labour-inspections/period-totals         | INS NAT | {"periodStart":"2016-01-01","periodEnd":"2016-03-31","inspections":3,"unannounced":1,"withIndicators":0}
      POST /api/v1/linkage/candidates/{id}/confirmation     | ANA NAT PEN ACC OWN | {}
      POST /api/v1/linkage/candidates/{id}/rejection        | ANA NAT PEN ACC OWN | {}
      GET /api/v1/linkage/candidates                        | ANA NAT PEN ACC OWN
      POST /api/v1/linkage/decisions                        | ANA NAT PEN ACC OWN | {"candidates":["{case}"],"linked":false}
      POST /api/v1/linkage/merges                           | ANA NAT | {"caseA":"{case}","caseB":"{otherCase}"}
      GET /api/v1/linkage/persons                           | ANA NAT
      POST /api/v1/linkage/runs                             | ANA NAT
      POST /api/v1/linkage/splits                           | ANA NAT | {"caseId":"{case}"}
      GET /api/v1/migration-services                        | NAT ANA
      POST /api/v1/migration-services                       | NAT | {"periodStart":"{later}","periodEnd":"{later}","preDepartureOrientations":1,"consultations":1,"peopleServed":1}
      PUT /api/v1/migration-services/{id}                   | NAT | {"periodStart":"{later}","periodEnd":"{later}","preDepartureOrientations":1,"consultations":1,"peopleServed":1,"version":0}
      GET /api/v1/ngo-centre-support                        | NAT ANA
      POST /api/v1/ngo-centre-support                       | NAT | {"centreId":"00000000-0000-0000-0000-000000000011","funderId":"00000000-0000-0000-0000-000000000001","periodStart":"{later}","periodEnd":"{later}","kind":"MONEY","amountKgs":150000}
      PUT /api/v1/ngo-centre-support/{id}                   | NAT | {"centreId":"00000000-0000-0000-0000-000000000011","funderId":"00000000-0000-0000-0000-000000000001","periodStart":"{later}","periodEnd":"{later}","kind":"MONEY","amountKgs":150000,"version":0}
      GET /api/v1/demand-reduction-actions                  | NAT ANA
      POST /api/v1/demand-reduction-actions                 | NAT | {"heldOn":"2026-01-15","organisationId":"00000000-0000-0000-0000-000000000002","kind":"LAW_ENFORCEMENT","title":"Action {n}","reach":40}
      PUT /api/v1/demand-reduction-actions/{id}             | NAT | {"heldOn":"2026-01-15","organisationId":"00000000-0000-0000-0000-000000000002","kind":"LAW_ENFORCEMENT","title":"Action {n}","reach":40,"version":0}
      GET /api/v1/harassment-incidents                      | NAT ANA
      POST /api/v1/harassment-incidents                     | NAT | {"reportedOn":"2026-01-15","target":"LABOUR_UNION","perpetrator":"EMPLOYER","description":"Organiser dismissed"}
      PUT /api/v1/harassment-incidents/{id}                 | NAT | {"reportedOn":"2026-01-15","target":"LABOUR_UNION","perpetrator":"EMPLOYER","description":"Organiser dismissed","version":0}
      GET /api/v1/nap-activities                            | NAT ANA
      GET /api/v1/notifications                             | *
      POST /api/v1/notifications/read                       | *
      POST /api/v1/notifications/{id}/read                  | *
      POST /api/v1/nap-activities                           | NAT | {"code":"N{n}","title":"Activity","responsibleBody":"00000000-0000-0000-0000-000000000001","deadline":"2026-12-31","status":"NOT_STARTED"}
      PUT /api/v1/nap-activities/{id}                       | NAT | {"code":"N{n}","title":"Activity","responsibleBody":"00000000-0000-0000-0000-000000000001","deadline":"2026-12-31","status":"NOT_STARTED","version":0}
      GET /api/v1/imports                                   | PEN SHR LEN LEU CRT HOT INS NAT ACC LEC OWN
      POST /api/v1/imports                                  | PEN SHR LEN LEU CRT HOT INS ACC LEC OWN | @upload victim-cases
      GET /api/v1/imports/kinds                             | PEN SHR LEN LEU CRT HOT INS NAT ACC LEC OWN
      GET /api/v1/imports/templates/{kind}                  | PEN SHR LEN LEU CRT HOT INS NAT ACC LEC OWN
      GET /api/v1/imports/{id}                              | PEN SHR LEN LEU CRT HOT INS NAT ACC LEC OWN
      POST /api/v1/imports/{id}/commit                      | PEN SHR LEN LEU CRT HOT INS NAT ACC LEC OWN
      POST /api/v1/imports/{id}/discard                     | PEN SHR LEN LEU CRT HOT INS NAT ACC LEC OWN
      POST /api/v1/imports/{id}/mapping                     | PEN SHR LEN LEU CRT HOT INS NAT ACC LEC OWN | {"columns":{}}
      GET /api/v1/organisations                             | *
      POST /api/v1/organisations                            | ADM | {"code":"ORG{n}","nameEn":"Test","nameRu":"Тест","nameKy":"Тест","type":"NGO","region":"BISHKEK","active":true}
      PUT /api/v1/organisations/{id}                        | ADM | {"code":"ORG{n}","nameEn":"Test","nameRu":"Тест","nameKy":"Тест","type":"NGO","region":"BISHKEK","active":true}
      GET /api/v1/organisations/{id}                        | *
      GET /api/v1/public/agencies                           | *
      POST /api/v1/referrals/{id}/acceptance                | PEN
      POST /api/v1/referrals/{id}/decline                   | PEN | {"reason":"No place left"}
      GET /api/v1/referrals                                 | *
      GET /api/v1/reports/annual                            | NAT
      GET /api/v1/sop-adoptions                             | NAT ANA
      POST /api/v1/sop-adoptions                            | NAT | {"organisationId":"00000000-0000-0000-0000-000000000002","stage":"DRAFTED","reachedOn":"2026-01-15"}
      PUT /api/v1/sop-adoptions/{id}                        | NAT | {"organisationId":"00000000-0000-0000-0000-000000000002","stage":"DRAFTED","reachedOn":"2026-01-15","version":0}
      GET /api/v1/training-events                           | NAT ANA
      POST /api/v1/training-events                          | NAT | {"heldOn":"2026-01-15","topic":"Identification","organiser":"IOM","format":"IN_PERSON","police":3}
      PUT /api/v1/training-events/{id}                      | NAT | {"heldOn":"2026-01-15","topic":"Identification","organiser":"IOM","format":"IN_PERSON","police":3,"version":0}
      GET /api/v1/users                                     | ADM
      POST /api/v1/users                                    | ADM | {"username":"am{n}","fullName":"Test","organisationId":"00000000-0000-0000-0000-000000000001","roles":["ANALYST"],"temporaryPassword":"correct-horse-42-battery"}
      GET /api/v1/users/{id}                                | ADM
      PUT /api/v1/users/{id}                                | ADM | {"fullName":"Test","organisationId":"00000000-0000-0000-0000-000000000001","roles":["ANALYST"]}
      POST /api/v1/users/{id}/activate                      | ADM
      POST /api/v1/users/{id}/deactivate                    | ADM
      DELETE /api/v1/users/{id}/tokens                      | ADM
      GET /api/v1/working-group-meetings                    | NAT ANA
      POST /api/v1/working-group-meetings                   | NAT | {"heldOn":"2026-01-15","bodies":["00000000-0000-0000-0000-000000000002"],"decisions":"Agreed"}
      PUT /api/v1/working-group-meetings/{id}               | NAT | {"heldOn":"2026-01-15","bodies":["00000000-0000-0000-0000-000000000002"],"decisions":"Agreed","version":0}
      """;

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;

  private final Map<String, RequestPostProcessor> people = new LinkedHashMap<>();
  private final Map<String, String> world = new LinkedHashMap<>();
  private final Map<String, String> usernames = new LinkedHashMap<>();
  private int sequence;
  // periods of registries may not overlap: this test uses days long past that no other test uses
  private final int dayOffset = (int) (System.nanoTime() % 5000);

  private record Row(String method, String path, Set<String> allowed, String body) {}

  /** A JSON name as a database column has it (held_on) rather than as the API writes it. */
  private static final Pattern RAW_COLUMN = Pattern.compile("\"[a-z0-9]+(_[a-z0-9]+)+\"\\s*:");

  @Test
  void every_operation_answers_exactly_the_roles_and_relationships_it_should() throws Exception {
    for (Cell cell : CELLS) {
      String username =
          accounts.create("am-" + cell.code().toLowerCase(), cell.organisation(), cell.role());
      usernames.put(cell.code(), username);
      people.put(cell.code(), user(users.loadUserByUsername(username)));
    }
    Map<String, Row> matrix = matrix();
    Set<String> documented = documentedOperations();
    assertThat(new TreeSet<>(documented))
        .as("every operation of /v3/api-docs has its row in MATRIX")
        .isSubsetOf(matrix.keySet());

    List<String> wrong = new ArrayList<>();
    Set<Part> written = EnumSet.allOf(Part.class);
    for (String operation : documented) {
      Row row = matrix.get(operation);
      // a fresh part of the world after every write to it: what one cell writes cannot change
      // what the next one meets; a read changes nothing, so its world serves the next one too
      makeWorld(written);
      addRegistryObjects(row);
      written = row.method().equals("GET") ? EnumSet.noneOf(Part.class) : touched(row.path());
      for (Cell cell : CELLS) {
        boolean allowed = row.allowed().contains("*") || row.allowed().contains(cell.code());
        MockHttpServletResponse response = call(cell.code(), row);
        int status = response.getStatus();
        boolean refused = status == 401 || status == 403 || status == 404;
        if (status >= 500) {
          wrong.add(operation + " as " + cell.code() + ": " + status);
        } else if (allowed == refused && !isUnknownObjectForAllowed(row, status, allowed)) {
          wrong.add(
              operation
                  + " as "
                  + cell.code()
                  + ": expected "
                  + (allowed ? "allowed" : "refused")
                  + ", got "
                  + status
                  + " "
                  + abbreviate(response.getContentAsString()));
        }
        String body = response.getContentAsString();
        java.util.regex.Matcher rawName = RAW_COLUMN.matcher(body);
        if (status < 300
            && String.valueOf(response.getContentType()).contains("json")
            && rawName.find()) {
          wrong.add(operation + " as " + cell.code() + ": a raw column name " + rawName.group());
        }
        boolean identityAllowed =
            operation.endsWith(" /api/v1/cases/{id}/identity")
                && Set.of("SHR", "ACC", "LEC", "OWN").contains(cell.code());
        if (body.contains(world.get("family")) && !identityAllowed) {
          wrong.add(operation + " as " + cell.code() + ": the victim's name is in the answer");
        }
        boolean defendantAllowed =
            operation.contains(" /api/v1/criminal-cases/{id}")
                && Set.of("LEC", "LEN").contains(cell.code());
        if (body.contains(world.get("defendant-name")) && !defendantAllowed) {
          wrong.add(operation + " as " + cell.code() + ": the defendant's name is in the answer");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * Operations on objects the world cannot make (a linkage candidate) answer 404 even to those
   * allowed: what matters there is that nobody else gets past 403/404.
   */
  private static boolean isUnknownObjectForAllowed(Row row, int status, boolean allowed) {
    return allowed
        && status == 404
        && (row.path().startsWith("/api/v1/linkage/candidates/{id}")
            || row.path().startsWith("/api/v1/notifications/{id}")
            || row.path().startsWith("/api/v1/imports/")
            || row.path().startsWith("/api/v1/api-clients/{id}")
            || row.path().equals("/api/v1/linkage/decisions"));
  }

  private Map<String, Row> matrix() {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String line : MATRIX.strip().split("\n")) {
      String[] parts = line.split("\\|", 3);
      String[] operation = parts[0].strip().split("\\s+");
      Set<String> allowed =
          Arrays.stream(parts[1].strip().split("\\s+")).collect(Collectors.toSet());
      String body = parts.length > 2 ? parts[2].strip() : null;
      rows.put(
          operation[0] + " " + operation[1], new Row(operation[0], operation[1], allowed, body));
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private Set<String> documentedOperations() throws Exception {
    String docs =
        mvc.perform(request(HttpMethod.GET, URI.create("/v3/api-docs")).with(people.get("ADM")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
    Set<String> operations = new TreeSet<>();
    paths.forEach(
        (path, methods) ->
            methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path)));
    return operations;
  }

  // ---- the world ----------------------------------------------------------------------------

  /** The parts of the world a write may change; those it names are made anew before the next. */
  private enum Part {
    VICTIM,
    CRIMINAL,
    CALL
  }

  private static final Map<Part, List<String>> PART_OBJECTS =
      Map.of(
          Part.VICTIM,
          List.of(
              "family",
              "case",
              "pseudonym",
              "otherCase",
              "ownUser",
              "taskId",
              "attachmentId",
              "referral",
              "version",
              "consentId"),
          Part.CRIMINAL,
          List.of("criminal-case", "defendant-name", "defendant"),
          Part.CALL,
          List.of("call"));

  /**
   * What a write to a path may change: the world's victim case (and its referrals, which the
   * linkage also reaches), its criminal case, its call; nothing of it when the write only makes a
   * new object of its own or touches a registry apart; everything for a path not named here.
   */
  private static Set<Part> touched(String path) {
    if (apartFromTheWorld(path)
        || NEW_OBJECT_COLLECTIONS.contains(path)
        || MAKES_ONLY_NEW.stream().anyMatch(path::startsWith)) {
      return EnumSet.noneOf(Part.class);
    }
    if (path.startsWith("/api/v1/criminal-cases/{id}/victims")
        || path.startsWith("/api/v1/hotline/calls/{id}/case")) {
      return EnumSet.of(
          Part.VICTIM, path.startsWith("/api/v1/hotline") ? Part.CALL : Part.CRIMINAL);
    }
    if (path.startsWith("/api/v1/criminal-cases/{")) {
      return EnumSet.of(Part.CRIMINAL);
    }
    if (path.startsWith("/api/v1/hotline/calls/{")) {
      return EnumSet.of(Part.CALL);
    }
    if (path.startsWith("/api/v1/cases/{")
        || path.startsWith("/api/v1/referrals/")
        || path.startsWith("/api/v1/linkage/")) {
      return EnumSet.of(Part.VICTIM);
    }
    return EnumSet.allOf(Part.class);
  }

  /** Collections whose POST makes an object of its own, leaving the world's as they were. */
  private static final Set<String> NEW_OBJECT_COLLECTIONS =
      Set.of("/api/v1/cases", "/api/v1/criminal-cases", "/api/v1/hotline/calls");

  /** Writes that make an object of their own (or nothing) and leave the world's as they were. */
  private static final List<String> MAKES_ONLY_NEW =
      List.of(
          "/api/v1/auth/tokens",
          "/api/v1/notifications",
          "/api/v1/organisations",
          "/api/v1/users",
          "/api/v1/cases/duplicate-check");

  private void makeWorld(Set<Part> parts) throws Exception {
    for (Part part : parts) {
      PART_OBJECTS.get(part).forEach(world::remove);
    }
    if (parts.contains(Part.VICTIM)) {
      makeVictimWorld();
    }
    if (parts.contains(Part.CRIMINAL)) {
      makeCriminalWorld();
    }
    if (parts.contains(Part.CALL)) {
      makeCallWorld();
    }
  }

  private void makeVictimWorld() throws Exception {
    // names and birth dates of their own, so that these people never look like anyone else's to
    // the linkage other tests run
    String family = randomName(9);
    world.put("family", family);
    java.time.LocalDate born = java.time.LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
    String caseJson =
        ok(
            "OWN",
            "POST",
            "/api/v1/cases",
            """
            {"familyName":"%s","givenName":"%s","sex":"FEMALE","dateOfBirth":"%s",
             "documentNumber":"AM%s"}
            """
                .formatted(family, randomName(7), born, System.nanoTime() % 1_000_000));
    String caseId = JsonPath.read(caseJson, "$.id");
    world.put("case", caseId);
    world.put("pseudonym", JsonPath.read(caseJson, "$.pseudonym"));
    world.put(
        "otherCase",
        JsonPath.read(
            ok(
                "OWN",
                "POST",
                "/api/v1/cases",
                """
                {"givenName":"%s","sex":"FEMALE"}"""
                    .formatted(randomName(8))),
            "$.id"));
    for (String consent :
        List.of(
            """
            {"purpose":"REFERRAL","givenOn":"2026-01-10"}""",
            """
            {"purpose":"SHARING_WITH_ORGANISATION","organisationId":"%s","givenOn":"2026-01-10"}"""
                .formatted(MFA),
            """
            {"purpose":"LAW_ENFORCEMENT_CONTACT","organisationId":"%s","givenOn":"2026-01-10"}"""
                .formatted(MVD))) {
      ok("OWN", "POST", "/api/v1/cases/" + caseId + "/consents", consent);
    }
    world.put("ownUser", usernames.get("OWN"));
    world.put(
        "taskId",
        JsonPath.read(
            ok(
                "OWN",
                "POST",
                "/api/v1/cases/" + caseId + "/tasks",
                """
                {"kind":"CHECK_IN","dueOn":"2099-01-01","assignee":"%s"}"""
                    .formatted(usernames.get("OWN"))),
            "$.id"));
    world.put(
        "attachmentId",
        JsonPath.read(
            send("OWN", "POST", "/api/v1/cases/" + caseId + "/attachments", UPLOAD + "OTHER")
                .getContentAsString(),
            "$.id"));
    String accepted = refer(caseId, CC_BISHKEK);
    ok("ACC", "POST", "/api/v1/referrals/" + accepted + "/acceptance", null);
    world.put("referral", refer(caseId, IOM));
    String detail = ok("OWN", "GET", "/api/v1/cases/" + caseId, null);
    world.put("version", JsonPath.read(detail, "$.version").toString());
    world.put(
        "consentId",
        JsonPath.<List<String>>read(
                detail, "$.consents[?(@.purpose == 'LAW_ENFORCEMENT_CONTACT')].id")
            .get(0));
  }

  private void makeCriminalWorld() throws Exception {
    String criminal =
        JsonPath.read(
            ok(
                "LEC",
                "POST",
                "/api/v1/criminal-cases",
                """
                {"registrationNumber":"AMC-%s","registeredOn":"2026-01-05","origin":"POLICE_INITIATIVE","articleId":"%s"}"""
                    .formatted(System.nanoTime(), ARTICLE_166)),
            "$.id");
    world.put("criminal-case", criminal);
    ok(
        "LEC",
        "POST",
        "/api/v1/criminal-cases/" + criminal + "/bodies",
        """
        {"organisationId":"%s"}"""
            .formatted(PGO));
    String defendantName = "Подсудимый" + System.nanoTime() % 1_000_000;
    world.put("defendant-name", defendantName);
    world.put(
        "defendant",
        JsonPath.read(
            ok(
                "LEC",
                "POST",
                "/api/v1/criminal-cases/" + criminal + "/defendants",
                """
                {"name":"%s","sex":"MALE"}"""
                    .formatted(defendantName)),
            "$.id"));
  }

  private void makeCallWorld() throws Exception {
    world.put(
        "call",
        JsonPath.read(
            ok(
                "HOT",
                "POST",
                "/api/v1/hotline/calls",
                """
                {"receivedAt":"2026-01-12T10:15:00","channel":"PHONE","callerType":"OTHER","language":"ru","topics":["OTHER"],"outcome":"INFORMATION_GIVEN"}"""),
            "$.id"));
  }

  /**
   * Paths whose writes leave the world's cases, referrals, calls, people and organisations as they
   * were: a registry of its own, whose object the world makes once and only a PUT of the same path
   * changes (a later PUT then meets "changed meanwhile", which counts as allowed). Anything not
   * named here makes the world anew.
   */
  private static boolean apartFromTheWorld(String path) {
    return path.startsWith("/api/v1/articles")
        || path.startsWith("/api/v1/enforcement-operations")
        || Arrays.stream(REGISTRIES)
            .filter(r -> !r[1].equals("/api/v1/organisations") && !r[1].equals("/api/v1/users"))
            .anyMatch(r -> path.equals(r[1]) || path.startsWith(r[1] + "/"));
  }

  /** The registry objects a row's path names, made when the world does not have them yet. */
  private void addRegistryObjects(Row row) throws Exception {
    for (String[] registry : REGISTRIES) {
      if (row.path().startsWith(registry[1] + "/") && !world.containsKey(registry[2])) {
        Row post = matrix().get("POST " + registry[1]);
        world.put(
            registry[2], JsonPath.read(ok(registry[0], "POST", registry[1], body(post)), "$.id"));
      }
    }
  }

  /** Who makes, where, and under which name the world keeps each registry's object. */
  private static final String[][] REGISTRIES = {
    {"INS", "/api/v1/labour-inspections", "labour-inspections"},
    {"INS", "/api/v1/agencies", "agencies"},
    {"NAT", "/api/v1/campaigns", "campaigns"},
    {"NAT", "/api/v1/migration-services", "migration-services"},
    {"NAT", "/api/v1/nap-activities", "nap-activities"},
    {"NAT", "/api/v1/ngo-centre-support", "ngo-centre-support"},
    {"NAT", "/api/v1/demand-reduction-actions", "demand-reduction-actions"},
    {"NAT", "/api/v1/harassment-incidents", "harassment-incidents"},
    {"NAT", "/api/v1/sop-adoptions", "sop-adoptions"},
    {"NAT", "/api/v1/training-events", "training-events"},
    {"NAT", "/api/v1/working-group-meetings", "working-group-meetings"},
    {"ADM", "/api/v1/articles", "articles"},
    {"ADM", "/api/v1/organisations", "organisations"},
    {"ADM", "/api/v1/users", "users"}
  };

  private final java.util.Random random = new java.util.Random();

  private String randomName(int letters) {
    String alphabet = "абвгдежзиклмнопрстуфхцчшыэюяөүң";
    StringBuilder name = new StringBuilder();
    name.append(Character.toUpperCase(alphabet.charAt(random.nextInt(alphabet.length()))));
    for (int i = 1; i < letters; i++) {
      name.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return name.toString();
  }

  private String refer(String caseId, UUID to) throws Exception {
    return JsonPath.read(
        ok(
            "OWN",
            "POST",
            "/api/v1/cases/" + caseId + "/referrals",
            """
            {"toOrganisationId":"%s","serviceType":"SHELTER","sentOn":"2026-01-11"}"""
                .formatted(to)),
        "$.id");
  }

  private String ok(String who, String method, String url, String json) throws Exception {
    MockHttpServletResponse response = send(who, method, url, json);
    assertThat(response.getStatus())
        .as(who + " " + method + " " + url + " " + response.getContentAsString())
        .isLessThan(300);
    return response.getContentAsString();
  }

  private MockHttpServletResponse call(String who, Row row) throws Exception {
    return send(who, row.method(), url(row.path()), body(row));
  }

  /** The body of a row with the world's objects and a fresh number filled in. */
  private String body(Row row) {
    if (row.body() == null) {
      return null;
    }
    String body =
        row.body()
            .replace("{n}", Integer.toString(++sequence) + System.nanoTime() % 10_000)
            .replace(
                "{day}",
                java.time.LocalDate.of(1920, 1, 1).plusDays(sequence + dayOffset).toString())
            // a fresh day after every hand-built test year, for registers that refuse overlaps
            .replace(
                "{later}",
                java.time.LocalDate.of(2030, 1, 1).plusDays(sequence + dayOffset).toString());
    for (var object : world.entrySet()) {
      body = body.replace("{" + object.getKey() + "}", object.getValue());
    }
    while (body.contains("{name}")) {
      body = body.replaceFirst("\\{name}", randomName(8));
    }
    return body;
  }

  /** The path with each parameter replaced by the world's object of that collection. */
  private String url(String template) {
    Matcher m = PATH_PARAMETER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String before = template.substring(0, m.start());
      String collection = before.substring(0, before.length() - 1);
      collection = collection.substring(collection.lastIndexOf('/') + 1);
      String object =
          switch (m.group(1)) {
            case "consentId" -> world.get("consentId");
            case "taskId" -> world.get("taskId");
            case "attachmentId" -> world.get("attachmentId");
            case "caseId" -> world.get("case");
            default ->
                switch (collection) {
                  case "cases" -> world.get("case");
                  case "criminal-cases" -> world.get("criminal-case");
                  case "calls" -> world.get("call");
                  case "referrals" -> world.get("referral");
                  default -> world.getOrDefault(collection, UUID.randomUUID().toString());
                };
          };
      m.appendReplacement(out, object);
    }
    m.appendTail(out);
    String url = out.toString();
    if (template.equals("/api/v1/cases/{id}/identity")) {
      url += "?purpose=matrix";
    } else if (template.startsWith("/api/v1/exports/")
        || template.equals("/api/v1/reports/annual")) {
      url += "?year=2025&from=2025-01-01&to=2025-12-31";
    }
    return url;
  }

  /** A row's body that is a document to upload (multipart), of the kind that follows. */
  private static final String UPLOAD = "@upload ";

  private MockHttpServletResponse send(String who, String method, String url, String json)
      throws Exception {
    if (json != null && json.startsWith(UPLOAD)) {
      var upload =
          multipart(HttpMethod.valueOf(method), URI.create(url))
              .file(
                  new MockMultipartFile(
                      "file",
                      "scan.pdf",
                      "application/pdf",
                      "%PDF-1.4 matrix".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
              .param("kind", json.substring(UPLOAD.length()))
              .with(people.get(who))
              .header("Accept-Language", "en");
      return mvc.perform(upload).andReturn().getResponse();
    }
    var request =
        request(HttpMethod.valueOf(method), URI.create(url))
            .with(people.get(who))
            .header("Accept-Language", "en");
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private static String abbreviate(String text) {
    String oneLine = text.replace('\n', ' ');
    return oneLine.length() > 140 ? oneLine.substring(0, 140) + "…" : oneLine;
  }
}
