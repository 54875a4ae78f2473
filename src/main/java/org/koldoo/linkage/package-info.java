/**
 * Cross-agency linkage: finds the same person across organisations' records by comparing keyed
 * Bloom-filter encodings (never names), clusters the matches into persons, and lets an authorised
 * reviewer confirm, reject, merge and split.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Linkage")
package org.koldoo.linkage;
