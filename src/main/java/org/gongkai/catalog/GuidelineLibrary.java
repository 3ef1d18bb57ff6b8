package org.gongkai.catalog;

import java.util.List;

import org.gongkai.shared.Snapshot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The domains and their national guideline editions: the reference data catalogs are compiled from. */
@Service
@Transactional(readOnly = true)
public class GuidelineLibrary {

    private final Domains domains;
    private final Guidelines guidelines;
    private final org.gongkai.audit.AuditTrail audit;
    private final java.time.Clock clock;
    /** Every public search and catalog page lists the domains; they change when one is added. */
    private final Snapshot<List<DomainView>> activeDomains;

    GuidelineLibrary(Domains domains, Guidelines guidelines, org.gongkai.audit.AuditTrail audit, java.time.Clock clock) {
        this.activeDomains = new Snapshot<>(() -> domains.findAllInOrder().stream().filter(Domain::active)
                .map(DomainView::of).toList());
        this.domains = domains;
        this.guidelines = guidelines;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a domain: a later national one or a local one (DOMAIN.md §1: domains are reference data, not an enum). */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
    public DomainView addDomain(String code, String name, List<String> aliases) {
        var normalised = code == null ? "" : code.strip().toUpperCase();
        if (domains.findByCode(normalised).isPresent()) {
            throw new InvalidCatalogData("领域代码 " + normalised + " 已存在");
        }
        if (domains.findAllInOrder().stream().anyMatch(domain -> domain.isCalled(name == null ? "" : name))) {
            throw new InvalidCatalogData("已有名为“" + name + "”的领域（或别名）");
        }
        var order = domains.findAllInOrder().stream().mapToInt(Domain::sortOrder).max().orElse(0) + 1;
        var domain = domains.save(new Domain(normalised, name, aliases, false, order, null));
        activeDomains.forgetNowAndAfterCompletion();
        audit.record("DOMAIN_ADDED", domain.name(), domain.code(), null);
        return DomainView.of(domain);
    }

    /**
     * Loads a new edition of a domain's national guideline from an imported table (reference data: the openness
     * office or the administrator loads it). An edition already loaded is refused, never overwritten.
     */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
    public GuidelineSummary importGuideline(String domainCode, String title, String issuer, String edition,
            java.time.LocalDate issuedOn, List<ItemElements> rows) {
        var domain = domains.findByCode(domainCode)
                .orElseThrow(() -> new InvalidCatalogData("没有代码为 " + domainCode + " 的领域"));
        if (edition != null && guidelines.existsByDomainIdAndEdition(domain.id(), edition.strip())) {
            throw new InvalidCatalogData("“" + domain.name() + "”的标准指引已有“" + edition.strip() + "”版，请换一个版本号");
        }
        var guideline = guidelines.save(new Guideline(domain.id(), title, issuer, edition, issuedOn, rows, clock.instant()));
        audit.record("GUIDELINE_IMPORTED", guideline.title(), guideline.edition() + "，" + rows.size() + " 个事项", null);
        return summary(guideline);
    }

    public List<DomainView> domains() {
        return activeDomains.get();
    }

    /** After domains were loaded by other means (the reference data at start-up). */
    void forgetDomains() {
        activeDomains.forget();
    }

    public List<GuidelineSummary> guidelines() {
        return guidelines.findAllInOrder().stream().map(this::summary).toList();
    }

    public List<GuidelineSummary> guidelinesOf(String domainCode) {
        var domain = domains.findByCode(domainCode).orElseThrow(() -> new InvalidCatalogData("没有代码为 " + domainCode + " 的领域"));
        return guidelines.findByDomain(domain.id()).stream().map(this::summary).toList();
    }

    public GuidelineSummary guideline(long id) {
        return summary(load(id));
    }

    public List<ItemElements> guidelineItems(long id) {
        return load(id).items().stream().map(GuidelineItem::elements).toList();
    }

    private Guideline load(long id) {
        return guidelines.findById(id).orElseThrow(() -> new InvalidCatalogData("标准指引不存在（编号 " + id + "）"));
    }

    private GuidelineSummary summary(Guideline guideline) {
        var domain = domains.findById(guideline.domainId()).orElseThrow();
        return new GuidelineSummary(guideline.id(), domain.id(), domain.code(), domain.name(), guideline.title(),
                guideline.issuer(), guideline.edition(), guideline.issuedOn(), guideline.items().size());
    }
}
