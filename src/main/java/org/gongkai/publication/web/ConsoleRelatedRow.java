package org.gongkai.publication.web;

import java.util.Arrays;

import org.gongkai.publication.RelatedRecord;
import org.gongkai.publication.RelationKind;

/**
 * A related record on the record page. {@code kind} is set for the links this record makes (修订, 废止, 解读), which
 * its editor may remove while drafting; the links other records make to it (被修订 …) have none.
 */
record ConsoleRelatedRow(long id, String relation, String title, String documentNumber, String publishedOn,
        boolean published, String kind) {

    static ConsoleRelatedRow of(RelatedRecord related) {
        var kind = Arrays.stream(RelationKind.values()).filter(k -> k.label().equals(related.relation()))
                .map(Enum::name).findFirst().orElse(null);
        return new ConsoleRelatedRow(related.id(), related.relation(), related.title(), related.documentNumber(),
                ConsoleText.day(related.publishedOn()), related.published(), kind);
    }
}
