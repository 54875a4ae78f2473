/**
 * Shared kernel: the embedded database, roles and the acting person, web plumbing (languages,
 * navigation, error pages and problem details). Every business module may use it; it uses none.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Platform",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.koldoo.platform;
