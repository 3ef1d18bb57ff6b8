package org.gongkai.publication;

import java.util.List;

/** Everything the public record page shows about a published 主动公开 record. */
public record PublicRecord(InformationView information, List<AttachmentView> attachments, List<RelatedRecord> related,
        List<LinkedItem> catalogItems) {

    /** A catalog item the record is published under, by name; {@code catalogId} links to the catalog's page. */
    public record LinkedItem(long catalogId, String catalogTitle, String itemKey, String itemName, String domainName) {}
}
