package org.gongkai.catalog.events;

import java.time.Instant;

/** A version of a government's catalog was published and is now the one the public sees. */
public record CatalogPublished(long catalogId, long unitId, int versionNumber, Instant publishedAt) {}
