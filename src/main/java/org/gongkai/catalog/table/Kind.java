package org.gongkai.catalog.table;

/** What a column of the table holds, with the name used for it in messages. */
enum Kind {
    INDEX("序号"),
    FIRST_LEVEL("一级事项"),
    SECOND_LEVEL("二级事项"),
    CONTENT("公开内容（要素）"),
    BASIS("公开依据"),
    TIME_LIMIT("公开时限"),
    SUBJECT("公开主体"),
    CHANNELS("公开渠道和载体"),
    PUBLIC("公开对象"),
    SPECIFIC_GROUPS("公开对象"),
    PROACTIVE("公开方式"),
    ON_REQUEST("公开方式"),
    LEVEL("公开层级");

    private final String heading;

    Kind(String heading) {
        this.heading = heading;
    }

    /** The standard row-1 heading of the column. */
    String heading() {
        return heading;
    }
}
