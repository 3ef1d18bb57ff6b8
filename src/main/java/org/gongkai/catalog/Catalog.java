package org.gongkai.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A government's (or a village's) standard catalog of what it discloses, with all its versions.
 *
 * <p>Life cycle: compiled from one or more domain guidelines as version 1 (a draft); each version goes draft →
 * submitted → approved by the level above → published (returned for changes on the way if need be). At most
 * one version is being worked on at any time; the public sees the latest published one, and the history of all
 * published ones. Publishing a version supersedes the one before it.
 */
@Entity
@Table(schema = "catalog", name = "catalog")
public class Catalog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "catalog", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<CatalogVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected Catalog() {} // for JPA

    /** A new catalog whose first version is a draft holding the given guideline items. */
    static Catalog compile(long unitId, String title, List<SourceItem> items, Instant now) {
        if (title == null || title.isBlank()) {
            throw new InvalidCatalogData("目录名称不能为空");
        }
        if (items.isEmpty()) {
            throw new InvalidCatalogData("所选标准指引中没有适用于本级的事项");
        }
        var catalog = new Catalog();
        catalog.unitId = unitId;
        catalog.title = title.strip();
        catalog.createdAt = now;
        var first = new CatalogVersion(catalog, 1, now);
        items.forEach(item -> first.addItem(item.domainId(), item.guidelineItemId(), item.elements()));
        catalog.versions.add(first);
        return catalog;
    }

    /** An item taken into a catalog: from a guideline (with its id) or local (null). */
    record SourceItem(Long domainId, Long guidelineItemId, ItemElements elements) {}

    /** The version being worked on (draft, returned, submitted or approved), if any. */
    public Optional<CatalogVersion> workingVersion() {
        return versions.stream()
                .filter(v -> v.status() != CatalogStatus.PUBLISHED && v.status() != CatalogStatus.SUPERSEDED)
                .findFirst();
    }

    /** The version the public sees: the latest published one. */
    public Optional<CatalogVersion> currentVersion() {
        return versions.stream().filter(v -> v.status() == CatalogStatus.PUBLISHED).findFirst();
    }

    /** Every version that has been published, oldest first. */
    public List<CatalogVersion> publishedVersions() {
        return versions.stream().filter(v -> v.publishedAt() != null)
                .sorted(Comparator.comparingInt(CatalogVersion::number)).toList();
    }

    public CatalogVersion version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new InvalidCatalogData("没有第" + number + "版目录"));
    }

    /** Starts the next version from the published one (动态调整); refused while another version is in progress. */
    CatalogVersion startRevision(Instant now) {
        if (workingVersion().isPresent()) {
            throw new InvalidCatalogData("第" + workingVersion().get().number() + "版目录正在编制或审核中，不能再新建版本");
        }
        var current = currentVersion().orElseThrow(() -> new InvalidCatalogData("目录尚未发布"));
        var next = new CatalogVersion(this, current.number() + 1, now);
        next.copyItemsFrom(current);
        versions.add(next);
        return next;
    }

    CatalogVersion working() {
        return workingVersion().orElseThrow(() -> new InvalidCatalogData("目录没有正在编制的版本，请先新建版本"));
    }

    void publish(String note, String by, Instant now) {
        var next = working();
        var previous = currentVersion();
        next.publish(note, by, now);
        previous.ifPresent(CatalogVersion::supersede);
    }

    public Long id() {
        return id;
    }

    public Long unitId() {
        return unitId;
    }

    public String title() {
        return title;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<CatalogVersion> versions() {
        return List.copyOf(versions);
    }
}
