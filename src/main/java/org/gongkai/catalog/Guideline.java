package org.gongkai.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A domain's national guideline (标准指引), one edition of it: reference data that governments compile their
 * catalogs from (DOMAIN.md §1, §8). An edition is never changed once loaded; a new edition is a new guideline.
 */
@Entity
@Table(schema = "catalog", name = "guideline")
public class Guideline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "domain_id", nullable = false)
    private Long domainId;

    @Column(nullable = false)
    private String title;

    private String issuer;

    @Column(nullable = false)
    private String edition;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "guideline_id", nullable = false)
    @OrderBy("position")
    private List<GuidelineItem> items = new ArrayList<>();

    protected Guideline() {} // for JPA

    Guideline(Long domainId, String title, String issuer, String edition, LocalDate issuedOn, List<ItemElements> rows,
            Instant now) {
        if (title == null || title.isBlank()) {
            throw new InvalidCatalogData("标准指引名称不能为空");
        }
        if (edition == null || edition.isBlank()) {
            throw new InvalidCatalogData("请填写标准指引的版本");
        }
        if (rows.isEmpty()) {
            throw new InvalidCatalogData("标准指引至少要有一个事项");
        }
        this.domainId = domainId;
        this.title = title.strip();
        this.issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
        this.edition = edition.strip();
        this.issuedOn = issuedOn;
        this.createdAt = now;
        for (int i = 0; i < rows.size(); i++) {
            items.add(new GuidelineItem(i + 1, rows.get(i)));
        }
    }

    public Long id() {
        return id;
    }

    public Long domainId() {
        return domainId;
    }

    public String title() {
        return title;
    }

    public String issuer() {
        return issuer;
    }

    public String edition() {
        return edition;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public List<GuidelineItem> items() {
        return List.copyOf(items);
    }
}
