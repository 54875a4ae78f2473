package org.koldoo.organisations.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' screen of API clients: the list with when each was last used, a form to
 * create one, and per client a new secret or its end. A secret is shown once, after it is made.
 */
@Controller
@RequestMapping("/admin/api-clients")
class ApiClientController {

  /** A new client as the form has it. */
  record NewClientForm(
      @NotBlank @Size(max = 200) String name,
      @NotNull UUID organisationId,
      @NotEmpty Set<Role> roles) {}

  private final ApiClientService clients;
  private final OrganisationService organisations;

  ApiClientController(ApiClientService clients, OrganisationService organisations) {
    this.clients = clients;
    this.organisations = organisations;
  }

  @ModelAttribute
  void common(Model model) {
    // an integration never administers Koldoo
    Set<Role> roles = EnumSet.allOf(Role.class);
    roles.remove(Role.SYSTEM_ADMINISTRATOR);
    model.addAttribute("clientRoles", roles);
    model.addAttribute("organisations", organisations.all());
    model.addAttribute("codes", organisations.codes());
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("clients", clients.list());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new NewClientForm(null, null, Set.of()));
    }
    return "users/api-clients";
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") NewClientForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        return shown(clients.create(form.name(), form.organisationId(), form.roles()), redirect);
      } catch (ConflictException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), "");
      }
    }
    return list(model);
  }

  @PostMapping("/{id}/secret")
  String rotate(@PathVariable UUID id, RedirectAttributes redirect) {
    return shown(clients.rotate(id), redirect);
  }

  @PostMapping("/{id}/revoke")
  String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
    clients.revoke(id);
    redirect.addFlashAttribute("saved", true);
    return "redirect:/admin/api-clients";
  }

  /** The client and its secret on the next page only: the secret is kept nowhere in clear. */
  private static String shown(ApiClientService.Issued issued, RedirectAttributes redirect) {
    redirect.addFlashAttribute("issued", issued);
    return "redirect:/admin/api-clients";
  }
}
