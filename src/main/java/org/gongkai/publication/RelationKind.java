package org.gongkai.publication;

/**
 * How one record bears on an earlier one. Publishing a record that amends or repeals a normative document changes
 * the earlier document's 有效性 (规范性文件 validity, DOMAIN.md §7.3; 国办发〔2018〕37号 on 规范性文件 management).
 */
public enum RelationKind {
    /** 修订: the earlier document becomes 已修订. */
    AMENDS("修订", "被修订"),
    /** 废止: the earlier document becomes 废止. */
    REPEALS("废止", "被废止"),
    /** 解读: a 政策解读 of the earlier document (its validity is untouched). */
    INTERPRETS("解读", "解读材料");

    private final String label;
    private final String inverseLabel;

    RelationKind(String label, String inverseLabel) {
        this.label = label;
        this.inverseLabel = inverseLabel;
    }

    public String label() {
        return label;
    }

    /** How the earlier record names the link, e.g. 被废止 (by …). */
    public String inverseLabel() {
        return inverseLabel;
    }
}
