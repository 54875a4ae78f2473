package org.koldoo.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.Page;
import org.koldoo.support.ControllerSliceTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The import screen and API on their own, without a database: who the imports' policy refuses gets
 * nothing; a file without its kind, a form without its file, a mapping whose headers and columns do
 * not pair up or that names more headers than a sheet may have are refused by name before anything
 * is read or remembered.
 */
@WebMvcTest({ImportApiController.class, ImportController.class})
@WithMockUser(roles = "LABOUR_INSPECTOR")
class ImportControllersTests extends ControllerSliceTest {

  @MockitoBean ImportService imports;
  @MockitoBean ImportMapping mappings;
  @MockitoBean ImportHeaders headers;
  @MockitoBean ImportTemplates templates;
  @MockitoBean Vocabulary words;
  @MockitoBean ImportDiscards discards;

  @MockitoBean(name = "importAccess")
  ImportAccess access;

  private static final MockMultipartFile SHEET =
      new MockMultipartFile("file", "calls.csv", "text/csv", "a,b\n1,2\n".getBytes());

  @BeforeEach
  void aPersonWhoMayImport() {
    when(access.any(any())).thenReturn(true);
    when(imports.kinds()).thenReturn(List.of());
    when(imports.mine(any())).thenReturn(new Page<>(List.of(), 0, 25, 0));
  }

  @Test
  void whom_the_imports_policy_refuses_gets_nothing() throws Exception {
    when(access.any(any())).thenReturn(false);
    assertThat(statusOf("/api/v1/imports")).isEqualTo(403);
    assertThat(statusOf("/api/v1/imports/kinds")).isEqualTo(403);
    verifyNoInteractions(imports);
  }

  @Test
  void a_file_without_its_kind_or_a_kind_without_its_file_is_refused_by_name() throws Exception {
    var noKind = mvc.perform(multipart("/api/v1/imports").file(SHEET).with(csrf())).andReturn();
    assertThat(noKind.getResponse().getStatus()).isEqualTo(400);
    assertThat(noKind.getResponse().getContentAsString()).contains("kind");
    var noFile =
        mvc.perform(multipart("/api/v1/imports").param("kind", "HOTLINE_CALLS").with(csrf()))
            .andReturn();
    assertThat(noFile.getResponse().getStatus()).isEqualTo(400);
    assertThat(noFile.getResponse().getContentAsString()).contains("file");

    String page =
        mvc.perform(multipart("/imports").param("kind", "HOTLINE_CALLS").with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).as("the screen says what is missing").contains("Choose a file.");
    verify(imports, never()).validate(any(), any(), any());
  }

  @Test
  void a_mapping_that_does_not_pair_up_or_names_too_many_headers_is_refused() throws Exception {
    UUID run = UUID.randomUUID();
    var unpaired =
        mvc.perform(
                post("/imports/" + run + "/mapping")
                    .with(csrf())
                    .param("header", "ФИО", "Дата")
                    .param("column", "fullName"))
            .andReturn();
    assertThat(unpaired.getResponse().getRedirectedUrl()).isEqualTo("/imports/" + run);
    assertThat(unpaired.getFlashMap().get("mappingRefusal")).isEqualTo("import.mapping.incomplete");

    String tooMany =
        IntStream.rangeClosed(0, SheetParser.MAX_UNMATCHED)
            .mapToObj(i -> "\"h%d\":\"\"".formatted(i))
            .collect(Collectors.joining(",", "{\"columns\":{", "}}"));
    assertThat(send(post("/api/v1/imports/" + run + "/mapping"), tooMany).getContentAsString())
        .contains("columns");
    verifyNoInteractions(mappings);
  }

  @Test
  void a_template_in_a_language_koldoo_does_not_speak_is_refused() throws Exception {
    assertThat(statusOf("/api/v1/imports/templates/HOTLINE_CALLS?lang=fr")).isEqualTo(400);
    assertThat(statusOf("/imports/templates/HOTLINE_CALLS?lang=fr"))
        .as("the screen's link too: a bad request, not an error of the server")
        .isEqualTo(400);
    verifyNoInteractions(templates);
  }

  @Test
  void a_commit_refused_by_the_import_s_state_is_a_conflict_that_says_why() throws Exception {
    UUID run = UUID.randomUUID();
    when(imports.commit(run)).thenThrow(new ImportExceptions.ImportBusy());
    var answer = mvc.perform(post("/imports/" + run + "/commit").with(csrf())).andReturn();
    assertThat(answer.getResponse().getStatus()).isEqualTo(409);
    assertThat(answer.getResponse().getContentAsString())
        .contains("This import is being written right now.");
  }

  @Test
  void a_discard_goes_back_to_the_import_s_page_or_is_a_conflict_that_says_why() throws Exception {
    UUID run = UUID.randomUUID();
    var discarded = mvc.perform(post("/imports/" + run + "/discard").with(csrf())).andReturn();
    assertThat(discarded.getResponse().getRedirectedUrl())
        .isEqualTo("/imports/" + run + "?discarded");
    verify(discards).discard(run);

    UUID started = UUID.randomUUID();
    when(discards.discard(started)).thenThrow(new ImportExceptions.NotDiscardable());
    var page = mvc.perform(post("/imports/" + started + "/discard").with(csrf())).andReturn();
    assertThat(page.getResponse().getStatus()).isEqualTo(409);
    assertThat(page.getResponse().getContentAsString())
        .contains("This import has started to be written and cannot be discarded");
    var api = mvc.perform(post("/api/v1/imports/" + started + "/discard").with(csrf())).andReturn();
    assertThat(api.getResponse().getStatus()).isEqualTo(409);
    assertThat(api.getResponse().getContentAsString()).contains("cannot be discarded");
  }
}
