package org.gongkai.catalog;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/**
 * One item of a government's catalog, in one version. Its {@code key} stays the same from version to version, so
 * versions can be compared item by item. A guideline item that does not apply to this government is kept,
 * marked not applicable with the reason, rather than deleted (issue 3).
 */
@Entity
@Table(schema = "catalog", name = "catalog_item")
@Audited
public class CatalogItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private CatalogVersion version;

    @Column(name = "item_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(name = "domain_id", nullable = false)
    private Long domainId;

    @Column(name = "guideline_item_id")
    private Long guidelineItemId;

    @Embedded
    private ElementColumns elements;

    @Column(name = "time_limit_rule")
    private String timeLimitRule;

    @Column(name = "not_applicable", nullable = false)
    private boolean notApplicable;

    @Column(name = "not_applicable_reason")
    private String notApplicableReason;

    protected CatalogItem() {} // for JPA

    private CatalogItem(CatalogVersion version, String key, int position, Long domainId, Long guidelineItemId,
            ItemElements elements, boolean notApplicable, String notApplicableReason) {
        this.version = version;
        this.key = key;
        this.position = position;
        this.domainId = domainId;
        this.guidelineItemId = guidelineItemId;
        this.notApplicable = notApplicable;
        this.notApplicableReason = notApplicableReason;
        apply(elements);
    }

    static CatalogItem fresh(CatalogVersion version, int position, Long domainId, Long guidelineItemId,
            ItemElements elements) {
        return new CatalogItem(version, UUID.randomUUID().toString(), position, domainId, guidelineItemId, elements,
                false, null);
    }

    /** The same item in the next version: same key, same content. */
    CatalogItem copyInto(CatalogVersion next) {
        return new CatalogItem(next, key, position, domainId, guidelineItemId, elements(), notApplicable,
                notApplicableReason);
    }

    void edit(ItemElements changed) {
        apply(changed);
    }

    void markNotApplicable(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCatalogData("标记为“不适用”时须说明理由");
        }
        notApplicable = true;
        notApplicableReason = reason.strip();
    }

    void restore() {
        notApplicable = false;
        notApplicableReason = null;
    }

    private void apply(ItemElements changed) {
        if (changed.secondLevel() == null && changed.firstLevel() == null) {
            throw new InvalidCatalogData("事项名称（一级或二级事项）不能为空");
        }
        elements = ElementColumns.of(changed);
        timeLimitRule = TimeLimitRule.parse(changed.timeLimit()).map(TimeLimitRule::code).orElse(null);
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public int position() {
        return position;
    }

    public Long domainId() {
        return domainId;
    }

    public Long guidelineItemId() {
        return guidelineItemId;
    }

    /** A local item, added by the government itself rather than taken from a guideline. */
    public boolean local() {
        return guidelineItemId == null;
    }

    public ItemElements elements() {
        return elements.toElements();
    }

    public String timeLimitRule() {
        return timeLimitRule;
    }

    public boolean notApplicable() {
        return notApplicable;
    }

    public String notApplicableReason() {
        return notApplicableReason;
    }
}
