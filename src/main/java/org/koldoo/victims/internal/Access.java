package org.koldoo.victims.internal;

/** How much of a case a viewer may see, from least to most (the order is relied on). */
enum Access {
  /** Nothing: the case does not exist for the viewer. */
  NONE,
  /** Pseudonym and statistical fields, no identity. */
  PSEUDONYMOUS,
  /** Identity too (every reveal audited). */
  IDENTITY
}
