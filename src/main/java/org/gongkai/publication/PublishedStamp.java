package org.gongkai.publication;

import java.time.Instant;

/** A public record's id and time of publication, for the sitemap. */
public record PublishedStamp(long id, Instant publishedAt) {}
