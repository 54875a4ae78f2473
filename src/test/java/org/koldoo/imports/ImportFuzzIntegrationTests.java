package org.koldoo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ApiClient;
import org.koldoo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sheets as broken as real ones get, many thousand rows of them (a seeded loop): every malformed
 * cell is a row problem and nothing is a server error.
 */
class ImportFuzzIntegrationTests extends IntegrationTest {

  private static final UUID SHELTER = UUID.fromString("00000000-0000-0000-0000-000000000011");
  private static final String[] BAD = {
    "31.13.2020",
    "2020-02-30",
    "yesterday",
    "1e9",
    "-5",
    "99999999999999999999",
    "=1+1",
    "=HYPERLINK(\"http://example.org\",\"x\")",
    "@SUM(A1)",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "\u0000",
    "a\u0000b",
    "\u202Eevil",
    "😀😀",
    "\t",
    "\"",
    "\"\"\"",
    ";;;",
    "NULL",
    "null",
    "0x41",
    "１２.０３.２０２０",
    "12.03.20201",
    "٣/٤/٢٠٢٠",
    "Женщина?",
    "FEMALE\n",
    "Ｆｅｍａｌｅ"
  };

  @Autowired MockMvc mvc;
  @Autowired ApiClient api;

  private MockHttpServletResponse upload(
      RequestPostProcessor who, String kind, String name, byte[] content) throws Exception {
    return mvc.perform(
            multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", name, "text/csv", content))
                .param("kind", kind)
                .header("Accept-Language", "ky")
                .with(who))
        .andReturn()
        .getResponse();
  }

  private static String cell(SplittableRandom random) {
    if (random.nextInt(2000) == 0) {
      return "x".repeat(100_000); // about fifty such cells in the sheet: 5 MB
    }
    int pick = random.nextInt(100);
    if (pick < 60) {
      return BAD[random.nextInt(BAD.length)];
    }
    if (pick < 80) {
      StringBuilder noise = new StringBuilder();
      int length = 1 + random.nextInt(20);
      for (int i = 0; i < length; i++) {
        noise.appendCodePoint(1 + random.nextInt(0x2FFF));
      }
      return noise.toString();
    }
    return "";
  }

  @Test
  void ten_thousand_malformed_rows_are_row_problems_and_never_a_server_error() throws Exception {
    RequestPostProcessor worker = api.person("fuzz-cw", SHELTER, Role.CASE_WORKER);
    SplittableRandom random = new SplittableRandom(20261201);
    StringBuilder csv =
        new StringBuilder(
            "ID в таблице;Фамилия;Имя;Дата рождения;Пол;Гражданство;Дата регистрации;"
                + "Дата скрининга;Где;Группа;Статус;Принявший решение орган\n");
    int rows = 10_000;
    for (int r = 0; r < rows; r++) {
      StringBuilder line = new StringBuilder("F-").append(r);
      for (int c = 1; c < 12; c++) {
        // rows that pass land in 2012, far from any period another test counts
        String value = c == 6 ? "01.01.2012" : cell(random).replace("\"", "\"\"");
        line.append(";\"").append(value).append('"');
      }
      csv.append(line).append('\n');
    }
    byte[] utf8 = csv.toString().getBytes(StandardCharsets.UTF_8);
    var checked = upload(worker, "victim-cases", "fuzz.csv", utf8);
    assertThat(checked.getStatus()).as(checked.getContentAsString()).isEqualTo(201);
    assertThat(ApiClient.read(checked, "$.counts.total")).isEqualTo(String.valueOf(rows));
    assertThat(Integer.parseInt(ApiClient.read(checked, "$.counts.invalid"))).isPositive();
    assertThat(Integer.parseInt(ApiClient.read(checked, "$.problemsTotal")))
        .isGreaterThanOrEqualTo(Integer.parseInt(ApiClient.read(checked, "$.counts.invalid")));
    // the report keeps the first thousand problems and counts them all
    assertThat(ApiClient.read(checked, "$.problems.length()")).isEqualTo("1000");
    assertThat(Integer.parseInt(ApiClient.read(checked, "$.problemsTotal"))).isGreaterThan(1000);

    var commit =
        api.call(
            worker, "POST", "/api/v1/imports/" + ApiClient.read(checked, "$.id") + "/commit", null);
    assertThat(commit.getStatus()).as(commit.getContentAsString()).isLessThan(500);

    // the same bytes read as other encodings, and files that only look like workbooks
    for (Charset charset :
        new Charset[] {
          StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1, Charset.forName("windows-1251")
        }) {
      byte[] sample = csv.substring(0, 20_000).getBytes(charset);
      var response = upload(worker, "victim-cases", "fuzz.csv", sample);
      assertThat(response.getStatus()).as(charset.name()).isIn(201, 400);
    }
    for (int i = 0; i < 20; i++) {
      byte[] junk = new byte[100 + random.nextInt(5000)];
      random.nextBytes(junk);
      junk[0] = 'P';
      junk[1] = 'K';
      var response = upload(worker, "victim-cases", "fuzz.xlsx", junk);
      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getContentAsString()).contains("Excel");
    }
  }
}
