package org.gongkai.publication.events;

import java.time.Instant;

/** A record of government information was published (or re-published after a correction). */
public record InformationPublished(long informationId, long unitId, String indexNumber, Instant publishedAt,
        boolean proactive) {}
