package org.koldoo.justice.internal;

import java.util.SplittableRandom;
import org.koldoo.platform.synthetic.BulkCopy;

record Writers(
    BulkCopy.Writer cases,
    BulkCopy.Writer victims,
    BulkCopy.Writer defendants,
    BulkCopy.Writer events,
    BulkCopy.Writer operations,
    BulkCopy.Writer bodies,
    SplittableRandom extra) {}
