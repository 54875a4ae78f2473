package org.koldoo.prevention.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.FormSubmission;
import org.koldoo.prevention.CampaignChannel;
import org.koldoo.prevention.DemandActionKind;
import org.koldoo.prevention.HarassmentPerpetrator;
import org.koldoo.prevention.HarassmentTarget;
import org.koldoo.prevention.NapStatus;
import org.koldoo.prevention.SiteType;
import org.koldoo.prevention.SopStage;
import org.koldoo.prevention.SupportKind;
import org.koldoo.prevention.TrainingFormat;
import org.koldoo.prevention.internal.RegistryForms.CampaignForm;
import org.koldoo.prevention.internal.RegistryForms.DemandActionForm;
import org.koldoo.prevention.internal.RegistryForms.HarassmentForm;
import org.koldoo.prevention.internal.RegistryForms.InspectionForm;
import org.koldoo.prevention.internal.RegistryForms.MeetingForm;
import org.koldoo.prevention.internal.RegistryForms.MigrationServicesForm;
import org.koldoo.prevention.internal.RegistryForms.NapForm;
import org.koldoo.prevention.internal.RegistryForms.SopForm;
import org.koldoo.prevention.internal.RegistryForms.SupportForm;
import org.koldoo.prevention.internal.RegistryForms.TrainingForm;
import org.koldoo.victims.Indicator;
import org.koldoo.victims.Sector;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The smaller registries: each a list with its form on one page (the form edits a row when opened
 * with {@code ?edit=<id>}), and a CSV export of the list.
 */
@Controller
class RegistriesController {

  private final Registries registries;
  private final Organisations organisations;
  private final Clock clock;

  RegistriesController(Registries registries, Organisations organisations, Clock clock) {
    this.registries = registries;
    this.organisations = organisations;
    this.clock = clock;
  }

  @ModelAttribute
  void lists(Model model) {
    model.addAttribute("organisations", organisations.active());
    model.addAttribute("allOrganisations", organisations.all());
    model.addAttribute("sectors", Sector.values());
    model.addAttribute("regions", Region.values());
    model.addAttribute("siteTypes", SiteType.values());
    model.addAttribute(
        "iloIndicators",
        java.util.Arrays.stream(Indicator.values())
            .filter(i -> i.dimension() == Indicator.Dimension.ILO_FORCED_LABOUR)
            .toList());
    model.addAttribute("trainingFormats", TrainingFormat.values());
    model.addAttribute("campaignChannels", CampaignChannel.values());
    model.addAttribute("sopStages", SopStage.values());
    model.addAttribute("napStatuses", NapStatus.values());
    model.addAttribute("today", LocalDate.now(clock));
    // analysts read the registries; the forms are for those who keep them
    model.addAttribute(
        "canWrite",
        org.koldoo.platform.security.Actors.current()
            .roles()
            .contains(org.koldoo.platform.security.Role.NATIONAL_COORDINATOR));
  }

  // ---- labour inspections --------------------------------------------------------------------

