package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A domain of openness work (领域): one of the 26 pilot domains of 国办发〔2019〕54号 or a later or local one
 * (DOMAIN.md §1). Reference data with aliases, because local catalogs rename and regroup domains; one domain
 * may have several guideline editions over time.
 */
@Entity
@Table(schema = "catalog", name = "domain")
public class Domain {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "catalog", name = "domain_alias", joinColumns = @JoinColumn(name = "domain_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean pilot;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "guideline_issuer")
    private String guidelineIssuer;

    @Column(nullable = false)
    private boolean active = true;

    protected Domain() {} // for JPA

    Domain(String code, String name, List<String> aliases, boolean pilot, int sortOrder, String guidelineIssuer) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw new InvalidCatalogData("领域代码应为大写字母、数字和下划线，例如 COMPULSORY_EDUCATION");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidCatalogData("领域名称不能为空");
        }
        this.code = code;
        this.name = name.strip();
        this.aliases = new LinkedHashSet<>(aliases);
        this.pilot = pilot;
        this.sortOrder = sortOrder;
        this.guidelineIssuer = guidelineIssuer;
    }

    /** Whether a name used in an imported table means this domain (its name or an alias, with or without 领域). */
    boolean isCalled(String text) {
        var wanted = text.strip().replaceAll("领域$", "");
        return name.equals(wanted) || aliases.contains(wanted);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public List<String> aliases() {
        return new ArrayList<>(aliases);
    }

    public boolean pilot() {
        return pilot;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String guidelineIssuer() {
        return guidelineIssuer;
    }

    public boolean active() {
        return active;
    }
}
