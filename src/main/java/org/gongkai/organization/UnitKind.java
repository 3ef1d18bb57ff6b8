package org.gongkai.organization;

/** What sort of body a unit is. */
public enum UnitKind {
    GOVERNMENT("人民政府"),
    DEPARTMENT("政府工作部门"),
    SUBDISTRICT("街道办事处"),
    COMMITTEE("村民委员会/居民委员会"),
    PUBLIC_INSTITUTION("公共企事业单位"),
    PARTY_ORGAN("党委机构"),
    VERTICAL("垂直管理机构"),
    OTHER("其他机构");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A government in the sense of the regulation: a people's government or a street office acting for one. */
    public boolean isGovernment() {
        return this == GOVERNMENT || this == SUBDISTRICT;
    }

    public static UnitKind fromLabel(String text) {
        for (var kind : values()) {
            if (kind.label.equals(text) || kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("未知的单位类型：" + text);
    }
}