  @GetMapping("/inspections")
  String inspections(@RequestParam(required = false) UUID edit, Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          edit != null
              ? registries.inspections().inspectionForm(edit)
              : new InspectionForm(
                  LocalDate.now(clock),
                  null,
                  true,
                  null,
                  null,
                  null,
                  SiteType.OTHER,
                  null,
                  Set.of(),
                  false,
                  null,
                  null,
                  null));
    }
    model.addAttribute("editing", edit);
    model.addAttribute("rows", registries.list("labour_inspection", "inspected_on desc"));
    return "prevention/inspections";
  }

  @PostMapping({"/inspections", "/inspections/{id}"})
  String saveInspection(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("form") InspectionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/inspections",
        () -> registries.inspections().saveInspection(id, form),
        () -> inspections(id, model));
  }

  // ---- training ----------------------------------------------------------------------------

  @GetMapping("/training")
  String training(@RequestParam(required = false) UUID edit, Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          edit != null
              ? registries.training().trainingForm(edit)
              : new TrainingForm(
                  LocalDate.now(clock),
                  null,
                  null,
                  null,
                  TrainingFormat.IN_PERSON,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  null,
                  null));
    }
    model.addAttribute("editing", edit);
    model.addAttribute("rows", registries.list("training_event", "held_on desc"));
    return "prevention/training";
  }

  @PostMapping({"/training", "/training/{id}"})
  String saveTraining(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("form") TrainingForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/training",
        () -> registries.training().saveTraining(id, form),
        () -> training(id, model));
  }

  // ---- awareness and migration services ----------------------------------------------------

  @GetMapping("/outreach")
  String outreach(
      @RequestParam(required = false) UUID editCampaign,
      @RequestParam(required = false) UUID editPeriod,
      Model model) {
    if (!model.containsAttribute("campaign")) {
      model.addAttribute(
          "campaign",
          editCampaign != null
              ? registries.outreach().campaignForm(editCampaign)
              : new CampaignForm(null, LocalDate.now(clock), null, Set.of(), Set.of(), 0, null));
    }
    if (!model.containsAttribute("period")) {
      LocalDate first = LocalDate.now(clock).withDayOfMonth(1).minusMonths(1);
      model.addAttribute(
          "period",
          editPeriod != null
              ? registries.outreach().migrationServicesForm(editPeriod)
              : new MigrationServicesForm(first, first.plusMonths(1).minusDays(1), 0, 0, 0, null));
    }
    model.addAttribute("editCampaign", editCampaign);
    model.addAttribute("editPeriod", editPeriod);
    model.addAttribute("campaigns", registries.list("awareness_campaign", "starts_on desc"));
    model.addAttribute("periods", registries.list("migration_service_period", "period_start desc"));
    return "prevention/outreach";
  }

  @PostMapping({"/outreach/campaigns", "/outreach/campaigns/{id}"})
  String saveCampaign(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("campaign") CampaignForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/outreach",
        () -> registries.outreach().saveCampaign(id, form),
        () -> outreach(id, null, model));
  }

  @PostMapping({"/outreach/periods", "/outreach/periods/{id}"})
  String savePeriod(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("period") MigrationServicesForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/outreach",
        () -> registries.outreach().saveMigrationServices(id, form),
        () -> outreach(null, id, model));
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
    model.addAttribute("sops", registries.list("sop_adoption", "reached_on desc"));
    model.addAttribute("meetings", registries.list("working_group_meeting", "held_on desc"));
    List<Map<String, Object>> activities = new ArrayList<>();
    for (Map<String, Object> a : registries.list("nap_activity", "deadline, code")) {
      Map<String, Object> row = new java.util.HashMap<>(a);
      row.put("overdue", registries.coordination().overdue(a));
      activities.add(row);
    }
    model.addAttribute("activities", activities);
    model.addAttribute("organisationNames", organisationNames());
    return "prevention/coordination";
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

  // ---- centre support, demand reduction, harassment ---------------------------------------

  @GetMapping("/rights")
  String rights(
      @RequestParam(required = false) UUID editSupport,
      @RequestParam(required = false) UUID editAction,
      @RequestParam(required = false) UUID editIncident,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    if (!model.containsAttribute("support")) {
      model.addAttribute(
          "support",
          editSupport != null
              ? registries.rights().supportForm(editSupport)
              : new SupportForm(
                  null,
                  null,
                  today.withDayOfYear(1),
                  today.withDayOfYear(today.lengthOfYear()),
                  SupportKind.MONEY,
                  null,
                  null,
                  null));
    }
    if (!model.containsAttribute("action")) {
      model.addAttribute(
          "action",
          editAction != null
              ? registries.rights().demandActionForm(editAction)
              : new DemandActionForm(today, null, null, null, 0, null, null));
    }
    if (!model.containsAttribute("incident")) {
      model.addAttribute(
          "incident",
          editIncident != null
              ? registries.rights().harassmentForm(editIncident)
              : new HarassmentForm(
                  today, null, null, HarassmentPerpetrator.UNKNOWN, null, null, false, null, null));
    }
    model.addAttribute("editSupport", editSupport);
    model.addAttribute("editAction", editAction);
    model.addAttribute("editIncident", editIncident);
    model.addAttribute(
        "centres",
        organisations.active().stream()
            .filter(o -> o.type() == org.koldoo.organisations.OrganisationType.NGO)
            .toList());
    model.addAttribute(
        "funders", organisations.active().stream().filter(o -> o.type().isGovernment()).toList());
    model.addAttribute("supportKinds", SupportKind.values());
    model.addAttribute("demandKinds", DemandActionKind.values());
    model.addAttribute("harassmentTargets", HarassmentTarget.values());
    model.addAttribute("harassmentPerpetrators", HarassmentPerpetrator.values());
    model.addAttribute("supports", registries.list("ngo_centre_support", "period_start desc"));
    model.addAttribute("actions", registries.list("demand_reduction_action", "held_on desc"));
    model.addAttribute("incidents", registries.list("harassment_incident", "reported_on desc"));
    model.addAttribute("organisationNames", organisationNames());
    return "prevention/rights";
  }

  @PostMapping({"/rights/support", "/rights/support/{id}"})
  String saveSupport(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("support") SupportForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/rights",
        () -> registries.rights().saveSupport(id, form),
        () -> rights(id, null, null, model));
  }

  @PostMapping({"/rights/demand", "/rights/demand/{id}"})
  String saveDemandAction(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("action") DemandActionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/rights",
        () -> registries.rights().saveDemandAction(id, form),
        () -> rights(null, id, null, model));
  }

  @PostMapping({"/rights/harassment", "/rights/harassment/{id}"})
  String saveHarassment(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("incident") HarassmentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/rights",
        () -> registries.rights().saveHarassment(id, form),
        () -> rights(null, null, id, model));
  }

  // ---- CSV -----------------------------------------------------------------------------------

  @GetMapping({
    "/inspections/export.csv",
    "/training/export.csv",
    "/outreach/campaigns.csv",
    "/outreach/periods.csv",
    "/coordination/sops.csv",
    "/coordination/meetings.csv",
    "/coordination/activities.csv",
    "/rights/support.csv",
    "/rights/demand.csv",
    "/rights/harassment.csv"
  })
  void export(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String table =
        switch (path) {
          case "/inspections/export.csv" -> "labour_inspection";
          case "/training/export.csv" -> "training_event";
          case "/outreach/campaigns.csv" -> "awareness_campaign";
          case "/outreach/periods.csv" -> "migration_service_period";
          case "/coordination/sops.csv" -> "sop_adoption";
          case "/coordination/meetings.csv" -> "working_group_meeting";
          case "/rights/support.csv" -> "ngo_centre_support";
          case "/rights/demand.csv" -> "demand_reduction_action";
          case "/rights/harassment.csv" -> "harassment_incident";
          default -> "nap_activity";
        };
    List<Map<String, Object>> rows = registries.list(table, "1");
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + table + ".csv\"");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PrintWriter writer = response.getWriter();
    writer.write('\ufeff');
    List<String> columns = new ArrayList<>();
    if (!rows.isEmpty()) {
      rows.get(0).keySet().stream()
          .filter(c -> !Set.of("id", "version", "recorded_by").contains(c))
          .forEach(columns::add);
    }
    try (CSVPrinter out =
        new CSVPrinter(
            writer, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
      for (Map<String, Object> row : rows) {
        out.printRecord(columns.stream().map(row::get).toList());
      }
    }
  }

  private Map<UUID, String> organisationNames() {
    Map<UUID, String> names = new java.util.HashMap<>();
    organisations.all().forEach(o -> names.put(o.id(), o.code()));
    return names;
  }

  private static String save(
      BindingResult errors,
      RedirectAttributes redirect,
      String page,
      java.util.function.Supplier<UUID> action,
      java.util.function.Supplier<String> again) {
    return FormSubmission.submit(
        errors,
        () -> {
          action.get();
          redirect.addFlashAttribute("saved", true);
          return "redirect:" + page;
        },
        again);
  }
}
