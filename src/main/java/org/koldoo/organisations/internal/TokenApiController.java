package org.koldoo.organisations.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Bearer tokens for API clients")
class TokenApiController {

  private final AuthenticationManager authentication;
  private final ApiTokenService tokens;
  private final MessageSource messages;

  private final UserService users;
  private final SecondFactors factors;

  TokenApiController(
      AuthenticationManager authentication,
      ApiTokenService tokens,
      MessageSource messages,
      UserService users,
      SecondFactors factors) {
    this.users = users;
    this.factors = factors;
    this.authentication = authentication;
    this.tokens = tokens;
    this.messages = messages;
  }

  /** {@code code}: the current code of a person who signs in with a second factor. */
  record Credentials(
      @NotBlank @jakarta.validation.constraints.Size(max = 100) String username,
      @NotBlank @jakarta.validation.constraints.Size(max = 200) String password,
      @jakarta.validation.constraints.Size(max = 40) String code) {}

  record Token(String token, Instant expiresAt) {}

  @PostMapping("/tokens")
  @Operation(
      summary =
          "Exchange username and password (or an API client's id and secret) for an expiring"
              + " bearer token",
      description = "Send the token as 'Authorization: Bearer <token>' on /api/v1/**.")
  ResponseEntity<?> issue(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
    Object signedIn = signIn(credentials.username(), credentials.password(), request);
    if (!(signedIn instanceof KoldooPrincipal principal)) {
      return (ResponseEntity<?>) signedIn;
    }
    ResponseEntity<?> refused = secondFactor(principal, credentials.code());
    if (refused != null) {
      return refused;
    }
    if (principal.mustChangePassword()) {
      return problem(HttpStatus.FORBIDDEN, "api.passwordChangeRequired");
    }
    var issued = tokens.issue(principal);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new Token(issued.token(), issued.expiresAt()));
  }

  record PasswordChange(
      @NotBlank @jakarta.validation.constraints.Size(max = 100) String username,
      @NotBlank @jakarta.validation.constraints.Size(max = 200) String currentPassword,
      @NotBlank @jakarta.validation.constraints.Size(max = 200) String newPassword,
      @jakarta.validation.constraints.Size(max = 40) String code) {}

  /**
   * A person replaces their own password without a browser: the one-time password an administrator
   * handed over, or any later one. Checked like a login (throttled, failures counted), then by the
   * password policy. An API client's secret is rotated by an administrator instead.
   */
  @org.springframework.web.bind.annotation.PostMapping(
      path = "/password",
      consumes = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Change one's own password (also the one-time one) with the current one",
      description = "No token needed. 204 when changed; then exchange the new one for a token.")
  ResponseEntity<?> changePassword(
      @Valid @RequestBody PasswordChange change, HttpServletRequest request) {
    Object signedIn = signIn(change.username(), change.currentPassword(), request);
    if (!(signedIn instanceof KoldooPrincipal principal)) {
      return (ResponseEntity<?>) signedIn;
    }
    if (principal.apiClient()) {
      return problem(HttpStatus.FORBIDDEN, "apiClient.rotateInstead");
    }
    if (factors.status(principal.id()) == SecondFactors.Status.ACTIVE
        && !factors.check(principal, change.code())) {
      return problem(HttpStatus.UNAUTHORIZED, "api.secondFactorNeeded");
    }
    users.changeOwnPassword(
        principal.getUsername(),
        new UserForms.ChangePassword(
            change.currentPassword(), change.newPassword(), change.newPassword()));
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/tokens/current")
  @Operation(summary = "Revoke the token this request was made with")
  ResponseEntity<Void> revokeCurrent(HttpServletRequest request) {
    Object id = request.getAttribute(BearerTokenFilter.TOKEN_ID);
    if (id instanceof UUID tokenId) {
      tokens.revoke(tokenId);
    }
    return ResponseEntity.noContent().build();
  }

  /**
   * The account these credentials open, checked like a login through the API (throttled, failures
   * counted), or the 401 problem that says why not.
   */
  private Object signIn(String username, String password, HttpServletRequest request) {
    var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    attempt.setDetails(new LoginDetails(request.getRemoteAddr(), "api"));
    try {
      return authentication.authenticate(attempt).getPrincipal();
    } catch (InternalAuthenticationServiceException e) {
      // the password could not be checked: not a 401, but what the fault is (a 503 when the
      // database is out of reach, else a 500 with its incident id)
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    } catch (AuthenticationException e) {
      String key =
          e instanceof LockedException
              ? "login.locked"
              : e instanceof DisabledException
                  ? "login.disabled"
                  : e instanceof CredentialsExpiredException
                      ? "login.temporaryExpired"
                      : "login.failed";
      return problem(HttpStatus.UNAUTHORIZED, key);
    }
  }

  /**
   * A person with a second factor sends its current code (or a recovery code); one whose roles
   * require it and who has none yet sets it up on the web first. API clients have none.
   */
  private ResponseEntity<?> secondFactor(KoldooPrincipal principal, String code) {
    if (principal.apiClient()) {
      return null;
    }
    if (factors.status(principal.id()) == SecondFactors.Status.ACTIVE) {
      return factors.check(principal, code)
          ? null
          : problem(HttpStatus.UNAUTHORIZED, "api.secondFactorNeeded");
    }
    return factors.required(principal)
        ? problem(HttpStatus.FORBIDDEN, "api.secondFactorSetUpFirst")
        : null;
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status, messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
    return ResponseEntity.status(status).body(problem);
  }
}
