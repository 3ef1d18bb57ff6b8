package org.gongkai.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One version of a government's catalog. Editable while a draft or returned; frozen from submission on; a
 * published version is never changed again — a change starts the next version (动态调整, issue 3). See
 * {@link CatalogStatus} for the life cycle.
 */
@Entity
@Table(schema = "catalog", name = "catalog_version")
@Audited
public class CatalogVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "catalog_id")
    @NotAudited
    private Catalog catalog;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CatalogStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "change_note")
    private String changeNote;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CatalogItem> items = new ArrayList<>();

    @Version
    @NotAudited
    @Column(name = "version", nullable = false)
    private long lockVersion;

    protected CatalogVersion() {} // for JPA

    CatalogVersion(Catalog catalog, int number, Instant now) {
        this.catalog = catalog;
        this.number = number;
        this.status = CatalogStatus.DRAFT;
        this.createdAt = now;
    }

    CatalogItem addItem(Long domainId, Long guidelineItemId, ItemElements elements) {
        requireEditable();
        var item = CatalogItem.fresh(this, nextPosition(), domainId, guidelineItemId, elements);
        items.add(item);
        return item;
    }

    void copyItemsFrom(CatalogVersion previous) {
        previous.items.forEach(item -> items.add(item.copyInto(this)));
    }

    CatalogItem item(String key) {
        return items.stream().filter(item -> item.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidCatalogData("目录中没有这个事项"));
    }

    void editItem(String key, ItemElements elements) {
        requireEditable();
        item(key).edit(elements);
    }

    void markNotApplicable(String key, String reason) {
        requireEditable();
        var item = item(key);
        if (item.local()) {
            throw new InvalidCatalogData("本级新增的事项不需要标记“不适用”，可以直接删除");
        }
        item.markNotApplicable(reason);
    }

    void restoreItem(String key) {
        requireEditable();
        item(key).restore();
    }

    /** Only local items can be removed; a guideline item is marked not applicable instead, with a reason. */
    void removeLocalItem(String key) {
        requireEditable();
        var item = item(key);
        if (!item.local()) {
            throw new InvalidCatalogData("标准指引中的事项不能删除，如不适用请标记“不适用”并说明理由");
        }
        items.remove(item);
    }

    void submit(String by, Instant now) {
        var missing = missingElements();
        if (!missing.isEmpty()) {
            throw new InvalidCatalogData("目录还有 " + missing.size() + " 个事项要素不全（如第" + missing.get(0).position()
                    + "项“" + missing.get(0).name() + "”缺少" + String.join("、", missing.get(0).missing())
                    + "），请补全后再报送");
        }
        if (items.stream().allMatch(CatalogItem::notApplicable)) {
            throw new InvalidCatalogData("目录中没有适用的事项，不能报送");
        }
        moveTo(CatalogStatus.SUBMITTED);
        submittedAt = now;
        submittedBy = by;
        reviewedAt = null;
        reviewedBy = null;
    }

    void returnForChanges(String comment, String by, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidCatalogData("退回时请填写修改意见");
        }
        moveTo(CatalogStatus.RETURNED);
        reviewComment = comment.strip();
        reviewedAt = now;
        reviewedBy = by;
    }

    void approve(String comment, String by, Instant now) {
        moveTo(CatalogStatus.APPROVED);
        reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
        reviewedAt = now;
        reviewedBy = by;
    }

    void publish(String note, String by, Instant now) {
        moveTo(CatalogStatus.PUBLISHED);
        changeNote = note == null || note.isBlank() ? null : note.strip();
        publishedAt = now;
        publishedBy = by;
    }

    void supersede() {
        moveTo(CatalogStatus.SUPERSEDED);
    }

    /**
     * Items with an element missing, not applicable ones aside: the 要素齐全 requirement of the catalog
     * (嘉政办发〔2020〕37号 第6项: 名称、内容、依据、时限、主体、方式、渠道、公开对象等要素齐全).
     */
    public List<MissingElements> missingElements() {
        var result = new ArrayList<MissingElements>();
        for (var item : items) {
            if (item.notApplicable()) {
                continue;
            }
            var e = item.elements();
            var missing = new ArrayList<String>();
            if (e.firstLevel() == null) {
                missing.add("一级事项");
            }
            if (e.secondLevel() == null) {
                missing.add("二级事项");
            }
            if (e.content() == null) {
                missing.add("公开内容");
            }
            if (e.basis() == null) {
                missing.add("公开依据");
            }
            if (e.timeLimit() == null) {
                missing.add("公开时限");
            }
            if (e.subject() == null) {
                missing.add("公开主体");
            }
            if (e.channels().isEmpty()) {
                missing.add("公开渠道和载体");
            }
            if (!e.toPublic() && !e.toSpecificGroups()) {
                missing.add("公开对象");
            }
            if (!e.proactive() && !e.onRequest()) {
                missing.add("公开方式");
            }
            if (e.levels().isEmpty()) {
                missing.add("公开层级");
            }
            if (!missing.isEmpty()) {
                var name = e.secondLevel() != null ? e.secondLevel() : e.firstLevel();
                result.add(new MissingElements(item.key(), item.position(), name, missing));
            }
        }
        return result;
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new InvalidCatalogData("第" + number + "版目录" + status.label() + "，不能修改");
        }
    }

    private void moveTo(CatalogStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalCatalogTransition(number, status, next);
        }
        status = next;
    }

    private int nextPosition() {
        return items.stream().mapToInt(CatalogItem::position).max().orElse(0) + 1;
    }

    public Long id() {
        return id;
    }

    Catalog catalog() {
        return catalog;
    }

    public int number() {
        return number;
    }

    public CatalogStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String reviewComment() {
        return reviewComment;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String changeNote() {
        return changeNote;
    }

    public List<CatalogItem> items() {
        return List.copyOf(items);
    }
}
