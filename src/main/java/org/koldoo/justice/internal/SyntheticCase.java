package org.koldoo.justice.internal;

import java.util.UUID;

/** A case as registered: its id, initial article, and whether that article was lesser. */
record SyntheticCase(UUID id, UUID article, boolean lesserFromStart) {}
