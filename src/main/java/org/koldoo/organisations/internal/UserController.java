package org.koldoo.organisations.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.koldoo.organisations.internal.UserExceptions.UserNotFound;
import org.koldoo.organisations.internal.UserForms.EditUser;
import org.koldoo.organisations.internal.UserForms.NewUser;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' screens: list, create, edit, deactivate accounts and reset passwords. */
@Controller
@RequestMapping("/admin/users")
class UserController {

  private final UserService users;
  private final UserReadModel readModel;
  private final OrganisationService organisations;
  private final Clock clock;
  private final SecondFactors factors;

  UserController(
      UserService users,
      UserReadModel readModel,
      OrganisationService organisations,
      Clock clock,
      SecondFactors factors) {
    this.factors = factors;
    this.users = users;
    this.readModel = readModel;
    this.organisations = organisations;
    this.clock = clock;
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("allRoles", Role.values());
    model.addAttribute("organisations", organisations.all());
    model.addAttribute("now", Instant.now(clock));
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) UUID organisation,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) Boolean active,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    var filter = new UserReadModel.Filter(q, organisation, role, active, sort);
    model.addAttribute("filter", filter);
    model.addAttribute("users", readModel.search(filter, Page.request(page, Page.DEFAULT_SIZE)));
    return "users/list";
  }

  @GetMapping("/new")
  String createForm(Model model) {
    model.addAttribute("form", NewUser.empty());
    return "users/new";
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("form") NewUser form,
      BindingResult errors,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return "users/new";
    }
    try {
      UserService.Created created = users.create(form);
      redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
      redirect.addFlashAttribute("createdUsername", created.username());
      return "redirect:/admin/users/" + created.id();
    } catch (ConflictException e) {
      errors.rejectValue(e.field(), e.messageKey(), e.arguments(), "");
      return "users/new";
    }
  }

  @GetMapping("/{id}")
  String editForm(@PathVariable UUID id, Model model) {
    UserRow user = row(id);
    model.addAttribute("user", user);
    model.addAttribute("twoFactorStatus", factors.status(id).name());
    if (!model.containsAttribute("form")) {
      UserAccount account = users.load(id);
      model.addAttribute(
          "form",
          new EditUser(
              user.fullName(),
              user.email(),
              user.organisationId(),
              user.roles(),
              account.preferredLanguage()));
    }
    return "users/edit";
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") EditUser form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("user", row(id));
    if (errors.hasErrors()) {
      return "users/edit";
    }
    try {
      users.update(id, form);
    } catch (ConflictException e) {
      errors.rejectValue(e.field(), e.messageKey(), e.arguments(), "");
      return "users/edit";
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/{id}/deactivate")
  String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      users.deactivate(id);
      redirect.addFlashAttribute("saved", true);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("actionError", e.messageKey());
    }
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/{id}/activate")
  String activate(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      users.activate(id);
      redirect.addFlashAttribute("saved", true);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("actionError", e.messageKey());
    }
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/{id}/reset-password")
  String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
    String temporary = users.resetPassword(id);
    redirect.addFlashAttribute("temporaryPassword", temporary);
    return "redirect:/admin/users/" + id;
  }

  /** The person lost their phone and their recovery codes: they set up a second factor again. */
  @PostMapping("/{id}/two-factor/reset")
  String resetTwoFactor(@PathVariable UUID id, RedirectAttributes redirect) {
    row(id);
    factors.reset(id, org.koldoo.platform.security.Actors.current());
    redirect.addFlashAttribute("twoFactorReset", true);
    return "redirect:/admin/users/" + id;
  }

  private UserRow row(UUID id) {
    return readModel.find(id).orElseThrow(() -> UserNotFound.forId(id));
  }
}
