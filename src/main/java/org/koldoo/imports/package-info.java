/**
 * Bringing existing records in from spreadsheets (XLSX or CSV): a template per kind in the user's
 * language, a dry run that names every problem by row and column, then a commit that is safe to
 * re-run and to interrupt. Each business module describes and writes its own kinds through {@link
 * org.koldoo.imports.ImportKind}; this module reads the files, matches headers and codes in Kyrgyz,
 * Russian and English, keeps the imports and remembers which record each row became.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package org.koldoo.imports;
