package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.privacy.clk.PersonRecipe.Person;

/** A person as drawn once, before each organisation's record of them. */
record Drawn(
    int year,
    LocalDate registered,
    boolean child,
    int age,
    Person person,
    LocalDate born,
    String citizenship,
    String type,
    int fate,
    UUID organisation) {}
