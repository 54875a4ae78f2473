/**
 * Demo mode and the synthetic-data generator: {@code java -jar koldoo.jar generate} fills the
 * configured database with a seeded, clearly labelled synthetic dataset, written by each module's
 * own contributor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo and synthetic data")
package org.koldoo.demo;
