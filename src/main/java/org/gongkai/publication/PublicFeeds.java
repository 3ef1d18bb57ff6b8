package org.gongkai.publication;

import java.util.HashMap;
import java.util.List;

import org.gongkai.catalog.PublishedCatalogs;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds of the 政府信息公开 column (the newest published 主动公开 records, of the whole column, a unit or a type) and
 * the content of the sitemap. Only what {@link PublishedRecords} lists as public.
 */
@Service
@Transactional(readOnly = true)
public class PublicFeeds {

    public static final int FEED_SIZE = 50;

    private final PublishedRecords records;
    private final PublishedCatalogs catalogs;
    private final UnitDirectory units;
    private final InformationVocabulary vocabulary;

    PublicFeeds(PublishedRecords records, PublishedCatalogs catalogs, UnitDirectory units,
            InformationVocabulary vocabulary) {
        this.records = records;
        this.catalogs = catalogs;
        this.units = units;
        this.vocabulary = vocabulary;
    }

    /** The newest entries, of one unit and one type when given. */
    public List<FeedEntry> entries(Long unitId, String type) {
        var page = records.findPublic(unitId == null ? -1 : unitId, -1, "", type == null ? "" : type.strip(),
                java.time.LocalDate.of(1900, 1, 1), java.time.LocalDate.of(9999, 1, 1), PageRequest.of(0, FEED_SIZE));
        var names = new HashMap<Long, String>();
        return page.getContent().stream().map(i -> new FeedEntry(i.id(), i.title(), i.summary(),
                names.computeIfAbsent(i.unitId(), id -> units.find(id).map(UnitView::name).orElse("")),
                vocabulary.typeName(i.typeCode()), i.documentNumber(), i.publishedAt())).toList();
    }

    public SitemapContent sitemap() {
        return new SitemapContent(records.findStamps(), catalogs.catalogs(null).stream()
                .map(c -> new SitemapContent.Catalog(c.id(), c.unitId(), c.publishedAt())).toList());
    }
}
