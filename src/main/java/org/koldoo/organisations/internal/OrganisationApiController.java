package org.koldoo.organisations.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.koldoo.organisations.OrganisationSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Bodies of the National Referral Mechanism")
class OrganisationApiController {

  private final OrganisationService organisations;

  OrganisationApiController(OrganisationService organisations) {
    this.organisations = organisations;
  }

  @GetMapping
  @Operation(summary = "List organisations (active only unless includeInactive)")
  List<OrganisationSummary> list(@RequestParam(defaultValue = "false") boolean includeInactive) {
    return includeInactive ? organisations.all() : organisations.active();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One organisation")
  OrganisationSummary get(@PathVariable UUID id) {
    return organisations.get(id);
  }

  @PostMapping
  @PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
  @Operation(summary = "Add an organisation (administrators)")
  ResponseEntity<OrganisationSummary> create(@Valid @RequestBody OrganisationForm form) {
    OrganisationSummary created = organisations.create(form);
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
        .body(created);
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
  @Operation(summary = "Change an organisation (administrators)")
  OrganisationSummary update(@PathVariable UUID id, @Valid @RequestBody OrganisationForm form) {
    return organisations.update(id, form);
  }
}
