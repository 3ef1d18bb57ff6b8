package org.gongkai.publication;

import java.time.Instant;

/** An attachment in a list: no bytes. */
public record AttachmentView(long id, long informationId, String fileName, String mediaType, String kindLabel,
        long sizeBytes, String sha256, Instant uploadedAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id(), a.informationId(), a.fileName(), a.mediaType(),
                AttachmentKind.ofMediaType(a.mediaType()).map(AttachmentKind::label).orElse(a.mediaType()),
                a.sizeBytes(), a.sha256(), a.uploadedAt());
    }

    /** The size as people read it: 12.3 KB, 4.5 MB. */
    public String sizeText() {
        if (sizeBytes < 1024) {
            return sizeBytes + " B";
        }
        if (sizeBytes < 1024 * 1024) {
            return String.format("%.1f KB", sizeBytes / 1024.0);
        }
        return String.format("%.1f MB", sizeBytes / (1024.0 * 1024));
    }
}
