package org.gongkai.publication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.gongkai.catalog.CatalogNotFound;
import org.gongkai.catalog.ItemView;
import org.gongkai.catalog.PublishedCatalogs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published record as the public reads it: its metadata and body, attachments, related records and the catalog
 * items it is published under. Anything not published and 主动公开 is not found ({@link InformationNotFound}).
 */
@Service
@Transactional(readOnly = true)
public class PublicRecords {

    private final Publishing publishing;
    private final PublishedCatalogs catalogs;

    PublicRecords(Publishing publishing, PublishedCatalogs catalogs) {
        this.publishing = publishing;
        this.catalogs = catalogs;
    }

    public PublicRecord read(long id) {
        var information = publishing.published(id);
        return new PublicRecord(information, publishing.publishedAttachments(id), publishing.relatedRecords(id, true),
                linkedItems(information.catalogLinks()));
    }

    /** An attachment of a public record; of any other record, not found. */
    public AttachmentDownload download(long id, long attachmentId) {
        return publishing.download(null, id, attachmentId);
    }

    // a link to an item the current published version no longer has (or a catalog withdrawn) is left out
    private List<PublicRecord.LinkedItem> linkedItems(List<CatalogLink> links) {
        var items = new HashMap<Long, List<ItemView>>();
        var titles = new HashMap<Long, String>();
        var result = new ArrayList<PublicRecord.LinkedItem>();
        for (var link : links) {
            try {
                var found = items.computeIfAbsent(link.catalogId(), catalogId -> catalogs.items(catalogId, null));
                var title = titles.computeIfAbsent(link.catalogId(), catalogId -> catalogs.catalog(catalogId).title());
                found.stream().filter(item -> item.key().equals(link.itemKey())).findFirst()
                        .ifPresent(item -> result.add(new PublicRecord.LinkedItem(link.catalogId(), title, item.key(),
                                item.firstLevel() + (item.secondLevel() == null ? "" : " · " + item.secondLevel()),
                                item.domainName())));
            } catch (CatalogNotFound e) {
                items.put(link.catalogId(), List.of());
            }
        }
        return result;
    }
}
