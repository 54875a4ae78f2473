package org.koldoo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ApiClient;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.ProbeImportKind;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Spreadsheets brought in end to end: a template downloaded, filled and imported in each language;
 * a sheet made by hand with mistakes, told row by row; the same sheet imported twice; an import
 * stopped half-way and finished by a re-run.
 */
class ImportIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired ApiClient api;
  @Autowired JdbcClient jdbc;
  @Autowired ProbeImportKind probe;

  private MockHttpServletResponse upload(
      RequestPostProcessor who, String kind, String name, byte[] content, String language)
      throws Exception {
    return api.upload(who, kind, name, content, language);
  }

  private byte[] template(RequestPostProcessor who, String language) throws Exception {
    var response =
        api.call(who, "GET", "/api/v1/imports/templates/hotline-calls?lang=" + language, null);
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsByteArray();
  }

  /** The template with its data rows filled in: each row's cells in the template's order. */
  private static byte[] filled(byte[] template, List<List<Object>> rows) throws Exception {
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(template));
        var out = new ByteArrayOutputStream()) {
      Sheet sheet = book.getSheetAt(0);
      var dates = book.createCellStyle();
      dates.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          var cell = row.createCell(c);
          if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dates);
          } else if (value != null) {
            cell.setCellValue(String.valueOf(value));
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  private long calls(String organisationNote) {
    return jdbc.sql("select count(*) from hotline_call where note like :n")
        .param("n", organisationNote + "%")
        .query(Long.class)
        .single();
  }

  private static final java.util.UUID OSH_CITY =
      java.util.UUID.fromString("00000000-0000-0000-0000-000000000010");

  @Autowired List<ImportKind<?>> kinds;
  @Autowired MessageSource messages;

  @Test
  void every_kind_its_columns_and_their_codes_are_named_in_each_language() {
    List<String> missing = new ArrayList<>();
    for (ImportKind<?> kind : kinds) {
      if (kind instanceof ProbeImportKind) {
        continue; // the tests' own kind
      }
      List<String> keys = new ArrayList<>(List.of(kind.labelKey()));
      for (ImportColumn column : kind.columns()) {
        keys.add(column.labelKey());
        column.codes().forEach(code -> keys.add(code.labelKey()));
      }
      for (String key : keys) {
        for (String language : List.of("en", "ru", "ky")) {
          try {
            messages.getMessage(key, null, Locale.forLanguageTag(language));
          } catch (NoSuchMessageException unnamed) {
            missing.add(kind.name() + ": " + key + " in " + language);
          }
        }
      }
    }
    assertThat(missing)
        .as("a header or code the sheet and the template would show as its key")
        .isEmpty();
  }

  @Test
  void every_template_comes_back_in_its_language_and_a_second_import_creates_nothing()
      throws Exception {
    RequestPostProcessor operator = api.person("imp-hot", OSH_CITY, Role.HOTLINE_OPERATOR);
    String[][] words = {
      {"ky", "Телефон", "Мигрант же туугандары", "Кыргызча", "Адам сатуу", "Маалымат берилди"},
      {
        "ru",
        "Телефон",
        "Мигрант или родственники",
        "Русский",
        "Торговля людьми; Безопасная миграция",
        "Предоставлена информация"
      },
      {"en", "Phone", "Migrant or family", "English", "Safe migration", "Information given"},
    };
    for (String[] w : words) {
      String marker = "import-" + w[0] + "-" + Long.toString(System.nanoTime(), 36);
      List<List<Object>> rows =
          List.of(
              List.of(
                  marker + "-1",
                  LocalDateTime.of(2014, 3, 4, 10, 30),
                  w[1],
                  w[2],
                  w[3],
                  "",
                  "",
                  w[4],
                  "",
                  w[5],
                  "",
                  marker + " one"),
              List.of(
                  marker + "-2",
                  LocalDateTime.of(2014, 3, 4, 11, 0),
                  w[1],
                  w[2],
                  w[3],
                  "",
                  "RU",
                  w[4],
                  "",
                  w[5],
                  "",
                  marker + " two"));
      byte[] sheet = filled(template(operator, w[0]), rows);

      var dry = upload(operator, "hotline-calls", "calls.xlsx", sheet, w[0]);
      assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(201);
      assertThat(ApiClient.read(dry, "$.counts.create"))
          .as(w[0] + dry.getContentAsString())
          .isEqualTo("2");
      assertThat(ApiClient.read(dry, "$.counts.invalid")).isEqualTo("0");
      assertThat(calls(marker)).as("a dry run writes nothing").isZero();
      String id = ApiClient.read(dry, "$.id");
      var done = api.call(operator, "POST", "/api/v1/imports/" + id + "/commit", null);
      assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(200);
      assertThat(ApiClient.read(done, "$.status")).isEqualTo("COMMITTED");
      assertThat(calls(marker)).isEqualTo(2);

      var again = upload(operator, "hotline-calls", "calls.xlsx", sheet, w[0]);
      assertThat(ApiClient.read(again, "$.counts.create")).isEqualTo("0");
      assertThat(ApiClient.read(again, "$.counts.unchanged")).isEqualTo("2");
      api.call(
          operator, "POST", "/api/v1/imports/" + ApiClient.read(again, "$.id") + "/commit", null);
      assertThat(calls(marker)).as("the same sheet twice").isEqualTo(2);

      List<Object> changed = new java.util.ArrayList<>(rows.get(1));
      changed.set(11, marker + " two, corrected");
      var update =
          upload(
              operator,
              "hotline-calls",
              "calls.xlsx",
              filled(template(operator, "en"), List.of(rows.get(0), changed)),
              "en");
      assertThat(ApiClient.read(update, "$.counts.update")).isEqualTo("1");
      api.call(
          operator, "POST", "/api/v1/imports/" + ApiClient.read(update, "$.id") + "/commit", null);
      assertThat(calls(marker)).isEqualTo(2);
      assertThat(calls(marker + " two, corrected")).isEqualTo(1);
    }
  }

  @Test
  void a_sheet_made_by_hand_is_told_its_mistakes_row_by_row_in_the_readers_language()
      throws Exception {
    RequestPostProcessor operator = api.person("imp-csv", OSH_CITY, Role.HOTLINE_OPERATOR);
    String marker = "hand-" + Long.toString(System.nanoTime(), 36);
    String csv =
        String.join(
            "\r\n",
            "Журнал звонков;;;;;",
            "Темы;Время звонка (местное время);Канал;Кто звонил;Язык;Результат;Примечание (без имён)",
            "Торговля людьми;04.03.2014 09:15;Телефон;Мигрант или родственники;Русский;Предоставлена информация;"
                + marker
                + " ok",
            "Торговля людьми;31.02.2014 09:15;Телефон;Мигрант или родственники;Русский;Предоставлена информация;"
                + marker,
            "Торговля людьми;03/04/2014 09:15;Факс;Мигрант или родственники;Русский;Предоставлена информация;"
                + marker,
            "Торговля людьми;04.03.2014 09:15;Телефон;Мигрант или родственники;Русский;Предоставлена информация;"
                + "x".repeat(1001),
            "Торговля людьми;04.03.2014 09:15;Tелефон;Мигрант или родственники;Русский;Предоставлена информация;"
                + marker
                + " latin T",
            ";;;;;;",
            ";;;;;;");
    byte[] windows1251 = csv.getBytes(Charset.forName("windows-1251"));
    var dry = upload(operator, "hotline-calls", "журнал.csv", windows1251, "ru");
    assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(201);
    String body = dry.getContentAsString();
    assertThat(ApiClient.read(dry, "$.counts.total")).as(body).isEqualTo("5");
    assertThat(ApiClient.read(dry, "$.counts.create")).isEqualTo("2");
    assertThat(ApiClient.read(dry, "$.counts.invalid")).isEqualTo("3");
    assertThat(body)
        .contains("\"row\":4", "«31.02.2014 09:15» — не дата")
        .contains(
            "\"row\":5", "можно прочитать как два разных дня", "«Факс» — не значение этого списка")
        .contains("\"row\":6", "Длиннее 1", "000 знаков")
        .contains("Время звонка (местное время)", "Канал");
    assertThat(body)
        .doesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    var done =
        api.call(
            operator, "POST", "/api/v1/imports/" + ApiClient.read(dry, "$.id") + "/commit", null);
    assertThat(ApiClient.read(done, "$.counts.create")).isEqualTo("2");
    assertThat(calls(marker)).isEqualTo(2);
  }

  @Test
  void an_import_stopped_half_way_has_whole_rows_and_a_rerun_finishes_it() throws Exception {
    String username = accountsCreate();
    RequestPostProcessor who = api.signedIn(username);
    String marker = "probe-" + System.nanoTime() + "-";
    StringBuilder csv = new StringBuilder("value\n");
    for (int i = 0; i < 2400; i++) {
      csv.append(i == 1700 ? ProbeImportKind.FAIL_AT : marker + i).append('\n');
    }
    var dry =
        upload(who, "probe", "values.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "en");
    assertThat(ApiClient.read(dry, "$.counts.create")).isEqualTo("2400");
    String id = ApiClient.read(dry, "$.id");

    ProbeImportKind.failures.set(1);
    var stopped = api.call(who, "POST", "/api/v1/imports/" + id + "/commit", null);
    assertThat(stopped.getStatus()).isEqualTo(500);
    var state = api.call(who, "GET", "/api/v1/imports/" + id, null);
    assertThat(ApiClient.read(state, "$.status")).isEqualTo("COMMITTING");
    assertThat(ApiClient.read(state, "$.rowsWritten")).isEqualTo("1000");
    assertThat(probe.count(marker))
        .as("the first batch, whole; nothing of the second")
        .isEqualTo(1000);

    var finished = api.call(who, "POST", "/api/v1/imports/" + id + "/commit", null);
    assertThat(finished.getStatus()).as(finished.getContentAsString()).isEqualTo(200);
    assertThat(ApiClient.read(finished, "$.status")).isEqualTo("COMMITTED");
    assertThat(ApiClient.read(finished, "$.counts.unchanged")).isEqualTo("1000");
    assertThat(ApiClient.read(finished, "$.counts.create")).isEqualTo("1400");
    assertThat(probe.count(marker)).isEqualTo(2399);
    assertThat(probe.count(ProbeImportKind.FAIL_AT)).isPositive();
  }

  @Autowired TestAccounts accounts;

  private String accountsCreate() {
    return accounts.create("probe", OSH_CITY, Role.HOTLINE_OPERATOR);
  }

  @Test
  void a_person_who_may_import_nothing_is_refused_and_another_organisations_import_is_unknown()
      throws Exception {
    RequestPostProcessor analyst = api.person("imp-ana", TestAccounts.MOL, Role.ANALYST);
    assertThat(api.call(analyst, "GET", "/api/v1/imports", null).getStatus()).isEqualTo(403);
    RequestPostProcessor operator = api.person("imp-own", OSH_CITY, Role.HOTLINE_OPERATOR);
    RequestPostProcessor other = api.person("imp-oth", TestAccounts.MVD, Role.HOTLINE_OPERATOR);
    var dry =
        upload(
            operator,
            "hotline-calls",
            "x.csv",
            "Topics\nOther\n".getBytes(StandardCharsets.UTF_8),
            "en");
    assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(201);
    assertThat(dry.getContentAsString()).contains("The sheet has no such column");
    String id = ApiClient.read(dry, "$.id");
    assertThat(api.call(other, "GET", "/api/v1/imports/" + id, null).getStatus()).isEqualTo(404);
    assertThat(api.call(other, "POST", "/api/v1/imports/" + id + "/commit", null).getStatus())
        .isEqualTo(404);
    var notAFile =
        upload(
            operator,
            "hotline-calls",
            "x.xls",
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4},
            "en");
    assertThat(notAFile.getStatus()).isEqualTo(400);
    assertThat(notAFile.getContentAsString()).contains(".xlsx");
  }

  @Test
  void
      victim_cases_come_in_with_screening_and_decision_sealed_and_a_refused_row_alone_is_set_aside()
          throws Exception {
    java.util.UUID shelter = java.util.UUID.fromString("00000000-0000-0000-0000-000000000011");
    RequestPostProcessor worker = api.person("imp-cw", shelter, Role.CASE_WORKER);
    var template =
        api.call(worker, "GET", "/api/v1/imports/templates/victim-cases?lang=ru", null)
            .getContentAsByteArray();
    String family = "Импортова" + (System.nanoTime() % 100000);
    String id = "V-" + System.nanoTime();
    // the template's columns: ID, family, given, patronymic, latin, birth, birth year, age,
    // document, sex, citizenships, region, factors, registered, screened, where, group,
    // indicators, decided, status, deciding body, forms, sectors, channel, relation, countries of
    // recruitment, transit, exploitation, exploitation from, to
    List<Object> whole = new java.util.ArrayList<>(java.util.Collections.nCopies(30, null));
    whole.set(0, id + "-1");
    whole.set(1, family);
    whole.set(2, "Айгуль");
    whole.set(5, "12.05.1990");
    whole.set(9, "Женский");
    whole.set(10, "Кыргызстан");
    whole.set(13, "15.01.2011");
    whole.set(14, "15.01.2011");
    whole.set(15, "Граница");
    whole.set(16, "Вернувшиеся мигранты");
    whole.set(17, "Обман; Изоляция");
    whole.set(18, "20.01.2011");
    whole.set(19, "Установленная жертва");
    whole.set(20, "CC-BISHKEK");
    whole.set(21, "Принудительный труд");
    whole.set(27, "Россия");
    List<Object> refusedOnWrite =
        new java.util.ArrayList<>(java.util.Collections.nCopies(30, null));
    refusedOnWrite.set(0, id + "-2");
    refusedOnWrite.set(1, family + "-второй");
    refusedOnWrite.set(13, "10.02.2011");
    refusedOnWrite.set(14, "10.02.1960"); // more than 30 years before the case: refused as written
    refusedOnWrite.set(15, "Граница");
    refusedOnWrite.set(16, "Другое");
    List<Object> unknownBody = new java.util.ArrayList<>(whole);
    unknownBody.set(0, id + "-3");
    unknownBody.set(20, "NO-SUCH-BODY");

    var dry =
        upload(
            worker,
            "victim-cases",
            "clients.xlsx",
            filled(template, List.of(whole, refusedOnWrite, unknownBody)),
            "ru");
    assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(201);
    assertThat(ApiClient.read(dry, "$.counts.create")).as(dry.getContentAsString()).isEqualTo("2");
    assertThat(ApiClient.read(dry, "$.problems[0].row")).isEqualTo("4");
    assertThat(dry.getContentAsString()).contains("NO-SUCH-BODY").doesNotContain(family);

    var done =
        api.call(
            worker, "POST", "/api/v1/imports/" + ApiClient.read(dry, "$.id") + "/commit", null);
    assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(200);
    assertThat(ApiClient.read(done, "$.counts.create"))
        .as(done.getContentAsString())
        .isEqualTo("1");
    assertThat(ApiClient.read(done, "$.counts.invalid")).isEqualTo("2");
    assertThat(done.getContentAsString()).contains("\"row\":3").doesNotContain(family);

    var cases =
        jdbc.sql(
                """
                select c.id, c.identity_ciphertext from victim_case c
                where c.organisation_id = :org and c.registered_on = date '2011-01-15'
                """)
            .param("org", shelter)
            .query((rs, n) -> new Object[] {rs.getObject(1), rs.getBytes(2)})
            .list();
    assertThat(cases).hasSize(1);
    assertThat(new String((byte[]) cases.get(0)[1], StandardCharsets.UTF_8)).doesNotContain(family);
    java.util.UUID caseId = (java.util.UUID) cases.get(0)[0];
    var page = api.call(worker, "GET", "/api/v1/cases/" + caseId, null);
    assertThat(page.getContentAsString()).contains("IDENTIFIED_VICTIM");
    assertThat(
            jdbc.sql("select count(*) from import_file where import_id = :id")
                .param("id", java.util.UUID.fromString(ApiClient.read(dry, "$.id")))
                .query(Long.class)
                .single())
        .as("the sealed sheet is gone once imported")
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from victim_case where registered_on = date '2011-02-10'")
                .query(Long.class)
                .single())
        .as("the refused row left nothing behind")
        .isZero();
  }

  @Test
  void a_row_brought_in_again_with_a_correction_does_not_record_its_decision_twice()
      throws Exception {
    java.util.UUID shelter = java.util.UUID.fromString("00000000-0000-0000-0000-000000000011");
    RequestPostProcessor worker = api.person("imp-again", shelter, Role.CASE_WORKER);
    String id = "R-" + System.nanoTime();
    String family = "Повторная" + (System.nanoTime() % 100000);
    String header =
        "ID in the sheet,Family name,Given name,Registered on,Date of decision,Status,"
            + "Deciding body,Forms of exploitation\n";
    String row =
        id
            + ","
            + family
            + ",%s,03.03.2012,05.03.2012,Identified victim,CC-BISHKEK,"
            + "Forced labour; Sexual exploitation\n";

    commit(worker, header + row.formatted("Айгуль"));
    // the same person brought in again, her given name corrected in the register
    commit(worker, header + row.formatted("Айгүл"));

    java.util.UUID caseId =
        jdbc.sql("select record_id from import_key where kind = 'victim-cases' and row_key = :key")
            .param("key", "id:" + id)
            .query(java.util.UUID.class)
            .single();
    assertThat(
            jdbc.sql("select count(*) from victim_identification where case_id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single())
        .as("the decision the case has already is not recorded again")
        .isOne();
  }

  private void commit(RequestPostProcessor who, String csv) throws Exception {
    var dry = upload(who, "victim-cases", "again.csv", csv.getBytes(StandardCharsets.UTF_8), "en");
    assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(201);
    assertThat(ApiClient.read(dry, "$.counts.invalid")).as(dry.getContentAsString()).isEqualTo("0");
    var done =
        api.call(who, "POST", "/api/v1/imports/" + ApiClient.read(dry, "$.id") + "/commit", null);
    assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(200);
  }

  @Test
  void a_centres_own_headers_are_mapped_once_and_a_full_name_cell_is_split() throws Exception {
    java.util.UUID centre = java.util.UUID.fromString("00000000-0000-0000-0000-000000000011");
    RequestPostProcessor worker = api.person("imp-map", centre, Role.CASE_WORKER);
    String family = "Картотекова" + (System.nanoTime() % 100000);
    String sheet =
        String.join(
            "\n",
            "Список клиентов кризисного центра, 2013",
            "№;ФИО;Дата рожд.;Пол;Дата регистрации;Телефон мамы",
            "К-1;" + family + " Айгуль Бакытовна;03.02.1991;Ж;14.03.2013;0555 000 000",
            "К-2;" + family + "-Сеитова Нургуль;;Женский;15.03.2013;");
    byte[] content = sheet.getBytes(StandardCharsets.UTF_8);
    var dry = upload(worker, "victim-cases", "клиенты.csv", content, "ru");
    assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(201);
    assertThat(dry.getContentAsString())
        .as("the headers nobody named are offered for mapping; no value of a row is kept")
        .contains("\"unmatchedHeaders\":[\"№\",\"Дата рожд.\",\"Телефон мамы\"]")
        .doesNotContain(family);
    String id = ApiClient.read(dry, "$.id");

    var unknownColumn =
        api.call(
            worker,
            "POST",
            "/api/v1/imports/" + id + "/mapping",
            """
            {"columns":{"Телефон мамы":"motherPhone"}}""");
    assertThat(unknownColumn.getStatus()).isEqualTo(400);
    assertThat(unknownColumn.getContentAsString()).contains("columns", "motherPhone");

    var mapped =
        api.call(
            worker,
            "POST",
            "/api/v1/imports/" + id + "/mapping",
            """
            {"columns":{"№":"sourceId","Дата рожд.":"dateOfBirth","Телефон мамы":""}}""");
    assertThat(mapped.getStatus()).as(mapped.getContentAsString()).isEqualTo(200);
    assertThat(ApiClient.read(mapped, "$.unmatchedHeaders")).isEqualTo("[\"Телефон мамы\"]");
    assertThat(ApiClient.read(mapped, "$.counts.create")).isEqualTo("2");
    var done = api.call(worker, "POST", "/api/v1/imports/" + id + "/commit", null);
    assertThat(ApiClient.read(done, "$.counts.create"))
        .as(done.getContentAsString())
        .isEqualTo("2");
    assertThat(
            jdbc.sql(
                    "select count(*) from import_key where import_id = :id and row_key like 'id:К-%'")
                .param("id", java.util.UUID.fromString(id))
                .query(Long.class)
                .single())
        .as("rows keyed by the sheet's own number, as mapped")
        .isEqualTo(2);
    java.util.UUID first =
        jdbc.sql(
                """
                select c.id from victim_case c
                where c.organisation_id = :org and c.registered_on = date '2013-03-14'
                """)
            .param("org", centre)
            .query(java.util.UUID.class)
            .single();
    var identity =
        api.call(
            worker,
            "GET",
            "/api/v1/cases/" + first + "/identity?purpose=checking+the+import",
            null);
    assertThat(ApiClient.read(identity, "$.familyName")).isEqualTo(family);
    assertThat(ApiClient.read(identity, "$.givenName")).isEqualTo("Айгуль");
    assertThat(ApiClient.read(identity, "$.patronymic")).isEqualTo("Бакытовна");
    assertThat(api.call(worker, "GET", "/api/v1/cases/" + first, null).getContentAsString())
        .as("«Ж», as registers write it, is female")
        .contains("FEMALE");
    assertThat(
            api.call(
                    worker,
                    "POST",
                    "/api/v1/imports/" + id + "/mapping",
                    """
            {"columns":{"Телефон мамы":"dateOfBirth"}}""")
                .getStatus())
        .as("a committed import is not checked again")
        .isEqualTo(409);

    var again = upload(worker, "victim-cases", "клиенты.csv", content, "ru");
    assertThat(ApiClient.read(again, "$.unmatchedHeaders"))
        .as("the next sheet of the same layout is read as mapped")
        .isEqualTo("[\"Телефон мамы\"]");
    assertThat(ApiClient.read(again, "$.counts.unchanged")).isEqualTo("2");
    RequestPostProcessor elsewhere = api.person("imp-map2", TestAccounts.MVD, Role.INVESTIGATOR);
    assertThat(upload(elsewhere, "victim-cases", "клиенты.csv", content, "ru").getContentAsString())
        .as("another organisation's headers are its own")
        .contains("\"Дата рожд.\"");

    String both = "ФИО;Фамилия\n" + family + " Айгуль;" + family + "\n";
    var refused =
        upload(worker, "victim-cases", "both.csv", both.getBytes(StandardCharsets.UTF_8), "en");
    assertThat(refused.getContentAsString()).contains("Give the full name or its parts");

    String misdated = "Фамилия;Дата рождения\n" + family + ";31.02.1985\n";
    var hidden =
        upload(
            worker, "victim-cases", "dates.csv", misdated.getBytes(StandardCharsets.UTF_8), "en");
    assertThat(hidden.getContentAsString())
        .as("a reason names the column of identity at fault, not what its cell held")
        .contains("is not a date")
        .doesNotContain("31.02.1985", family);
  }

  @Test
  void the_import_page_offers_the_sheets_own_headers_and_maps_them() throws Exception {
    RequestPostProcessor operator = api.person("imp-scr", OSH_CITY, Role.HOTLINE_OPERATOR);
    String sheet =
        "Когда позвонили;Канал;Кто звонил;Язык;Темы;Результат\n"
            + "05.06.2014 10:20;Телефон;Другое;Русский;Другое;Предоставлена информация\n";
    var dry =
        upload(
            operator, "hotline-calls", "звонки.csv", sheet.getBytes(StandardCharsets.UTF_8), "ru");
    String id = ApiClient.read(dry, "$.id");
    assertThat(ApiClient.read(dry, "$.problems[0].reason"))
        .as("the time of the call is missing until its header is mapped")
        .contains("В таблице нет этого столбца");
    var page = api.call(operator, "GET", "/imports/" + id, null);
    assertThat(page.getContentAsString()).contains("import-mapping", "Когда позвонили");
    var mapped =
        mvc.perform(
                post("/imports/" + id + "/mapping")
                    .with(operator)
                    .with(csrf())
                    .param("header", "Когда позвонили")
                    .param("column", "receivedAt"))
            .andReturn()
            .getResponse();
    assertThat(mapped.getRedirectedUrl()).isEqualTo("/imports/" + id + "?mapped");
    var run = api.call(operator, "GET", "/api/v1/imports/" + id, null);
    assertThat(ApiClient.read(run, "$.counts.create")).as(run.getContentAsString()).isEqualTo("1");
    assertThat(ApiClient.read(run, "$.problemsTotal")).isEqualTo("0");

    // what the hotline taught Koldoo is shown back, and a mapping made by mistake is forgotten
    assertThat(api.call(operator, "GET", "/imports/" + id, null).getContentAsString())
        .contains("import-remembered", "Когда позвонили", "Received (local time)");
    mvc.perform(
            post("/imports/" + id + "/mapping")
                .with(operator)
                .with(csrf())
                .param("header", "Когда позвонили")
                .param("column", ""))
        .andReturn();
    var forgotten = api.call(operator, "GET", "/api/v1/imports/" + id, null);
    assertThat(ApiClient.read(forgotten, "$.unmatchedHeaders")).isEqualTo("[\"Когда позвонили\"]");
    assertThat(ApiClient.read(forgotten, "$.counts.create")).isEqualTo("0");

    var refused =
        mvc.perform(
                post("/imports/" + id + "/mapping")
                    .with(operator)
                    .with(csrf())
                    .param("header", "Когда позвонили")
                    .param("column", "noSuchColumn"))
            .andReturn();
    assertThat(refused.getResponse().getRedirectedUrl())
        .as("a refused mapping is told on the import's page, not as an error page")
        .isEqualTo("/imports/" + id);
    assertThat(refused.getFlashMap().get("mappingRefusal"))
        .isEqualTo("import.mapping.unknownColumn");
  }

  @Test
  void a_note_holding_a_telephone_number_is_refused_and_not_kept_in_the_problem() throws Exception {
    RequestPostProcessor operator = api.person("imp-note", OSH_CITY, Role.HOTLINE_OPERATOR);
    String sheet =
        "Received (local time);Channel;Caller;Language;Topics;Outcome;Note (no names)\n"
            + "05.06.2014 10:20;Phone;Other;Russian;Other;Information given;"
            + "sister held, call 0555 12 34 56\n";
    var dry =
        upload(
            operator, "hotline-calls", "calls.csv", sheet.getBytes(StandardCharsets.UTF_8), "en");
    assertThat(ApiClient.read(dry, "$.problems[0].reason"))
        .as(dry.getContentAsString())
        .contains("Must not hold a telephone number");
    assertThat(dry.getContentAsString()).doesNotContain("12 34 56");
  }

  @Test
  void a_dry_run_discarded_from_its_page_says_by_whom_and_offers_no_commit() throws Exception {
    RequestPostProcessor operator = api.person("imp-dis", OSH_CITY, Role.HOTLINE_OPERATOR);
    String sheet = "Когда позвонили;Канал\n05.06.2014 10:20;Телефон\n";
    String id =
        ApiClient.read(
            upload(
                operator,
                "hotline-calls",
                "звонки.csv",
                sheet.getBytes(StandardCharsets.UTF_8),
                "en"),
            "$.id");
    assertThat(api.call(operator, "GET", "/imports/" + id, null).getContentAsString())
        .contains("import-commit", "import-discard", "not imported within 7 days");

    var discarded =
        mvc.perform(post("/imports/" + id + "/discard").with(operator).with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(discarded.getRedirectedUrl()).isEqualTo("/imports/" + id + "?discarded");
    assertThat(api.call(operator, "GET", "/imports/" + id, null).getContentAsString())
        .contains("import-discarded", "Discarded by imp-dis", "nothing of it was written")
        .doesNotContain("import-commit", "import-discard\"");
    var run = api.call(operator, "GET", "/api/v1/imports/" + id, null);
    assertThat(ApiClient.read(run, "$.status")).isEqualTo("DISCARDED");
    assertThat(ApiClient.read(run, "$.discarded.by")).startsWith("imp-dis");
    var commit = api.call(operator, "POST", "/api/v1/imports/" + id + "/commit", null);
    assertThat(commit.getStatus()).isEqualTo(409);
    assertThat(commit.getContentAsString()).contains("upload the sheet again");
  }

  @Test
  void the_data_are_found_on_a_workbooks_second_sheet_after_its_instructions() throws Exception {
    RequestPostProcessor operator = api.person("imp-2nd", OSH_CITY, Role.HOTLINE_OPERATOR);
    byte[] book;
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new java.io.ByteArrayOutputStream()) {
      workbook
          .createSheet("Read me")
          .createRow(0)
          .createCell(0)
          .setCellValue("Calls go on sheet 2");
      var calls = workbook.createSheet("Calls");
      String[] header = {"Received", "Channel", "Caller", "Language", "Topics", "Outcome"};
      String[] call = {
        "07.06.2015 09:15", "Phone", "Other", "Russian", "Other", "Information given"
      };
      var headerRow = calls.createRow(0);
      var callRow = calls.createRow(1);
      for (int i = 0; i < header.length; i++) {
        headerRow.createCell(i).setCellValue(header[i]);
        callRow.createCell(i).setCellValue(call[i]);
      }
      workbook.write(out);
      book = out.toByteArray();
    }
    var dry = upload(operator, "hotline-calls", "log.xlsx", book, "en");
    assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(201);
    assertThat(ApiClient.read(dry, "$.counts.create")).as(dry.getContentAsString()).isEqualTo("1");
  }

  @Test
  void the_prevention_registries_come_in_from_the_ministrys_own_sheets() throws Exception {
    RequestPostProcessor coordinator =
        api.person("imp-nat", TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    String topic = "Import training " + System.nanoTime();
    String training =
        String.join(
            "\n",
            "Дата,Тема,Организатор,Формат,Полиция,Прокуроры,Судьи",
            "15.03.2012," + topic + ",IOM,Очно,12,3,",
            "16.03.2012," + topic + " 2,OSCE,Онлайн,,,");
    var dry =
        upload(
            coordinator,
            "training-events",
            "training.csv",
            training.getBytes(StandardCharsets.UTF_8),
            "ru");
    assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(201);
    assertThat(ApiClient.read(dry, "$.counts.create")).as(dry.getContentAsString()).isEqualTo("1");
    assertThat(ApiClient.read(dry, "$.problems[0].row")).isEqualTo("3");
    var done =
        api.call(
            coordinator,
            "POST",
            "/api/v1/imports/" + ApiClient.read(dry, "$.id") + "/commit",
            null);
    assertThat(ApiClient.read(done, "$.counts.create"))
        .as(done.getContentAsString())
        .isEqualTo("1");
    assertThat(
            jdbc.sql("select police from training_event where topic = :t")
                .param("t", topic)
                .query(Integer.class)
                .single())
        .isEqualTo(12);

    RequestPostProcessor inspector = api.person("imp-ins", TestAccounts.MOL, Role.LABOUR_INSPECTOR);
    String site = "Import site " + System.nanoTime();
    String inspections =
        String.join(
            "\n",
            "Date;Establishment;Site;Inspecting body;Forced-labour indicators found",
            "02.04.2012;" + site + ";Construction site;;Deception, Isolation",
            "03.04.2012;" + site + " B;Construction site;MVD;");
    var checked =
        upload(
            inspector,
            "labour-inspections",
            "inspections.csv",
            inspections.getBytes(StandardCharsets.UTF_8),
            "en");
    assertThat(checked.getStatus()).as(checked.getContentAsString()).isEqualTo(201);
    assertThat(ApiClient.read(checked, "$.counts.create"))
        .as(checked.getContentAsString())
        .isEqualTo("1");
    assertThat(checked.getContentAsString())
        .contains("An inspectorate imports its own inspections only");
    api.call(
        inspector, "POST", "/api/v1/imports/" + ApiClient.read(checked, "$.id") + "/commit", null);
    assertThat(
            jdbc.sql("select indicators from labour_inspection where establishment = :e")
                .param("e", site)
                .query(String.class)
                .single())
        .contains("ILO_DECEPTION", "ILO_ISOLATION");
  }

  @Test
  void criminal_cases_then_their_defendants_come_from_an_investigators_register() throws Exception {
    RequestPostProcessor investigator = api.person("imp-inv", TestAccounts.MVD, Role.INVESTIGATOR);
    String number = "IMP-" + System.nanoTime();
    String cases =
        String.join(
            "\n",
            "Регистрационный номер;Дата регистрации;Основание;Статья",
            number + ";10.01.2012;Заявление потерпевшего;ст. 166",
            number + "-B;11.01.2012;Заявление потерпевшего;999");
    var dry =
        upload(
            investigator,
            "criminal-cases",
            "cases.csv",
            cases.getBytes(StandardCharsets.UTF_8),
            "ru");
    assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(201);
    assertThat(ApiClient.read(dry, "$.counts.create")).as(dry.getContentAsString()).isEqualTo("1");
    assertThat(dry.getContentAsString()).contains("«999»");
    api.call(
        investigator, "POST", "/api/v1/imports/" + ApiClient.read(dry, "$.id") + "/commit", null);

    String defendants =
        String.join(
            "\n",
            "Регистрационный номер;ФИО;Пол;Гражданство",
            number + ";Импортов Иван;Мужской;Кыргызстан",
            "NO-SUCH-CASE;Другой;Мужской;KG");
    var checked =
        upload(
            investigator,
            "criminal-case-defendants",
            "d.csv",
            defendants.getBytes(StandardCharsets.UTF_8),
            "ru");
    assertThat(ApiClient.read(checked, "$.counts.create"))
        .as(checked.getContentAsString())
        .isEqualTo("1");
    assertThat(checked.getContentAsString()).contains("NO-SUCH-CASE").doesNotContain("Импортов");
    var done =
        api.call(
            investigator,
            "POST",
            "/api/v1/imports/" + ApiClient.read(checked, "$.id") + "/commit",
            null);
    assertThat(ApiClient.read(done, "$.counts.create"))
        .as(done.getContentAsString())
        .isEqualTo("1");
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from defendant d join criminal_case c on c.id = d.criminal_case_id
                    where c.registration_number = :n
                    """)
                .param("n", number)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    String events =
        String.join(
            "\n",
            "Registration number;Event;Date;Defendant",
            number + ";Investigation suspended;01.02.2012;",
            number + ";Verdict;02.02.2012;Импортов  иван",
            number + ";Hearing;03.02.2012;Someone Else");
    var eventsChecked =
        upload(
            investigator,
            "criminal-case-events",
            "e.csv",
            events.getBytes(StandardCharsets.UTF_8),
            "en");
    assertThat(ApiClient.read(eventsChecked, "$.counts.create"))
        .as(eventsChecked.getContentAsString())
        .isEqualTo("2");
    assertThat(eventsChecked.getContentAsString()).doesNotContain("Someone Else");
    var eventsDone =
        api.call(
            investigator,
            "POST",
            "/api/v1/imports/" + ApiClient.read(eventsChecked, "$.id") + "/commit",
            null);
    assertThat(ApiClient.read(eventsDone, "$.counts.create"))
        .as(eventsDone.getContentAsString())
        .isEqualTo("1");
    assertThat(eventsDone.getContentAsString()).contains("Your role may not record this event");
  }

  @Test
  void referrals_and_services_name_their_case_by_its_number_and_follow_the_cases_rules()
      throws Exception {
    java.util.UUID shelter = java.util.UUID.fromString("00000000-0000-0000-0000-000000000011");
    RequestPostProcessor worker = api.person("imp-ref", shelter, Role.CASE_WORKER);
    var created =
        api.call(
            worker,
            "POST",
            "/api/v1/cases",
            """
            {"familyName":"Referred","givenName":"Person","sex":"FEMALE","registeredOn":"2012-05-01"}""");
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    String caseId = ApiClient.read(created, "$.id");
    String number = ApiClient.read(created, "$.caseNumber");
    var unconsented =
        api.call(
            worker,
            "POST",
            "/api/v1/cases",
            """
            {"familyName":"Unconsented","givenName":"Person","sex":"FEMALE","registeredOn":"2012-05-01"}""");
    String other = ApiClient.read(unconsented, "$.caseNumber");
    api.call(
        worker,
        "POST",
        "/api/v1/cases/" + caseId + "/consents",
        """
        {"purpose":"REFERRAL","givenOn":"2012-05-02","byGuardian":false}""");
    String referrals =
        String.join(
            "\n",
            "Case (pseudonym or case number);To;Service;Sent on",
            number + ";IOM;Legal aid;03.05.2012",
            other + ";IOM;Legal aid;03.05.2012",
            "NOBODY-1;IOM;Legal aid;03.05.2012");
    var dry =
        upload(
            worker, "referrals", "referrals.csv", referrals.getBytes(StandardCharsets.UTF_8), "en");
    assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(201);
    assertThat(ApiClient.read(dry, "$.counts.create")).as(dry.getContentAsString()).isEqualTo("2");
    assertThat(dry.getContentAsString()).contains("NOBODY-1");
    var done =
        api.call(
            worker, "POST", "/api/v1/imports/" + ApiClient.read(dry, "$.id") + "/commit", null);
    assertThat(ApiClient.read(done, "$.counts.create"))
        .as(done.getContentAsString())
        .isEqualTo("1");
    assertThat(ApiClient.read(done, "$.counts.invalid"))
        .as("the case without consent")
        .isEqualTo("2");

    String services =
        String.join(
            "\n",
            "Case (pseudonym or case number),Service,Started on,Ended on",
            number + ",Shelter or crisis-centre stay,02.05.2012,20.05.2012");
    var checked =
        upload(worker, "services", "services.csv", services.getBytes(StandardCharsets.UTF_8), "en");
    var written =
        api.call(
            worker, "POST", "/api/v1/imports/" + ApiClient.read(checked, "$.id") + "/commit", null);
    assertThat(ApiClient.read(written, "$.counts.create"))
        .as(written.getContentAsString())
        .isEqualTo("1");
    assertThat(
            jdbc.sql("select count(*) from referral where case_id = cast(:c as uuid)")
                .param("c", caseId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
