package org.gongkai.organization;

/** Administrative level of a unit, from the province down to the village. */
public enum UnitLevel {
    PROVINCE("省"),
    CITY("市"),
    COUNTY("县(区)"),
    TOWNSHIP("乡镇(街道)"),
    VILLAGE("村(社区)");

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static UnitLevel fromLabel(String text) {
        for (var level : values()) {
            if (level.label.equals(text) || level.name().equalsIgnoreCase(text)) {
                return level;
            }
        }
        throw new IllegalArgumentException("未知的层级：" + text);
    }
}
