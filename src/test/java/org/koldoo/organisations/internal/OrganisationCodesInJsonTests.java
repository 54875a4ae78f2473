package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;

class OrganisationCodesInJsonTests {

  static final UUID OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");

  record Referral(UUID id, UUID toOrganisationId, UUID organisationId, String note) {}

  record Row(UUID organisationId, String organisationCode) {}

  @SuppressWarnings("unchecked")
  private static JsonMapper mapper() {
    Organisations organisations = mock(Organisations.class);
    when(organisations.find(OSH))
        .thenReturn(
            Optional.of(
                new OrganisationSummary(
                    OSH,
                    "CC-OSH",
                    "Osh",
                    "Ош",
                    "Ош",
                    OrganisationType.NGO,
                    Region.OSH,
                    null,
                    true)));
    when(organisations.find(org.mockito.ArgumentMatchers.argThat(id -> !OSH.equals(id))))
        .thenReturn(Optional.empty());
    ObjectProvider<Organisations> provider = mock(ObjectProvider.class);
    when(provider.getObject()).thenReturn(organisations);
    var builder = JsonMapper.builder();
    new OrganisationCodesInJson().organisationCodes(provider).customize(builder);
    return builder.build();
  }

  @Test
  void each_organisation_id_comes_with_its_code_beside_it() {
    UUID unknown = UUID.randomUUID();
    String json = mapper().writeValueAsString(new Referral(UUID.randomUUID(), OSH, unknown, "x"));
    assertThat(json)
        .contains("\"toOrganisationId\":\"" + OSH + "\",\"toOrganisationCode\":\"CC-OSH\"")
        // an organisation nobody knows has no code, rather than a wrong one
        .contains("\"organisationId\":\"" + unknown + "\"")
        .doesNotContain("\"organisationCode\"");
  }

  @Test
  void a_type_that_carries_its_own_code_is_left_as_it_is_and_a_missing_id_has_no_code() {
    JsonMapper mapper = mapper();
    assertThat(mapper.writeValueAsString(new Row(OSH, "OWN")))
        .isEqualTo("{\"organisationId\":\"" + OSH + "\",\"organisationCode\":\"OWN\"}");
    assertThat(mapper.writeValueAsString(new Referral(null, null, null, null)))
        .doesNotContain("Code");
  }

  @Test
  void only_organisation_ids_are_named_for_a_code() {
    assertThat(OrganisationCodesInJson.codeName("organisationId")).isEqualTo("organisationCode");
    assertThat(OrganisationCodesInJson.codeName("decidingOrganisationId"))
        .isEqualTo("decidingOrganisationCode");
    assertThat(OrganisationCodesInJson.codeName("caseId")).isNull();
    assertThat(OrganisationCodesInJson.codeName("organisation")).isNull();
  }
}
