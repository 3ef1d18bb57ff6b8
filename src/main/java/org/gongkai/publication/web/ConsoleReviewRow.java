package org.gongkai.publication.web;

import org.gongkai.publication.ReviewItem;

/** A record in the annual attribute review, with this year's decision once taken. */
record ConsoleReviewRow(long id, String indexNumber, String title, String unitName, String writtenOn,
        String previousOpenness, String basis, String opennessNote, boolean decided, String decision, String note,
        String decidedBy, String decidedAt, boolean mayDecide) {

    static ConsoleReviewRow of(ReviewItem item, boolean mayReview) {
        var record = item.information();
        var basis = record.exemptionBasis();
        return new ConsoleReviewRow(record.id(), record.indexNumber(), record.title(), record.unitName(),
                ConsoleText.day(record.writtenOn()), item.previousOpenness().label(),
                basis == null ? null : basis.label() + "（" + basis.article() + "）", record.opennessNote(),
                item.decided(), item.decided() ? item.decision().label() : null, item.note(), item.decidedBy(),
                ConsoleText.minute(item.decidedAt()), mayReview && !item.decided());
    }
}
