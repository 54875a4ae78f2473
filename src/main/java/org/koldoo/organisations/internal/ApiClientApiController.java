package org.koldoo.organisations.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.koldoo.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API clients, for administrators: create one for an organisation with chosen roles (its secret is
 * in this answer only), rotate its secret, revoke it. The client then sends {@code clientId} and
 * {@code clientSecret} as username and password to {@code POST /api/v1/auth/tokens}.
 */
@RestController
@RequestMapping("/api/v1/api-clients")
@PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
@Tag(name = "API clients", description = "Accounts of integrations: secret once, rotate, revoke")
class ApiClientApiController {

  record NewClient(
      @NotBlank @Size(max = 200) String name,
      @NotNull UUID organisationId,
      @NotEmpty @Size(max = 11) Set<Role> roles) {}

  private final ApiClientService clients;

  ApiClientApiController(ApiClientService clients) {
    this.clients = clients;
  }

  @GetMapping
  @Operation(summary = "Every API client, without secrets, with when it was last used")
  List<ApiClientService.Client> list() {
    return clients.list();
  }

  @PostMapping
  @Operation(summary = "Create a client; the answer holds its secret, shown this once")
  ResponseEntity<ApiClientService.Issued> create(@Valid @RequestBody NewClient form) {
    var issued = clients.create(form.name(), form.organisationId(), form.roles());
    return ResponseEntity.created(URI.create("/api/v1/api-clients/" + issued.id())).body(issued);
  }

  @PostMapping("/{id}/secret")
  @Operation(summary = "A new secret (shown this once); the old one and its tokens stop now")
  ApiClientService.Issued rotate(@PathVariable UUID id) {
    return clients.rotate(id);
  }

  @PostMapping("/{id}/revoke")
  @Operation(summary = "Stop the client: its secret and tokens are refused from now on")
  ResponseEntity<Void> revoke(@PathVariable UUID id) {
    clients.revoke(id);
    return ResponseEntity.noContent().build();
  }
}
