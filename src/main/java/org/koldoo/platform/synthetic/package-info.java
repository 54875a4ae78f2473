/**
 * The synthetic-data generator's shared parts: each business module contributes a {@link
 * org.koldoo.platform.synthetic.SyntheticContributor} that fills its own tables; the {@link
 * org.koldoo.platform.synthetic.SyntheticWorld} carries the run's scale, seed and the facts later
 * contributors build on (victim cases, for referrals, criminal cases and hotline calls).
 */
@org.springframework.modulith.NamedInterface("synthetic")
package org.koldoo.platform.synthetic;
