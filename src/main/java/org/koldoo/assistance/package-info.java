/**
 * Referrals between organisations and the services victims receive (shelter, legal aid, medical,
 * psychosocial, education, livelihood, financial, repatriation, reintegration).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistance")
package org.koldoo.assistance;
