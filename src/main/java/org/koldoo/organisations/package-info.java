/**
 * Organisations of the National Referral Mechanism, their users and roles, login, API tokens and
 * the first administrator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations and accounts")
package org.koldoo.organisations;
