package org.gongkai.catalog;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The domains and their national guideline editions: the reference data catalogs are compiled from. */
@Service
@Transactional(readOnly = true)
public class GuidelineLibrary {

    private final Domains domains;
    private final Guidelines guidelines;

    GuidelineLibrary(Domains domains, Guidelines guidelines) {
        this.domains = domains;
        this.guidelines = guidelines;
    }

    public List<DomainView> domains() {
        return domains.findAllInOrder().stream().filter(Domain::active).map(DomainView::of).toList();
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
