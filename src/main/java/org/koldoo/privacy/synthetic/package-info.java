/** Seeded synthetic people for benchmarks and the demo dataset. */
@org.springframework.modulith.NamedInterface("synthetic")
package org.koldoo.privacy.synthetic;
