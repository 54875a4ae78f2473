/**
 * Criminal justice: trafficking cases from complaint to sentence, with every reclassification (and
 * so every downgrade to a lesser offence), official complicity, victims' rights and redress.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Justice")
package org.koldoo.justice;
