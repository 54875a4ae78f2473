/**
 * Shared kernel for the protection of identity: field encryption (AES-256-GCM with rotating keys),
 * keyed blind indexes for exact look-ups, and name normalisation across Cyrillic and Latin.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Privacy",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.koldoo.privacy;
