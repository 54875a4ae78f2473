package org.koldoo.organisations.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's second factor: its state, setting it up (the secret for the app, confirmed with a
 * first code, then the recovery codes, shown once), new recovery codes, and the code page of the
 * sign-in.
 */
@Controller
@RequestMapping("/account/two-factor")
class TwoFactorController {

  private static final int CODE_LENGTH = 40;

  private final SecondFactors factors;
  private final SecondFactorSignIn signIn;
  private final TwoFactorProperties properties;

  TwoFactorController(
      SecondFactors factors, SecondFactorSignIn signIn, TwoFactorProperties properties) {
    this.factors = factors;
    this.signIn = signIn;
    this.properties = properties;
  }

  @GetMapping
  String state(
      @AuthenticationPrincipal KoldooPrincipal person, Model model, HttpServletRequest request) {
    model.addAttribute("status", factors.status(person.id()).name());
    model.addAttribute("required", factors.required(person));
    model.addAttribute(
        "mustSetUp", SecondFactorSignIn.SETUP.equals(SecondFactorSignIn.pending(request)));
    model.addAttribute("recoveryLeft", factors.recoveryCodesLeft(person.id()));
    return "account/two-factor";
  }

  @PostMapping("/setup")
  String setUp(@AuthenticationPrincipal KoldooPrincipal person, Model model) {
    SecondFactors.Enrolment enrolment = factors.begin(person);
    showEnrolment(model, enrolment);
    return "account/two-factor-setup";
  }

  @PostMapping("/confirm")
  String confirm(
      @AuthenticationPrincipal KoldooPrincipal person,
      @RequestParam(defaultValue = "") String code,
      Model model,
      HttpServletRequest request) {
    List<String> codes = code.length() > CODE_LENGTH ? List.of() : factors.confirm(person, code);
    if (codes.isEmpty()) {
      return factors
          .pending(person)
          .map(
              enrolment -> {
                showEnrolment(model, enrolment);
                model.addAttribute("wrongCode", true);
                return "account/two-factor-setup";
              })
          .orElse("redirect:/account/two-factor");
    }
    // a right first code is a second factor: a sign-in held at the set-up goes on
    HttpSession session = request.getSession(false);
    boolean continueSignIn = SecondFactorSignIn.SETUP.equals(SecondFactorSignIn.pending(request));
    if (session != null && continueSignIn) {
      session.removeAttribute(SecondFactorSignIn.PENDING);
      request.changeSessionId();
    }
    model.addAttribute("codes", codes);
    model.addAttribute("continueSignIn", continueSignIn);
    return "account/recovery-codes";
  }

  /** After the recovery codes of a sign-in's set-up: on to where the sign-in was going. */
  @PostMapping("/continue")
  String carryOn(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (SecondFactorSignIn.pending(request) != null) {
      return "redirect:" + SecondFactorSignIn.SETUP_PAGE;
    }
    signIn.passed(request, response);
    return null;
  }

  @PostMapping("/recovery-codes")
  String renew(@AuthenticationPrincipal KoldooPrincipal person, Model model) {
    List<String> codes = factors.renewRecoveryCodes(person);
    if (codes.isEmpty()) {
      return "redirect:/account/two-factor";
    }
    model.addAttribute("codes", codes);
    model.addAttribute("continueSignIn", false);
    return "account/recovery-codes";
  }

  @GetMapping("/code")
  String codePage(HttpServletRequest request) {
    if (!SecondFactorSignIn.CODE.equals(SecondFactorSignIn.pending(request))) {
      return "redirect:/";
    }
    return "account/two-factor-code";
  }

  @PostMapping("/code")
  String code(
      @AuthenticationPrincipal KoldooPrincipal person,
      @RequestParam(defaultValue = "") String code,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException, ServletException {
    if (!SecondFactorSignIn.CODE.equals(SecondFactorSignIn.pending(request))) {
      return "redirect:/";
    }
    if (code.length() <= CODE_LENGTH && factors.check(person, code)) {
      signIn.passed(request, response);
      return null;
    }
    HttpSession session = request.getSession();
    int attempts =
        (session.getAttribute(SecondFactorSignIn.ATTEMPTS) instanceof Integer n ? n : 0) + 1;
    if (attempts >= properties.maxAttempts()) {
      // too many wrong codes: this sign-in ends, and starts again from the password
      session.invalidate();
      SecurityContextHolder.clearContext();
      return "redirect:/login?codes";
    }
    session.setAttribute(SecondFactorSignIn.ATTEMPTS, attempts);
    model.addAttribute("wrongCode", true);
    return "account/two-factor-code";
  }

  private static void showEnrolment(Model model, SecondFactors.Enrolment enrolment) {
    model.addAttribute("enrolment", enrolment);
    model.addAttribute("secretGroups", groups(enrolment.secret()));
    model.addAttribute("qr", QrCodes.svgDataUri(enrolment.uri()));
  }

  /** The secret in groups of four, as it is easier to type into a phone. */
  private static List<String> groups(String secret) {
    List<String> groups = new java.util.ArrayList<>();
    for (int i = 0; i < secret.length(); i += 4) {
      groups.add(secret.substring(i, Math.min(secret.length(), i + 4)));
    }
    return groups;
  }
}
