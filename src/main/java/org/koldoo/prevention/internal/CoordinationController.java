package org.koldoo.prevention.internal;

import static org.koldoo.prevention.internal.RegistryPages.save;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.prevention.NapStatus;
import org.koldoo.prevention.SopStage;
import org.koldoo.prevention.internal.RegistryForms.MeetingForm;
import org.koldoo.prevention.internal.RegistryForms.NapForm;
import org.koldoo.prevention.internal.RegistryForms.SopForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** SOP adoption, working-group meetings and National Action Plan activities, on one page. */
@Controller
class CoordinationController {

  private final Registries registries;
  private final Organisations organisations;
  private final Clock clock;

  CoordinationController(Registries registries, Organisations organisations, Clock clock) {
    this.registries = registries;
    this.organisations = organisations;
    this.clock = clock;
  }

  // ---- coordination ------------------------------------------------------------------------

  @GetMapping("/coordination")
  String coordination(
      @RequestParam(required = false) UUID editSop,
      @RequestParam(required = false) UUID editMeeting,
      @RequestParam(required = false) UUID editActivity,
      Model model) {
    if (!model.containsAttribute("sop")) {
      model.addAttribute(
          "sop",
          editSop != null
              ? registries.coordination().sopForm(editSop)
              : new SopForm(null, SopStage.DRAFTED, LocalDate.now(clock), null));
    }
    if (!model.containsAttribute("meeting")) {
      model.addAttribute(
          "meeting",
          editMeeting != null
              ? registries.coordination().meetingForm(editMeeting)
              : new MeetingForm(LocalDate.now(clock), Set.of(), null, null));
    }
    if (!model.containsAttribute("activity")) {
      model.addAttribute(
          "activity",
          editActivity != null
              ? registries.coordination().napForm(editActivity)
              : new NapForm(
                  null,
                  null,
                  null,
                  LocalDate.now(clock).plusMonths(6),
                  NapStatus.NOT_STARTED,
                  null,
                  null,
                  null));
    }
    model.addAttribute("editSop", editSop);
    model.addAttribute("editMeeting", editMeeting);
    model.addAttribute("editActivity", editActivity);
    registries.listed(model, "sops", "sop_adoption", "reached_on desc");
    Map<UUID, String> codes = organisations.codes();
    registries.listed(
        model,
        "meetings",
        "working_group_meeting",
        "held_on desc",
        m -> m.put("bodyCodes", bodyCodes(CoordinationRegistry.bodyEntries(m), codes)));
    registries.listed(
        model,
        "activities",
        "nap_activity",
        "deadline, code",
        a -> a.put("overdue", registries.coordination().overdue(a)));
    model.addAttribute("organisationNames", codes);
    return "prevention/coordination";
  }

  /** The bodies present at a meeting, by their codes in alphabetical order. */
  static String bodyCodes(List<String> entries, Map<UUID, String> codes) {
    return entries.stream()
        .map(e -> CoordinationRegistry.bodyId(e).map(id -> codes.getOrDefault(id, e)).orElse(e))
        .sorted()
        .collect(java.util.stream.Collectors.joining(", "));
  }

  @PostMapping({"/coordination/sops", "/coordination/sops/{id}"})
  String saveSop(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("sop") SopForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/coordination",
        () -> registries.coordination().saveSop(id, form),
        () -> coordination(id, null, null, model));
  }

  @PostMapping({"/coordination/meetings", "/coordination/meetings/{id}"})
  String saveMeeting(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("meeting") MeetingForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/coordination",
        () -> registries.coordination().saveMeeting(id, form),
        () -> coordination(null, id, null, model));
  }

  @PostMapping({"/coordination/activities", "/coordination/activities/{id}"})
  String saveActivity(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("activity") NapForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/coordination",
        () -> registries.coordination().saveNap(id, form),
        () -> coordination(null, null, id, model));
  }
}
