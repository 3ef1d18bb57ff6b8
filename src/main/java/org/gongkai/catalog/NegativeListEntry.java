package org.gongkai.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One line of a government's negative list (政务公开负面清单): a matter it does not disclose, with the legal basis
 * that exempts it (条例 第十四条 to 第十六条, or another law). DOMAIN.md §3.14; docs/negative-list.md.
 *
 * <pre>
 * (new) ──add──▶ UNPUBLISHED ──publish──▶ PUBLISHED ──withdraw──▶ UNPUBLISHED ──remove──▶ (gone; history kept)
 * </pre>
 *
 * Invariants: the matter and the legal basis are never blank and fit their columns; the legal basis cites a law
 * (《…》) or an article (第…条); an entry is changed or removed only while unpublished — what the public has
 * seen is changed by withdrawing it first, editing it and publishing it again, so every published wording and
 * its date stay in the history (Envers); {@code publishedAt} is set exactly while the entry is published.
 */
@Entity
@Table(schema = "catalog", name = "negative_entry")
@Audited
public class NegativeListEntry {

    static final int MATTER_MAX = 500;
    static final int LEGAL_BASIS_MAX = 1000;

    /** A cited law (《中华人民共和国保守国家秘密法》) or article (第十四条, 第16条). */
    private static final Pattern CITATION =
            Pattern.compile("《[^《》\\s][^《》]*》|第[0-9０-９一二三四五六七八九十百千零〇两]+条");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false, length = MATTER_MAX)
    private String matter;

    @Column(name = "legal_basis", nullable = false, length = LEGAL_BASIS_MAX)
    private String legalBasis;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @NotAudited
    @Column(nullable = false)
    private long version;

    protected NegativeListEntry() {} // for JPA

    /** A new, unpublished entry of the unit's negative list. */
    static NegativeListEntry add(long unitId, String matter, String legalBasis, Instant now) {
        var entry = new NegativeListEntry();
        entry.unitId = unitId;
        entry.matter = checkedMatter(matter);
        entry.legalBasis = checkedLegalBasis(legalBasis);
        entry.createdAt = Objects.requireNonNull(now, "now");
        return entry;
    }

    /** Changes the wording; only while unpublished (a published entry is withdrawn first). */
    void edit(String matter, String legalBasis) {
        if (published) {
            throw new InvalidCatalogData("已发布的负面清单事项不能直接修改，请先撤回，修改后再发布");
        }
        var newMatter = checkedMatter(matter);
        var newLegalBasis = checkedLegalBasis(legalBasis);
        this.matter = newMatter;
        this.legalBasis = newLegalBasis;
    }

    void publish(Instant now) {
        if (published) {
            throw new InvalidCatalogData("该事项已经发布");
        }
        published = true;
        publishedAt = Objects.requireNonNull(now, "now");
    }

    void withdraw() {
        if (!published) {
            throw new InvalidCatalogData("该事项尚未发布，无需撤回");
        }
        published = false;
        publishedAt = null;
    }

    /** Checks that the entry may be deleted: only an unpublished one (a published one is withdrawn first). */
    void checkRemovable() {
        if (published) {
            throw new InvalidCatalogData("已发布的负面清单事项不能删除，请先撤回");
        }
    }

    static String checkedMatter(String matter) {
        var text = matter == null ? "" : matter.strip();
        if (text.isEmpty()) {
            throw new InvalidCatalogData("请填写不予公开的事项");
        }
        var length = text.codePointCount(0, text.length());
        if (length > MATTER_MAX) {
            throw new InvalidCatalogData("事项不能超过" + MATTER_MAX + "个字（现为" + length + "个字）");
        }
        return text;
    }

    static String checkedLegalBasis(String legalBasis) {
        var text = legalBasis == null ? "" : legalBasis.strip();
        if (text.isEmpty()) {
            throw new InvalidCatalogData("请填写不予公开的依据");
        }
        var length = text.codePointCount(0, text.length());
        if (length > LEGAL_BASIS_MAX) {
            throw new InvalidCatalogData("依据不能超过" + LEGAL_BASIS_MAX + "个字（现为" + length + "个字）");
        }
        if (!citesLaw(text)) {
            throw new InvalidCatalogData("依据须写明法律法规的名称（《……》）或具体条款（第……条），"
                    + "例如《中华人民共和国政府信息公开条例》第十四条");
        }
        return text;
    }

    /** Whether the text cites a law by its title in 《》 or an article as 第…条 (Chinese or Arabic numerals). */
    static boolean citesLaw(String text) {
        return text != null && CITATION.matcher(text).find();
    }

    public Long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public String matter() {
        return matter;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public boolean published() {
        return published;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
