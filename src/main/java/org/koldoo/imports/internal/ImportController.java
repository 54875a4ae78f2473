package org.koldoo.imports.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportKind;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.Screen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import screen: templates to download in each language, a file to check, what the check found
 * row by row, and the commit.
 */
@Controller
class ImportController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ImportService imports;
  private final ImportMapping mappings;
  private final ImportHeaders headers;
  private final ImportTemplates templates;
  private final ImportDiscards discards;

  ImportController(
      ImportService imports,
      ImportMapping mapping,
      ImportHeaders headers,
      ImportTemplates templates,
      ImportDiscards discards) {
    this.discards = discards;
    this.imports = imports;
    this.mappings = mapping;
    this.headers = headers;
    this.templates = templates;
  }

  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  static class Screens {
    @Bean
    Screen importsScreen(ImportAccess access) {
      return new Screen("/imports", "nav.imports", access.roles(), 850, true);
    }
  }

  @GetMapping("/imports")
  String index(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("kinds", imports.kinds());
    model.addAttribute("runs", imports.mine(Page.request(page, Page.DEFAULT_SIZE)));
    return "imports/index";
  }

  @PostMapping("/imports")
  String upload(
      @RequestParam(required = false) String kind,
      @RequestParam(value = "file", required = false) MultipartFile file,
      Model model)
      throws IOException {
    try {
      if (kind == null || kind.isBlank()) {
        throw new InvalidInput("kind", "import.kindRequired");
      }
      if (file == null || file.isEmpty()) {
        throw new InvalidInput("file", "import.fileRequired");
      }
      ImportRun run = imports.validate(kind, file.getOriginalFilename(), file.getBytes());
      return "redirect:/imports/" + run.id();
    } catch (InvalidInput refused) {
      model.addAttribute("refusal", refused);
      model.addAttribute("chosen", kind);
      return index(0, model);
    }
  }

  @GetMapping("/imports/{id}")
  String run(@PathVariable UUID id, Model model) {
    ImportRun run = imports.get(id);
    model.addAttribute("run", run);
    ImportKind<?> kind = imports.kind(run.kind());
    model.addAttribute("kind", kind);
    model.addAttribute("mappable", mappable(kind));
    Map<String, String> labels = new java.util.HashMap<>();
    mappable(kind).forEach(c -> labels.put(c.name(), c.labelKey()));
    model.addAttribute("columnLabels", labels);
    model.addAttribute("keptDays", discards.keptDays());
    // what the organisation taught Koldoo, to be undone while this sheet can still be checked again
    model.addAttribute(
        "remembered",
        "VALIDATED".equals(run.status())
            ? headers.remembered(run.organisationId(), kind.name())
            : List.of());
    return "imports/run";
  }

  /** The mapping step: each header of the sheet's own, with the column the person chose. */
  @PostMapping("/imports/{id}/mapping")
  String map(
      @PathVariable UUID id,
      jakarta.servlet.http.HttpServletRequest request,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    // the values as sent: a single "leave out" is one empty value, not an empty list
    String[] named = request.getParameterValues("header");
    String[] chosen = request.getParameterValues("column");
    try {
      if (named == null || chosen == null || named.length != chosen.length) {
        throw new InvalidInput("column", "import.mapping.incomplete");
      }
      Map<String, String> mapping = new LinkedHashMap<>();
      for (int i = 0; i < named.length; i++) {
        mapping.put(named[i], chosen[i]); // "" leaves a header out, or forgets it
      }
      mappings.map(id, mapping);
      return "redirect:/imports/" + id + "?mapped";
    } catch (org.koldoo.platform.web.MessageException refused) {
      // told on the import's page, in the reader's language, never as an error page
      redirect.addFlashAttribute("mappingRefusal", refused.messageKey());
      redirect.addFlashAttribute("mappingArguments", refused.arguments());
      return "redirect:/imports/" + id;
    }
  }

  @PostMapping("/imports/{id}/commit")
  String commit(@PathVariable UUID id) {
    imports.commit(id);
    return "redirect:/imports/" + id + "?committed";
  }

  /**
   * Gives up a dry run: its file goes, nothing of it is written. Refused once a commit has started
   * (a conflict that says why, as a commit refused is).
   */
  @PostMapping("/imports/{id}/discard")
  String discard(@PathVariable UUID id) {
    discards.discard(id);
    return "redirect:/imports/" + id + "?discarded";
  }

  /** The columns a header may be mapped to, the sheet's own ID among them. */
  private static List<ImportColumn> mappable(ImportKind<?> kind) {
    List<ImportColumn> columns = new java.util.ArrayList<>(kind.columns());
    columns.add(ImportColumn.text(SheetParser.SOURCE_ID, "import.sourceId", SheetParser.MAX_KEY));
    return columns;
  }

  @GetMapping("/imports/templates/{kind}")
  ResponseEntity<byte[]> template(
      @PathVariable String kind, @RequestParam(required = false) String lang) {
    return template(imports, templates, kind, lang);
  }

  /** The template of a kind in one of the three languages (the reader's by default). */
  static ResponseEntity<byte[]> template(
      ImportService imports, ImportTemplates templates, String kind, String lang) {
    ImportKind<?> found = imports.kind(kind);
    Locale locale =
        lang == null
            ? LocaleContextHolder.getLocale()
            : Vocabulary.LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(lang))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("lang", "import.langUnknown", lang));
    String language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    "koldoo-%s-%s.xlsx".formatted(found.name(), language), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(templates.xlsx(found, locale));
  }
}
