package org.koldoo.organisations.internal;

import java.util.List;
import java.util.Map;
import org.koldoo.platform.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a person signed in through single sign-on (OpenID Connect) becomes a Koldoo account.
 *
 * @param usernameClaim the claim that names the account ({@code preferred_username})
 * @param organisationClaim the claim holding the organisation's Koldoo code
 * @param rolesClaim the claim listing the person's roles (a list, or words separated by spaces or
 *     commas); each value is a Koldoo role name or a name in {@code roleMap}
 * @param roleMap the provider's group or role names that stand for Koldoo roles
 * @param secondFactorAmr authentication methods ({@code amr}) by which the provider already asked
 *     for a second factor; without one of them, Koldoo asks for its own when the roles require it
 */
@ConfigurationProperties("koldoo.oidc")
record OidcProperties(
    @DefaultValue("preferred_username") String usernameClaim,
    @DefaultValue("koldoo_organisation") String organisationClaim,
    @DefaultValue("koldoo_roles") String rolesClaim,
    Map<String, Role> roleMap,
    @DefaultValue({"mfa", "otp", "hwk", "swk"}) List<String> secondFactorAmr) {

  OidcProperties {
    roleMap = roleMap == null ? Map.of() : Map.copyOf(roleMap);
    secondFactorAmr = List.copyOf(secondFactorAmr);
  }
}
