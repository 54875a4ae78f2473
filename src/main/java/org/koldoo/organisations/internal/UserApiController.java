package org.koldoo.organisations.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.koldoo.organisations.internal.UserExceptions.UserNotFound;
import org.koldoo.organisations.internal.UserForms.EditUser;
import org.koldoo.organisations.internal.UserForms.NewUser;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts and roles (administrators)")
@PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
class UserApiController {

  private final UserService users;
  private final UserReadModel readModel;
  private final ApiTokenService tokens;

  UserApiController(UserService users, UserReadModel readModel, ApiTokenService tokens) {
    this.users = users;
    this.readModel = readModel;
    this.tokens = tokens;
  }

  /** The created account with its one-time password, shown this once only. */
  /** The new account, its temporary password (shown once) and until when it opens the account. */
  record CreatedUser(
      UUID id, String username, String temporaryPassword, Instant temporaryPasswordUntil) {}

  @GetMapping
  @Operation(summary = "Search accounts")
  Page<UserRow> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) UUID organisation,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) Boolean active,
      @Parameter(
              description = "username, fullName, organisation, active or lastLogin; -x descending")
          @RequestParam(required = false)
          String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size) {
    return readModel.search(
        new UserReadModel.Filter(q, organisation, role, active, sort), Page.request(page, size));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One account")
  UserRow get(@PathVariable UUID id) {
    return readModel.find(id).orElseThrow(() -> UserNotFound.forId(id));
  }

  @PostMapping
  @Operation(summary = "Create an account; the temporary password must be changed at first login")
  ResponseEntity<CreatedUser> create(@Valid @RequestBody NewUser form) {
    UserService.Created created = users.create(form);
    return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
        .body(
            new CreatedUser(
                created.id(),
                created.username(),
                created.temporaryPassword(),
                created.temporaryPasswordUntil()));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change name, organisation, roles or language")
  UserRow update(@PathVariable UUID id, @Valid @RequestBody EditUser form) {
    users.update(id, form);
    return get(id);
  }

  @PostMapping("/{id}/deactivate")
  @Operation(summary = "Deactivate; ends the account's sessions and tokens")
  UserRow deactivate(@PathVariable UUID id) {
    users.deactivate(id);
    return get(id);
  }

  @PostMapping("/{id}/activate")
  @Operation(summary = "Reactivate")
  UserRow activate(@PathVariable UUID id) {
    users.activate(id);
    return get(id);
  }

  @DeleteMapping("/{id}/tokens")
  @Operation(summary = "Revoke every API token of the account")
  ResponseEntity<Void> revokeTokens(@PathVariable UUID id) {
    get(id);
    tokens.revokeAll(id);
    return ResponseEntity.noContent().build();
  }
}
