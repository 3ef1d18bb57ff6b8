package org.gongkai.catalog;

/**
 * 公开渠道和载体: the channel vocabulary printed as ■/□ check boxes in the standard catalog tables
 * (DOMAIN.md §8.2). {@link #OTHER} carries a free text beside it.
 */
public enum Channel {
    GOVERNMENT_WEBSITE("政府网站"),
    GAZETTE("政府公报"),
    NEW_MEDIA("两微一端"),
    PRESS_CONFERENCE("发布会/听证会"),
    BROADCAST("广播电视"),
    PRINT("纸质媒体"),
    READING_POINT("公开查阅点"),
    SERVICE_CENTER("政务服务中心"),
    SERVICE_STATION("便民服务站"),
    DOOR_TO_DOOR("入户/现场"),
    NOTICE_BOARD("社区/企事业单位/村公示栏（电子屏）"),
    TARGETED_PUSH("精准推送"),
    HOTLINE("12345政务服务热线"),
    OTHER("其他");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
