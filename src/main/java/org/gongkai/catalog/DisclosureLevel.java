package org.gongkai.catalog;

/** 公开层级: which level of government discloses the item; an item may be disclosed at several. */
public enum DisclosureLevel {
    COUNTY("县级"),
    TOWNSHIP("乡级"),
    VILLAGE("村级");

    private final String label;

    DisclosureLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
