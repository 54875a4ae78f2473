package org.koldoo.prevention.internal;

import static org.koldoo.prevention.internal.RegistryPages.save;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.prevention.CampaignChannel;
import org.koldoo.prevention.internal.RegistryForms.CampaignForm;
import org.koldoo.prevention.internal.RegistryForms.MigrationServicesForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Awareness campaigns and the employment centre's counts per period, on one page. */
@Controller
class OutreachController {

  private final Registries registries;
  private final Organisations organisations;
  private final Clock clock;

  OutreachController(Registries registries, Organisations organisations, Clock clock) {
    this.registries = registries;
    this.organisations = organisations;
    this.clock = clock;
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
    registries.listed(
        model,
        "campaigns",
        "awareness_campaign",
        "starts_on desc",
        c -> {
          c.put("regionList", RegistryValues.enums(Region.class, (String) c.get("regions")));
          c.put(
              "channelList",
              RegistryValues.enums(CampaignChannel.class, (String) c.get("channels")));
        });
    registries.listed(model, "periods", "migration_service_period", "period_start desc");
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
}
