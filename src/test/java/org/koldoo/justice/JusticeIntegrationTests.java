package org.koldoo.justice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The checker's path through criminal justice, and its guard rails. */
class JusticeIntegrationTests extends IntegrationTest {

  static final String ART_170 = "10000000-0000-0000-0000-000000000170";
  static final String ART_166 = "10000000-0000-0000-0000-000000000166";
  static final String FRAUD = "20000000-0000-0000-0000-000000000004";
  static final UUID PGO = UUID.fromString("00000000-0000-0000-0000-000000000003");
  static final UUID COURTS = UUID.fromString("00000000-0000-0000-0000-000000000004");
  static final UUID BORDER = UUID.fromString("00000000-0000-0000-0000-000000000005");
  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");

  @Autowired MockMvc mvc;
  @Autowired org.koldoo.support.ApiClient api;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;
  @Autowired org.koldoo.privacy.FieldCipher cipher;

  RequestPostProcessor investigator;
  RequestPostProcessor prosecutor;
  RequestPostProcessor clerk;

  @BeforeEach
  void people() {
    investigator = person("j-inv", TestAccounts.MVD, Role.INVESTIGATOR);
    prosecutor = person("j-pros", PGO, Role.PROSECUTOR);
    clerk = person("j-clerk", COURTS, Role.COURT_CLERK);
  }

  @Test
  void the_case_summary_prints_defendants_names_only_for_the_handling_bodies() throws Exception {
    UUID id = register(investigator, ART_170, "POLICE_INITIATIVE", "FORCED_LABOUR");
    String name = "Бекмуратов" + System.nanoTime() % 1000;
    call(
        investigator,
        "POST",
        "/api/v1/criminal-cases/" + id + "/defendants",
        """
        {"name":"%s","sex":"MALE"}"""
            .formatted(name));
    String handling = summary(investigator, id, "ky");
    assertThat(handling).contains("Кылмыш иши боюнча кыскача маалымат", name, "Эркек");
    String analyst = summary(person("j-ana", TestAccounts.MOL, Role.ANALYST), id, "en");
    assertThat(analyst)
        .contains("Criminal case summary", "Defendant 1", "only for the bodies handling")
        .doesNotContain(name);
  }

