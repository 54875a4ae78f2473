package org.koldoo.prevention.internal;

import org.koldoo.platform.synthetic.BulkCopy;

/** The writers of the registries, one per table. */
record Writers(
    BulkCopy.Writer inspections,
    BulkCopy.Writer training,
    BulkCopy.Writer campaigns,
    BulkCopy.Writer periods,
    BulkCopy.Writer sop,
    BulkCopy.Writer meetings,
    BulkCopy.Writer nap,
    BulkCopy.Writer agencies,
    BulkCopy.Writer reports) {}
