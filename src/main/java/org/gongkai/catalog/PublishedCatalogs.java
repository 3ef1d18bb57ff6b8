package org.gongkai.catalog;

import java.util.List;

import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may see of the catalogs: published versions only — the current one, the history of published
 * versions with their dates, and the difference between any two of them. No login, no drafts.
 */
@Service
@Transactional(readOnly = true)
public class PublishedCatalogs {

    private final Catalogs catalogs;
    private final CatalogManagement management;
    private final UnitDirectory units;

    PublishedCatalogs(Catalogs catalogs, CatalogManagement management, UnitDirectory units) {
        this.catalogs = catalogs;
        this.management = management;
        this.units = units;
    }

    /** Published catalogs, of one unit or (null) of all units. */
    public List<CatalogSummary> catalogs(Long unitId) {
        var found = unitId == null ? catalogs.findPublished()
                : catalogs.findByUnit(unitId).stream().filter(c -> c.currentVersion().isPresent()).toList();
        return management.summaries(found);
    }

    public CatalogSummary catalog(long catalogId) {
        var catalog = published(catalogId);
        return CatalogManagement.summary(catalog, units.find(catalog.unitId()).map(UnitView::name).orElse(""));
    }

    /** The items of a published version (the current one when {@code versionNumber} is null). */
    public List<ItemView> items(long catalogId, Integer versionNumber) {
        var version = publishedVersion(published(catalogId), versionNumber);
        var names = management.domainNames();
        return version.items().stream().map(item -> ItemView.of(item, names.get(item.domainId()))).toList();
    }

    /** The applicable items of a published version as table rows, for the Excel and Word compilations. */
    public List<ItemElements> rows(long catalogId, Integer versionNumber) {
        return publishedVersion(published(catalogId), versionNumber).items().stream()
                .filter(item -> !item.notApplicable()).map(CatalogItem::elements).toList();
    }

    public List<VersionView> history(long catalogId) {
        return published(catalogId).publishedVersions().stream().map(VersionView::of).toList();
    }

    public VersionDiff diff(long catalogId, int from, int to) {
        var catalog = published(catalogId);
        return VersionDiff.between(publishedVersion(catalog, from), publishedVersion(catalog, to));
    }

    private Catalog published(long catalogId) {
        var catalog = catalogs.findById(catalogId).orElseThrow(() -> new CatalogNotFound(catalogId));
        if (catalog.currentVersion().isEmpty()) {
            throw new CatalogNotFound(catalogId);
        }
        return catalog;
    }

    private static CatalogVersion publishedVersion(Catalog catalog, Integer number) {
        if (number == null) {
            return catalog.currentVersion().orElseThrow();
        }
        var version = catalog.version(number);
        if (version.publishedAt() == null) {
            throw new InvalidCatalogData("第" + number + "版目录尚未发布");
        }
        return version;
    }
}
