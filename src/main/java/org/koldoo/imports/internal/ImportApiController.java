package org.koldoo.imports.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.koldoo.imports.ImportColumn;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.Page;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Spreadsheet imports over the API: upload a file for a dry run, read what it found, then commit.
 * Templates come in Kyrgyz, Russian and English; any of them is accepted back.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("@importAccess.any(authentication)")
@Tag(name = "Imports", description = "Spreadsheet import: dry run, then commit")
class ImportApiController {

  /** A kind as the caller may bring it in, with its columns in the caller's language. */
  record Kind(String name, String label, List<Column> columns) {}

  record Column(String name, String header, String type, boolean required, List<String> values) {}

  /** The organisation's own headers, each with the column it names ("" forgets a header). */
  record Mapping(@NotNull @Size(max = SheetParser.MAX_UNMATCHED) Map<String, String> columns) {}

  private final ImportService imports;
  private final ImportMapping mappings;
  private final ImportTemplates templates;
  private final Vocabulary words;
  private final ImportDiscards discards;

  ImportApiController(
      ImportService imports,
      ImportMapping mapping,
      ImportTemplates templates,
      Vocabulary words,
      ImportDiscards discards) {
    this.discards = discards;
    this.imports = imports;
    this.mappings = mapping;
    this.templates = templates;
    this.words = words;
  }

  @GetMapping("/kinds")
  @Operation(summary = "The kinds the caller may import, with their columns")
  List<Kind> kinds() {
    Locale locale = LocaleContextHolder.getLocale();
    return imports.kinds().stream()
        .map(
            k ->
                new Kind(
                    k.name(),
                    words.text(k.labelKey(), locale),
                    k.columns().stream()
                        .map(
                            c ->
                                new Column(
                                    c.name(),
                                    words.text(c.labelKey(), locale),
                                    c.type().name(),
                                    c.required(),
                                    c.codes().stream().map(ImportColumn.Choice::value).toList()))
                        .toList()))
        .toList();
  }

  @GetMapping("/templates/{kind}")
  @Operation(
      summary = "The XLSX template of a kind, in lang (ky, ru or en; the caller's by default)")
  ResponseEntity<byte[]> template(
      @PathVariable String kind, @RequestParam(required = false) String lang) {
    return ImportController.template(imports, templates, kind, lang);
  }

  @PostMapping
  @Operation(
      summary =
          "Dry run: a multipart form with kind and file (XLSX or CSV). Nothing is written but the"
              + " import itself; the answer says what every row would do and each problem")
  ResponseEntity<ImportRun> upload(
      @RequestParam(required = false) String kind, @RequestPart("file") MultipartFile file)
      throws IOException {
    if (kind == null || kind.isBlank()) {
      throw new InvalidInput("kind", "import.kindRequired");
    }
    ImportRun run = imports.validate(kind, file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(URI.create("/api/v1/imports/" + run.id())).body(run);
  }

  @GetMapping
  @Operation(summary = "The imports of the caller's organisation, newest first")
  Page<ImportRun> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    return imports.mine(Page.request(page, size));
  }

  @GetMapping("/{id}")
  @Operation(summary = "An import: its counts, its problems and how far its commit has come")
  ImportRun get(@PathVariable UUID id) {
    return imports.get(id);
  }

  @PostMapping("/{id}/mapping")
  @Operation(
      summary =
          "Map the sheet's own headers (unmatchedHeaders) to columns by name, e.g."
              + " {\"columns\":{\"ФИО\":\"fullName\"}}; the mapping is remembered for the"
              + " organisation's next sheets of the kind and the dry run is checked again")
  ImportRun map(@PathVariable UUID id, @Valid @RequestBody Mapping mapping) {
    return mappings.map(id, mapping.columns());
  }

  @PostMapping("/{id}/commit")
  @Operation(
      summary =
          "Write the rows that passed; again after an interruption, to finish. Rows already"
              + " written are not written twice")
  ImportRun commit(@PathVariable UUID id) {
    return imports.commit(id);
  }

  @PostMapping("/{id}/discard")
  @Operation(
      summary =
          "Give up a dry run: its sealed file is deleted and nothing of it is written (409 once a"
              + " commit has started). Koldoo discards by itself what stays unfinished longer than"
              + " koldoo.imports.keep-unfinished")
  ImportRun discard(@PathVariable UUID id) {
    return discards.discard(id);
  }
}
