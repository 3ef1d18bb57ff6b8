package org.gongkai.publication;

import java.time.Instant;

/** A published record as a feed entry. */
public record FeedEntry(long id, String title, String summary, String unitName, String typeName,
        String documentNumber, Instant publishedAt) {}
