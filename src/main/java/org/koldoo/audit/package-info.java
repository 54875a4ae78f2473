/**
 * Tamper-evident audit trail: every login, every change and every read of identifying data is
 * appended as a hash-chained entry; {@link org.koldoo.audit.AuditTrail#verify()} checks the chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.koldoo.audit;
