package org.gongkai.publication;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a record (附件): its name as uploaded, the type Tika detected from its bytes (never the name or
 * the browser's word), size and SHA-256, the text extracted for search, and the bytes themselves in the database,
 * so that a backup of the database is a backup of everything published.
 */
@Entity
@Table(schema = "publication", name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "information_id", nullable = false)
    private Long informationId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "extracted_text")
    private String extractedText;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected Attachment() {} // for JPA

    Attachment(long informationId, AttachmentFile file, String by, Instant now) {
        this.informationId = informationId;
        this.fileName = file.fileName();
        this.mediaType = file.kind().mediaType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.extractedText = file.text();
        this.content = file.content();
        this.uploadedAt = now;
        this.uploadedBy = by;
    }

    public Long id() { return id; }
    public Long informationId() { return informationId; }
    public String fileName() { return fileName; }
    public String mediaType() { return mediaType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public String extractedText() { return extractedText; }
    byte[] content() { return content; }
    public Instant uploadedAt() { return uploadedAt; }
    public String uploadedBy() { return uploadedBy; }
}
