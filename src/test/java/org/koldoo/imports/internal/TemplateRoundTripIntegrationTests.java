package org.koldoo.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportKind;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ApiClient;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every kind's template, in each of the three languages, reads back as it was written: each header
 * names its column, and each code value's label, in any language, names its code and only it.
 */
class TemplateRoundTripIntegrationTests extends IntegrationTest {

  @Autowired ApiClient api;
  @Autowired MockMvc mvc;
  @Autowired Vocabulary words;
  @Autowired List<ImportKind<?>> kinds;

  @Test
  void every_template_is_read_back_whole_in_every_language() throws Exception {
    var importer =
        api.person(
            "tpl-all",
            TestAccounts.MOL,
            Role.CASE_WORKER,
            Role.HOTLINE_OPERATOR,
            Role.LABOUR_INSPECTOR,
            Role.NATIONAL_COORDINATOR,
            Role.INVESTIGATOR,
            Role.PROSECUTOR);
    List<String> offered =
        com.jayway.jsonpath.JsonPath.read(
            api.call(importer, "GET", "/api/v1/imports/kinds", null).getContentAsString(),
            "$[*].name");
    assertThat(offered)
        .contains(
            "victim-cases",
            "referrals",
            "services",
            "hotline-calls",
            "hotline-period-totals",
            "labour-inspections",
            "inspection-period-totals",
            "agencies",
            "training-events",
            "campaigns",
            "criminal-cases",
            "criminal-case-defendants",
            "criminal-case-events");
    List<String> wrong = new ArrayList<>();
    for (String kind : offered) {
      for (String lang : List.of("ky", "ru", "en")) {
        byte[] template =
            api.call(importer, "GET", "/api/v1/imports/templates/" + kind + "?lang=" + lang, null)
                .getContentAsByteArray();
        // read back in another language than it was written in: headers are accepted in any
        var read =
            mvc.perform(
                    multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "t.xlsx", "application/xlsx", template))
                        .param("kind", kind)
                        .header("Accept-Language", lang.equals("en") ? "ru" : "en")
                        .with(importer))
                .andReturn()
                .getResponse();
        if (read.getStatus() != 201
            || !ApiClient.read(read, "$.problemsTotal").equals("0")
            || !ApiClient.read(read, "$.unmatchedHeaders").equals("[]")) {
          wrong.add(kind + " " + lang + ": " + read.getContentAsString());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void every_code_label_names_its_code_in_every_language() {
    List<String> wrong = new ArrayList<>();
    for (ImportKind<?> kind : kinds) {
      for (ImportColumn column : kind.columns()) {
        for (ImportColumn.Choice choice : column.codes()) {
          for (Locale language : Vocabulary.LANGUAGES) {
            String label = words.text(choice.labelKey(), language);
            var read = words.code(column, label);
            if (read.isEmpty() || !read.get().equals(choice.value())) {
              wrong.add(kind.name() + "." + column.name() + " " + language + " «" + label + "»");
            }
            if (!words.code(column, choice.value()).equals(java.util.Optional.of(choice.value()))) {
              wrong.add(kind.name() + "." + column.name() + " code " + choice.value());
            }
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
