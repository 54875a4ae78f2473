package org.koldoo.organisations.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.koldoo.organisations.internal.UserForms.ChangePassword;
import org.koldoo.platform.web.ConflictException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: changing the password. */
@Controller
@RequestMapping("/account")
class AccountController {

  private final UserService users;
  private final KoldooUserDetailsService details;
  private final SecurityContextRepository contexts;

  AccountController(
      UserService users, KoldooUserDetailsService details, SecurityContextRepository contexts) {
    this.users = users;
    this.details = details;
    this.contexts = contexts;
  }

  /** The account's own address leads to what a person can do with it: change the password. */
  @GetMapping
  String account() {
    return "redirect:/account/password";
  }

  @GetMapping("/password")
  String form(@AuthenticationPrincipal KoldooPrincipal principal, Model model) {
    model.addAttribute("form", new ChangePassword("", "", ""));
    model.addAttribute("required", principal.mustChangePassword());
    return "account/password";
  }

  @PostMapping("/password")
  String change(
      @AuthenticationPrincipal KoldooPrincipal principal,
      @Valid @ModelAttribute("form") ChangePassword form,
      BindingResult errors,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    model.addAttribute("required", principal.mustChangePassword());
    if (errors.hasErrors()) {
      return "account/password";
    }
    try {
      users.changeOwnPassword(principal.getUsername(), form);
    } catch (ConflictException e) {
      errors.rejectValue(e.field(), e.messageKey(), e.arguments(), "");
      return "account/password";
    }
    // the session continues with the account as it now is (no longer bound to change it)
    KoldooPrincipal refreshed =
        (KoldooPrincipal) details.loadUserByUsername(principal.getUsername());
    refreshed.eraseCredentials();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            refreshed, null, refreshed.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    redirect.addFlashAttribute("passwordChanged", true);
    return "redirect:/";
  }
}
