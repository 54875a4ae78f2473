/**
 * Backup and restore: {@code backup --to FILE} writes the database (one consistent snapshot, taken
 * while the system runs) and the files the modules keep outside it (privacy and audit keys, signed
 * checkpoints) into one sealed archive; {@code restore --from FILE} brings it up on a fresh data
 * directory or an empty external PostgreSQL and verifies the audit chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package org.koldoo.backup;
