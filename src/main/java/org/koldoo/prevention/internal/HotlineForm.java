package org.koldoo.prevention.internal;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.NoIdentifiers;
import org.koldoo.prevention.CallChannel;
import org.koldoo.prevention.CallOutcome;
import org.koldoo.prevention.CallTopic;
import org.koldoo.prevention.CallerType;

/**
 * One call, as the operator logs it. Everything but the topics has a default, so a routine call is
 * a few keystrokes.
 */
record HotlineForm(
    @NotNull LocalDateTime receivedAt,
    @NotNull CallChannel channel,
    @NotNull CallerType callerType,
    @NotNull @Pattern(regexp = "ky|ru|en|uz|tg|other") String language,
    Region region,
    @Pattern(regexp = "[A-Za-z]{2}") String country,
    @NotEmpty Set<CallTopic> topics,
    boolean traffickingRelated,
    @NotNull CallOutcome outcome,
    UUID referredTo,
    @Size(max = 1000) @NoIdentifiers String note,
    LocalDate followUpOn,
    Boolean followedUp,
    Integer version) {}
