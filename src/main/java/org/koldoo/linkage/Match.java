package org.koldoo.linkage;

/** Two records judged the same person, and how alike their encodings are (Dice, 0 to 1). */
public record Match(int left, int right, double score) {}
