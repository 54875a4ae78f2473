package org.koldoo.organisations.internal;

import java.time.Instant;
import java.util.UUID;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.organisations.Region;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("organisation")
class Organisation {

  @Id private final UUID id;
  private String code;
  private String nameEn;
  private String nameRu;
  private String nameKy;
  private OrganisationType type;
  private Region region;
  private UUID parentId;
  private boolean active;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private Integer version;

  @PersistenceCreator
  Organisation(UUID id) {
    this.id = id;
  }

  static Organisation create(OrganisationForm form, Instant now) {
    Organisation organisation = new Organisation(UUID.randomUUID());
    organisation.createdAt = now;
    organisation.apply(form, now);
    return organisation;
  }

  void apply(OrganisationForm form, Instant now) {
    this.code = form.code().strip().toUpperCase(java.util.Locale.ROOT);
    this.nameEn = form.nameEn().strip();
    this.nameRu = form.nameRu().strip();
    this.nameKy = form.nameKy().strip();
    this.type = form.type();
    this.region = form.region();
    this.parentId = form.parentId();
    this.active = form.active();
    this.updatedAt = now;
  }

  OrganisationSummary summary() {
    return new OrganisationSummary(
        id, code, nameEn, nameRu, nameKy, type, region, parentId, active);
  }

  UUID id() {
    return id;
  }

  String code() {
    return code;
  }

  UUID parentId() {
    return parentId;
  }

  Integer version() {
    return version;
  }
}
