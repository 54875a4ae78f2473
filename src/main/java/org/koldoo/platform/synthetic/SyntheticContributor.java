package org.koldoo.platform.synthetic;

/** A module's part of the synthetic dataset: it writes only its own tables. */
public interface SyntheticContributor {

  /** Contributors run in this order (victims before those that refer to victims). */
  int order();

  void generate(SyntheticWorld world);
}
