package org.koldoo.prevention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.FormSubmission;
import org.koldoo.prevention.CampaignChannel;
import org.koldoo.prevention.NapStatus;
import org.koldoo.prevention.SiteType;
import org.koldoo.prevention.SopStage;
import org.koldoo.prevention.TrainingFormat;
import org.koldoo.victims.Indicator;
import org.koldoo.victims.Sector;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every registry page shows besides its own list: the code lists of its forms, today (in the
 * configured zone) and whether the reader may write; and how a form is saved.
 */
@org.springframework.web.bind.annotation.ControllerAdvice(
    assignableTypes = {
      InspectionsController.class,
      TrainingController.class,
      OutreachController.class,
      CoordinationController.class,
      RightsController.class
    })
class RegistryPages {

  private final Organisations organisations;
  private final Clock clock;

  RegistryPages(Organisations organisations, Clock clock) {
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
        "canWrite", PreventionPolicy.keepsRegisters(org.koldoo.platform.security.Actors.current()));
  }

  static String save(
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
