package org.gongkai.publication;

/** 有效性 of a normative document (规范性文件): it is marked on the record and filtered in the library. */
public enum Validity {
    VALID("有效"),
    EXPIRED("失效"),
    REPEALED("废止"),
    AMENDED("已修订");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
