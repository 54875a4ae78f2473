package org.koldoo.prevention.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public licence check: anyone — a worker about to pay an agency — can see whether its licence
 * is valid, expired or revoked. It shows licence data and nothing else, and needs no login.
 */
@Controller
class PublicAgencyController {

  private final AgencyRegistry agencies;
  private final String hotlineNumber;

  /**
   * The hotline number comes from the deployment ({@code koldoo.public.hotline-number}): a wrong
   * number printed to migrants is worse than none, so Koldoo ships without one and the page names
   * it only once it is set.
   */
  PublicAgencyController(
      AgencyRegistry agencies, @Value("${koldoo.public.hotline-number:}") String hotlineNumber) {
    this.agencies = agencies;
    this.hotlineNumber = hotlineNumber.strip();
  }

  /** Only what a licence says. */
  record PublicLicence(
      String licenceNumber,
      String holder,
      LocalDate validFrom,
      LocalDate validTo,
      AgencyRegistry.Standing standing,
      List<String> destinationCountries) {}

  @GetMapping("/public/agencies")
  String page(@RequestParam(required = false) String q, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("results", q == null || q.isBlank() ? List.of() : licences(q));
    model.addAttribute("feeCap", agencies.feeCap());
    model.addAttribute("hotlineNumber", hotlineNumber.isEmpty() ? null : hotlineNumber);
    return "prevention/public-agencies";
  }

  @GetMapping("/api/v1/public/agencies")
  @ResponseBody
  List<PublicLicence> api(@RequestParam(defaultValue = "") String q) {
    return licences(q);
  }

  private List<PublicLicence> licences(String q) {
    return agencies.search(q, 50).stream()
        .map(
            a ->
                new PublicLicence(
                    a.licenceNumber(),
                    a.holder(),
                    a.validFrom(),
                    a.validTo(),
                    a.standing(),
                    a.destinationCountries()))
        .toList();
  }
}
