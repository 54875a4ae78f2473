/**
 * Persons and victim cases of the National Referral Mechanism: identity (encrypted), screening,
 * identification, consent, children's protection, return — and who may see a victim's identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Victims")
package org.koldoo.victims;
