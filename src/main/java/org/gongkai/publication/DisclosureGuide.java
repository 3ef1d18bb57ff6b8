package org.gongkai.publication;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit's 政府信息公开指南 as its staff wrote it (条例 第十二条: the classification and arrangement of its information,
 * how to obtain it, the disclosure office's name, address, office hours, phone, fax and internet contact; updated
 * promptly). One per unit. The text is sanitised rich text ({@link RichText}); the portal prints the unit's current
 * contact data beside it, so a changed phone number never waits for an edit of the guide.
 */
@Entity
@Table(schema = "publication", name = "disclosure_guide")
public class DisclosureGuide {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false, unique = true)
    private Long unitId;

    @Column(nullable = false)
    private String body;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DisclosureGuide() {} // for JPA

    static DisclosureGuide write(long unitId, String html, String by, Instant now) {
        var guide = new DisclosureGuide();
        guide.unitId = unitId;
        guide.rewrite(html, by, now);
        return guide;
    }

    void rewrite(String html, String by, Instant now) {
        var clean = html == null ? "" : RichText.sanitise(html);
        if (RichText.plainText(clean).isBlank()) {
            throw new InvalidInformation("公开指南的内容不能为空");
        }
        body = clean;
        updatedBy = by;
        updatedAt = now;
    }

    public Long unitId() { return unitId; }
    public String body() { return body; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
