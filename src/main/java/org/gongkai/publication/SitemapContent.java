package org.gongkai.publication;

import java.time.Instant;
import java.util.List;

/** What the sitemap lists beyond the fixed pages: public records, and published catalogs with their units. */
public record SitemapContent(List<PublishedStamp> records, List<Catalog> catalogs) {

    public record Catalog(long id, long unitId, Instant publishedAt) {}
}