  @Test
  void each_handling_body_assigns_its_own_people_and_plans_its_own_follow_ups() throws Exception {
    String me = accounts.create("j-work", TestAccounts.MVD, Role.INVESTIGATOR);
    RequestPostProcessor worker = user(users.loadUserByUsername(me));
    String colleague = accounts.create("j-work-b", TestAccounts.MVD, Role.INVESTIGATOR);
    UUID id = register(worker, ART_170, "POLICE_INITIATIVE", "FORCED_LABOUR");
    var assigned =
        call(
            worker,
            "POST",
            "/api/v1/criminal-cases/" + id + "/assignment",
            """
            {"assignee":"%s"}"""
                .formatted(colleague));
    assertThat(read(assigned, "$.assignee")).isEqualTo(colleague);
    // a prosecutor's person is not the police's to assign
    var foreign =
        call(
            worker,
            "POST",
            "/api/v1/criminal-cases/" + id + "/assignment",
            """
            {"assignee":"%s"}"""
                .formatted(accounts.create("j-work-p", PGO, Role.PROSECUTOR)));
    assertThat(foreign.getStatus()).isEqualTo(400);
    var planned =
        call(
            worker,
            "POST",
            "/api/v1/criminal-cases/" + id + "/follow-ups",
            """
            {"kind":"INTERVIEW","dueOn":"%s","assignee":"%s","note":"свидетель Асанов"}"""
                .formatted(java.time.LocalDate.now().plusDays(3), colleague));
    assertThat(planned.getStatus()).isEqualTo(201);
    String followUp = read(planned, "$.id");
    String state =
        call(worker, "GET", "/api/v1/criminal-cases/" + id + "/work", null).getContentAsString();
    assertThat(state).contains("свидетель Асанов", "INTERVIEW");
    assertThat(
            jdbc.sql(
                    "select count(*) from criminal_case_follow_up where note_ciphertext::text like '%Асанов%'")
                .query(Long.class)
                .single())
        .isZero();
    // the colleague finds it on the home page
    String home =
        mvc.perform(MockMvcRequestBuilders.get("/").with(user(users.loadUserByUsername(colleague))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(home).contains("Your follow-ups on criminal cases", "Interview");
    // the court handles the case too, but ends only its own follow-ups
    var byCourt =
        call(
            clerk,
            "POST",
            "/api/v1/criminal-cases/" + id + "/follow-ups/" + followUp + "/completion",
            """
            {"outcome":"DONE"}""");
    assertThat(byCourt.getStatus()).isEqualTo(400);
    assertThat(
            call(clerk, "GET", "/api/v1/criminal-cases/" + id + "/work", null).getContentAsString())
        .doesNotContain("Асанов");
    // a body that does not handle the case may change nothing
    var byBorder =
        call(
            person("j-border", BORDER, Role.INVESTIGATOR),
            "POST",
            "/api/v1/criminal-cases/" + id + "/follow-ups/" + followUp + "/completion",
            """
            {"outcome":"DONE"}""");
    assertThat(byBorder.getStatus()).isEqualTo(403);
    var done =
        call(
            worker,
            "POST",
            "/api/v1/criminal-cases/" + id + "/follow-ups/" + followUp + "/completion",
            """
            {"outcome":"DONE"}""");
    assertThat(read(done, "$.followUps[0].outcome")).isEqualTo("DONE");
    String page =
        mvc.perform(MockMvcRequestBuilders.get("/justice/" + id).with(worker))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("id=\"criminal-case-work\"", "свидетель Асанов");
  }

  /** A screen as {@code who} sees it in {@code language}: its HTML. */
  private String page(RequestPostProcessor who, String path, String language) throws Exception {
    return mvc.perform(
            MockMvcRequestBuilders.get(path).with(who).header("Accept-Language", language))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String summary(RequestPostProcessor who, UUID id, String language) throws Exception {
    var response =
        mvc.perform(
                MockMvcRequestBuilders.get("/justice/" + id + "/summary.pdf")
                    .with(who)
                    .header("Accept-Language", language))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return org.koldoo.support.PdfText.of(response.getContentAsByteArray());
  }

  @Test
  void a_forced_labour_case_from_an_ngo_complaint_is_downgraded_and_listed_as_such()
      throws Exception {
    UUID id = register(investigator, ART_170, "NGO_OR_IO_COMPLAINT", "FORCED_LABOUR");
    var reclassified =
        event(
            investigator,
            id,
            """
            {"type":"RECLASSIFIED","occurredOn":"2026-03-01","articleTo":"%s","note":"no proof of coercion"}"""
                .formatted(FRAUD));
    assertThat(reclassified.getStatus()).as(reclassified.getContentAsString()).isEqualTo(200);
    assertThat(read(reclassified, "$.summary.downgraded")).isEqualTo("true");
    assertThat(read(reclassified, "$.summary.currentArticle")).isEqualTo("FRAUD");
    assertThat(read(reclassified, "$.summary.initialArticle")).isEqualTo("170");
    String downgrades =
        call(prosecutor, "GET", "/api/v1/criminal-cases/downgrades", null).getContentAsString();
    assertThat(downgrades).contains(id.toString());
    String filtered =
        call(prosecutor, "GET", "/api/v1/criminal-cases?downgraded=true&origin=x", null)
            .getContentAsString();
    assertThat(filtered).contains(id.toString());
    String page =
        mvc.perform(MockMvcRequestBuilders.get("/justice/downgrades").with(investigator))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(id.toString());
    String register =
        mvc.perform(
                MockMvcRequestBuilders.get("/justice?downgraded=true&complicity=true")
                    .with(investigator))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(register)
        .as("the register shows its filters as chosen")
        .containsPattern("(?s)id=\"downgraded\".*?value=\"true\" selected")
        .containsPattern("(?s)id=\"complicity\".*?value=\"true\" selected");
  }

  @Test
  void an_official_is_shown_with_the_body_served_and_never_as_null() throws Exception {
    UUID id = register(investigator, ART_166, "VICTIM_COMPLAINT", "FORCED_LABOUR");
    call(
        investigator,
        "POST",
        "/api/v1/criminal-cases/" + id + "/defendants",
        """
        {"name":"Асанов Бакыт","sex":"MALE","publicOfficial":true,"officialBody":"district police"}""");
    // an official recorded without the body, as data generated before the body was asked for
    UUID earlier = UUID.randomUUID();
    jdbc.sql(
            """
            insert into defendant (id, criminal_case_id, identity_ciphertext, public_official,
                                   created_at)
            values (:id, :case, :identity, true, now())""")
        .param("id", earlier)
        .param("case", id)
        .param("identity", cipher.encrypt("Исаков Нурлан", "defendant:" + earlier))
        .update();
    String page = page(investigator, "/justice/" + id, "en");
    assertThat(page)
        .contains("official: district police", "Исаков Нурлан")
        .containsPattern("(?s)Исаков Нурлан.*?>public official</span>")
        .doesNotContain("null");
  }

  @Test
  void a_case_with_an_official_goes_to_court_and_ends_in_conviction_and_sentence()
      throws Exception {
    UUID id = register(investigator, ART_166, "VICTIM_COMPLAINT", "SEXUAL_EXPLOITATION");
    var official =
        call(
            investigator,
            "POST",
            "/api/v1/criminal-cases/" + id + "/defendants",
            """
            {"name":"Асанов Бакыт","sex":"MALE","citizenship":"KG","publicOfficial":true,"officialBody":"district police"}""");
    assertThat(official.getStatus()).isEqualTo(200);
    String defendant = read(official, "$.id");
    // a body not handling the case reads it without names and writes nothing to it
    RequestPostProcessor border = person("j-border", BORDER, Role.INVESTIGATOR);
    var seen = call(border, "GET", "/api/v1/criminal-cases/" + id, null);
    assertThat(seen.getStatus()).isEqualTo(200);
    assertThat(seen.getContentAsString()).doesNotContain("Асанов");
    assertThat(call(investigator, "GET", "/api/v1/criminal-cases/" + id, null).getContentAsString())
        .contains("Асанов");
    assertThat(
            event(
                    border,
                    id,
                    """
                    {"type":"INVESTIGATION_SUSPENDED","occurredOn":"2026-02-02"}""")
                .getStatus())
        .isEqualTo(403);
    assertThat(
            call(
                    border,
                    "POST",
                    "/api/v1/criminal-cases/" + id + "/bodies",
                    """
                    {"organisationId":"%s"}"""
                        .formatted(BORDER))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            call(
                    border,
                    "POST",
                    "/api/v1/criminal-cases/" + id + "/defendants",
                    """
                    {"name":"Кто-то"}""")
                .getStatus())
        .isEqualTo(403);
    assertThat(
            event(
                    prosecutor,
                    id,
                    """
                                  {"type":"SENT_TO_COURT","occurredOn":"2026-04-01"}""")
                .getStatus())
        .isEqualTo(200);
    // an investigator may not record a verdict; a court clerk may
    assertThat(
            event(
                    investigator,
                    id,
                    """
                    {"type":"VERDICT","occurredOn":"2026-06-01","defendantId":"%s","outcome":"CONVICTED"}"""
                        .formatted(defendant))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            event(
                    clerk,
                    id,
                    """
                    {"type":"VERDICT","occurredOn":"2026-06-01","defendantId":"%s","outcome":"CONVICTED"}"""
                        .formatted(defendant))
                .getStatus())
        .isEqualTo(200);
    var tooLong =
        event(
            clerk,
            id,
            """
            {"type":"SENTENCE","occurredOn":"2026-06-01","defendantId":"%s","months":84}"""
                .formatted(defendant));
    assertThat(tooLong.getStatus()).isEqualTo(400);
    assertThat(tooLong.getContentAsString()).contains("maximum of article 166");
    var sentence =
        event(
            clerk,
            id,
            """
            {"type":"SENTENCE","occurredOn":"2026-06-01","defendantId":"%s","months":48}"""
                .formatted(defendant));
    assertThat(sentence.getStatus()).isEqualTo(200);
    assertThat(read(sentence, "$.summary.stage")).isEqualTo("VERDICT");
    assertThat(read(sentence, "$.summary.officialAmongDefendants")).isEqualTo("true");
    // the register finds it among complicity cases; the defendant's name is sealed in the database
    assertThat(
            call(prosecutor, "GET", "/api/v1/criminal-cases?complicity=true&stage=VERDICT", null)
                .getContentAsString())
        .contains(id.toString());
    assertThat(
            jdbc.sql(
                    "select count(*) from defendant where position(convert_to('Асанов', 'UTF8') in identity_ciphertext) > 0")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            read(call(clerk, "GET", "/api/v1/criminal-cases/" + id, null), "$.defendants[0].name"))
        .isEqualTo("Асанов Бакыт");
  }

  @Test
  void bad_input_is_refused_with_a_reason_and_nothing_written() throws Exception {
    long before = jdbc.sql("select count(*) from criminal_case").query(Long.class).single();
    var unknown =
        call(
            investigator,
            "POST",
            "/api/v1/criminal-cases",
            """
            {"registrationNumber":"X-%s","registeredOn":"2026-02-01","origin":"POLICE_INITIATIVE","articleId":"%s"}"""
                .formatted(System.nanoTime(), UUID.randomUUID()));
    assertThat(unknown.getStatus()).isEqualTo(400);
    assertThat(unknown.getContentAsString()).contains("articleId");
    var notYet =
        call(
            investigator,
            "POST",
            "/api/v1/criminal-cases",
            """
            {"registrationNumber":"X-%s","registeredOn":"2021-06-01","origin":"POLICE_INITIATIVE","articleId":"10000000-0000-0000-0000-000000000167"}"""
                .formatted(System.nanoTime()));
    assertThat(notYet.getStatus()).isEqualTo(400);
    assertThat(notYet.getContentAsString()).contains("was not in force");
    assertThat(jdbc.sql("select count(*) from criminal_case").query(Long.class).single())
        .isEqualTo(before);

    UUID id = register(investigator, ART_170, "POLICE_INITIATIVE", "FORCED_LABOUR");
    long events = jdbc.sql("select count(*) from case_event").query(Long.class).single();
    var early =
        event(
            prosecutor,
            id,
            """
                                      {"type":"SENT_TO_COURT","occurredOn":"2026-01-01"}""");
    assertThat(early.getStatus()).isEqualTo(400);
    var noDefendant =
        event(
            prosecutor,
            id,
            """
                              {"type":"SENT_TO_COURT","occurredOn":"2026-03-01"}""");
    assertThat(noDefendant.getContentAsString()).contains("at least one defendant");
    assertThat(jdbc.sql("select count(*) from case_event").query(Long.class).single())
        .isEqualTo(events);
  }

  @Test
  void only_justice_roles_register_and_court_clerks_never_see_a_victims_identity()
      throws Exception {
    assertThat(
            call(
                    clerk,
                    "POST",
                    "/api/v1/criminal-cases",
                    """
                    {"registrationNumber":"C-%s","registeredOn":"2026-02-01","origin":"POLICE_INITIATIVE","articleId":"%s"}"""
                        .formatted(System.nanoTime(), ART_170))
                .getStatus())
        .isEqualTo(403);
    RequestPostProcessor caseWorker = person("j-ngo", CC_OSH, Role.CASE_WORKER);
    assertThat(call(caseWorker, "GET", "/api/v1/criminal-cases", null).getStatus()).isEqualTo(403);

    var victim =
        call(
            caseWorker,
            "POST",
            "/api/v1/cases",
            """
            {"familyName":"Судебная","givenName":"Айжан","sex":"FEMALE"}""");
    String pseudonym = read(victim, "$.pseudonym");
    String victimId = read(victim, "$.id");
    UUID id = register(investigator, ART_170, "NGO_OR_IO_COMPLAINT", "FORCED_LABOUR");
    assertThat(
            call(
                    investigator,
                    "POST",
                    "/api/v1/criminal-cases/" + id + "/victims",
                    """
                    {"pseudonym":"%s"}"""
                        .formatted(pseudonym))
                .getStatus())
        .isEqualTo(204);
    String asClerk = call(clerk, "GET", "/api/v1/criminal-cases/" + id, null).getContentAsString();
    assertThat(asClerk).contains(pseudonym).doesNotContain("Судебная");
    assertThat(
            call(clerk, "GET", "/api/v1/cases/" + victimId + "/identity?purpose=trial", null)
                .getStatus())
        .isIn(403, 404);
    String pageAsClerk =
        mvc.perform(MockMvcRequestBuilders.get("/justice/" + id).with(clerk))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(pageAsClerk).contains(pseudonym).doesNotContain("Судебная");
  }

  @Test
  void the_case_page_says_which_body_registered_it_and_who_recorded_each_step() throws Exception {
    String me = accounts.create("j-rec", TestAccounts.MVD, Role.INVESTIGATOR);
    RequestPostProcessor recorder = user(users.loadUserByUsername(me));
    UUID id = register(recorder, ART_170, "POLICE_INITIATIVE", "FORCED_LABOUR");
    assertThat(
            event(
                    recorder,
                    id,
                    """
                    {"type":"CLOSED","occurredOn":"2026-02-01","reason":"INSUFFICIENT_EVIDENCE"}""")
                .getStatus())
        .isEqualTo(200);
    assertThat(
            event(
                    recorder,
                    id,
                    """
                    {"type":"REOPENED","occurredOn":"2026-03-01"}""")
                .getStatus())
        .isEqualTo(200);
    String page =
        mvc.perform(MockMvcRequestBuilders.get("/justice/" + id).with(recorder))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page).contains("— MVD", "· " + me + ", MVD", "Closed case reopened");
  }

  @Test
  void a_request_abroad_shows_the_country_it_went_to() throws Exception {
    RequestPostProcessor investigator =
        user(
            users.loadUserByUsername(
                accounts.create("j-abroad", TestAccounts.MVD, Role.INVESTIGATOR)));
    UUID id = register(investigator, ART_170, "POLICE_INITIATIVE", "FORCED_LABOUR");
    assertThat(
            event(
                    investigator,
                    id,
                    """
                    {"type":"INTERNATIONAL_REQUEST","occurredOn":"2026-02-01","country":"AE"}""")
                .getStatus())
        .isEqualTo(200);
    String page = page(investigator, "/justice/" + id, "en");
    String timeline = page.substring(page.indexOf("International cooperation request"));
    assertThat(timeline.substring(0, timeline.indexOf("</li>"))).contains("United Arab Emirates");
  }

  @Test
  void every_justice_screen_renders() throws Exception {
    UUID id = register(investigator, ART_170, "HOTLINE", "FORCED_LABOUR");
    for (String path :
        new String[] {
          "/justice",
          "/justice/new",
          "/justice/operations",
          "/justice/downgrades",
          "/justice/" + id,
          "/justice?stage=INVESTIGATION&downgraded=false&year=2026"
        }) {
      var response =
          mvc.perform(MockMvcRequestBuilders.get(path).with(investigator))
              .andReturn()
              .getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(200);
    }
    // the investigator is offered the events an investigator records, not a verdict
    String casePage =
        mvc.perform(MockMvcRequestBuilders.get("/justice/" + id).with(investigator))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(casePage)
        .contains("value=\"RECLASSIFIED\"", "value=\"CLOSED\"", "data-event-types=\"SENTENCE\"")
        .doesNotContain("value=\"VERDICT\"", "value=\"SENTENCE\"", "value=\"SENT_TO_COURT\"");
    RequestPostProcessor admin = person("j-admin", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/admin/articles").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Art. 167");
    var operation =
        call(
            investigator,
            "POST",
            "/api/v1/enforcement-operations",
            """
            {"name":"Saunas, Bishkek and Osh","startedOn":"2026-03-01","offencesUncovered":63,"traffickingAmongOffences":"UNKNOWN"}""");
    assertThat(operation.getStatus()).isEqualTo(200);
  }

  /**
   * A case of several forms of exploitation, defendants with a date or a year of birth, and an
   * operation's detentions: refused with the field named when they contradict themselves, and shown
   * back on the screens once recorded.
   */
  @Test
  void forms_ages_and_detentions_are_recorded_checked_and_shown() throws Exception {
    var registered =
        call(
            investigator,
            "POST",
            "/api/v1/criminal-cases",
            """
            {"registrationNumber":"FA-%s","registeredOn":"2026-02-01","origin":"POLICE_INITIATIVE","exploitationTypes":["SEXUAL_EXPLOITATION","FORCED_LABOUR"],"articleId":"%s"}"""
                .formatted(System.nanoTime(), ART_166));
    assertThat(registered.getStatus()).as(registered.getContentAsString()).isEqualTo(201);
    String id = read(registered, "$.id");
    String defendants = "/api/v1/criminal-cases/" + id + "/defendants";
    var mismatch =
        call(
            investigator,
            "POST",
            defendants,
            """
            {"name":"Т. Б.","birthDate":"1980-05-01","birthYear":1981}""");
    assertThat(mismatch.getStatus()).isEqualTo(400);
    assertThat(mismatch.getContentAsString()).contains("birthYear");
    var ahead =
        call(
            investigator,
            "POST",
            defendants,
            """
                                                       {"name":"Т. Б.","birthYear":2099}""");
    assertThat(ahead.getStatus()).isEqualTo(400);
    assertThat(ahead.getContentAsString()).contains("birthYear");
    assertThat(
            call(
                    investigator,
                    "POST",
                    defendants,
                    """
                    {"name":"Т. Б.","sex":"FEMALE","birthDate":"1980-05-01"}""")
                .getStatus())
        .isEqualTo(200);
    assertThat(
            call(
                    investigator,
                    "POST",
                    defendants,
                    """
                                                   {"name":"К. А.","birthYear":1975}""")
                .getStatus())
        .isEqualTo(200);
    String page = page(investigator, "/justice/" + id, "en");
    assertThat(page).contains("born 1 May 1980", "born in 1975");
    String forms = page.substring(page.indexOf("id=\"exploitation-types\""));
    assertThat(forms.substring(0, forms.indexOf("</div>")))
        .contains("Sexual exploitation", "Forced labour");

    var operation =
        call(
            investigator,
            "POST",
            "/api/v1/enforcement-operations",
            """
            {"name":"Market raids","startedOn":"2026-03-01","offencesUncovered":9}""");
    assertThat(operation.getStatus()).isEqualTo(200);
    String op = read(operation, "$.id");
    String detention =
        """
        {"operationId":"%s","occurredOn":"%%s","measure":"DEPORTATION","persons":6,"citizenship":"UZ","screened":%%s,"referredAsVictims":%%d}"""
            .formatted(op);
    var unscreenedReferral =
        call(
            investigator,
            "POST",
            "/api/v1/enforcement-operations/detentions",
            detention.formatted("2026-03-02", "false", 1));
    assertThat(unscreenedReferral.getStatus()).isEqualTo(400);
    assertThat(unscreenedReferral.getContentAsString()).contains("referredAsVictims");
    var tooMany =
        call(
            investigator,
            "POST",
            "/api/v1/enforcement-operations/detentions",
            detention.formatted("2026-03-02", "true", 7));
    assertThat(tooMany.getContentAsString()).contains("referredAsVictims");
    var early =
        call(
            investigator,
            "POST",
            "/api/v1/enforcement-operations/detentions",
            detention.formatted("2026-02-27", "true", 1));
    assertThat(early.getContentAsString()).contains("occurredOn");
    assertThat(
            call(
                    investigator,
                    "POST",
                    "/api/v1/enforcement-operations/detentions",
                    detention.formatted("2026-03-02", "true", 2))
                .getStatus())
        .isEqualTo(200);
    // the operation says trafficking "not known" when nobody said, and lists its detentions
    String operations =
        call(investigator, "GET", "/api/v1/enforcement-operations", null).getContentAsString();
    assertThat(operations).contains("\"traffickingAmongOffences\":\"UNKNOWN\"");
    String screen = page(investigator, "/justice/operations", "en");
    assertThat(screen).contains("Market raids", "Not known", "Deportation: 6", "2 referred");
    String csv =
        mvc.perform(MockMvcRequestBuilders.get("/justice/operations/export.csv").with(investigator))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv).contains("Market raids").contains("DEPORTATION,6,UZ,true,2");
  }

  private UUID register(RequestPostProcessor who, String article, String origin, String type)
      throws Exception {
    var response =
        call(
            who,
            "POST",
            "/api/v1/criminal-cases",
            """
            {"registrationNumber":"KR-%s","registeredOn":"2026-02-01","origin":"%s","exploitationTypes":["%s"],"articleId":"%s"}"""
                .formatted(System.nanoTime(), origin, type, article));
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
    UUID id = UUID.fromString(read(response, "$.id"));
    // the case goes on to the prosecution and the court, who then handle it too
    for (UUID body : new UUID[] {PGO, COURTS}) {
      var handed =
          call(
              who,
              "POST",
              "/api/v1/criminal-cases/" + id + "/bodies",
              """
              {"organisationId":"%s"}"""
                  .formatted(body));
      assertThat(handed.getStatus()).as(handed.getContentAsString()).isEqualTo(200);
    }
    return id;
  }

  /**
   * An article is changed, not entered twice: the administrator gives a seeded-style offence its
   * number and penalty, a stale edit is refused, another article cannot take its number or names,
   * every version stays in its history, and the label is written the reader's way.
   */
  @Test
  void articles_are_changed_with_their_history_and_never_entered_twice() throws Exception {
    RequestPostProcessor admin = person("art-admin", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    String n = Long.toString(System.nanoTime() % 1_000_000_000L);
    var added =
        call(
            admin,
            "POST",
            "/api/v1/articles",
            """
            {"code":"SMUGGLING-%s","titleEn":"Smuggling %s","titleRu":"Контрабанда %s",
             "titleKy":"Контрабанда %s","articleClass":"LESSER"}"""
                .formatted(n, n, n, n));
    assertThat(added.getStatus()).isEqualTo(200);
    String id = read(added, "$.id");
    assertThat(read(added, "$.version")).isEqualTo("0");
    String numbered =
        """
        {"code":"9%s","titleEn":"Smuggling %s","titleRu":"Контрабанда %s","titleKy":"Контрабанда %s",
         "articleClass":"LESSER","minMonths":12,"maxMonths":36,"effectiveFrom":"2021-12-01",
         "version":%d}""";
    var changed = call(admin, "PUT", "/api/v1/articles/" + id, numbered.formatted(n, n, n, n, 0));
    assertThat(changed.getStatus()).isEqualTo(200);
    assertThat(read(changed, "$.code")).isEqualTo("9" + n);
    assertThat(read(changed, "$.maxMonths")).isEqualTo("36");
    assertThat(read(changed, "$.version")).isEqualTo("1");
    // an edit from the version before is refused, not silently applied
    assertThat(call(admin, "PUT", "/api/v1/articles/" + id, numbered.formatted(n, n, n, n, 0)))
        .extracting(MockHttpServletResponse::getStatus)
        .isEqualTo(409);
    // no second article with its number or one of its names
    var sameName =
        call(
            admin,
            "POST",
            "/api/v1/articles",
            """
            {"code":"OTHER-%s","titleEn":"Other %s","titleRu":"контрабанда %s","titleKy":"Башка %s",
             "articleClass":"LESSER"}"""
                .formatted(n, n, n, n));
    assertThat(sameName.getStatus()).isEqualTo(400);
    assertThat(sameName.getContentAsString()).contains("titleRu");
    var takenNumber =
        call(
            admin,
            "PUT",
            "/api/v1/articles/" + id,
            """
            {"code":"166","titleEn":"Smuggling %s","titleRu":"Контрабанда %s","titleKy":"Контрабанда %s",
             "articleClass":"LESSER","version":1}"""
                .formatted(n, n, n));
    assertThat(takenNumber.getStatus()).isEqualTo(400);
    assertThat(takenNumber.getContentAsString()).contains("\"code\"");
    // every version, the latest first, with who entered it
    var history = call(admin, "GET", "/api/v1/articles/" + id + "/revisions", null);
    assertThat(history.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<java.util.List<Integer>>read(history.getContentAsString(), "$[*].version"))
        .containsExactly(1, 0);
    assertThat(read(history, "$[1].code")).isEqualTo("SMUGGLING-" + n);
    assertThat(read(history, "$[0].revisedBy")).startsWith("art-admin");
    // only the administrator changes the code
    RequestPostProcessor prosecutor = person("art-pgo", TestAccounts.MVD, Role.PROSECUTOR);
    assertThat(call(prosecutor, "PUT", "/api/v1/articles/" + id, numbered.formatted(n, n, n, n, 1)))
        .extracting(MockHttpServletResponse::getStatus)
        .isEqualTo(403);
    // the page: the label the Russian way, the versions listed, a stale form shown again
    String page = page(admin, "/admin/articles/" + id, "ru");
    assertThat(page)
        .contains("Ст. 9" + n + " — Контрабанда " + n, "SMUGGLING-" + n, "id=\"article-history\"");
    var stale =
        mvc.perform(
                MockMvcRequestBuilders.post("/admin/articles/" + id)
                    .with(admin)
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf())
                    .param("code", "9" + n)
                    .param("titleEn", "Smuggling " + n)
                    .param("titleRu", "Контрабанда " + n)
                    .param("titleKy", "Контрабанда " + n)
                    .param("articleClass", "LESSER")
                    .param("version", "0"))
            .andReturn()
            .getResponse();
    assertThat(stale.getStatus()).isEqualTo(200);
    assertThat(stale.getContentAsString()).contains("Someone else changed this record meanwhile");
    Integer audited =
        jdbc.sql(
                "select count(*) from audit_entry where action = 'ARTICLE_CHANGED' and object_id = :id")
            .param("id", id)
            .query(Integer.class)
            .single();
    assertThat(audited).isEqualTo(1);
  }

  private MockHttpServletResponse event(RequestPostProcessor who, UUID id, String json)
      throws Exception {
    return call(who, "POST", "/api/v1/criminal-cases/" + id + "/events", json);
  }

  private RequestPostProcessor person(String prefix, UUID organisation, Role role) {
    return api.person(prefix, organisation, role);
  }

  private MockHttpServletResponse call(
      RequestPostProcessor who, String method, String url, String json) throws Exception {
    return api.call(who, method, url, json);
  }

  private static String read(MockHttpServletResponse response, String path) throws Exception {
    return String.valueOf((Object) JsonPath.read(response.getContentAsString(), path));
  }
}
