package org.gongkai.publication.web;

import org.gongkai.publication.InformationView;

/** A 主动公开 record published late, or not yet published past its due day (条例 第二十六条). */
record ConsoleLateRow(long id, String indexNumber, String title, String unitName, String writtenOn, String dueOn,
        boolean dueProvisional, String publishedOn, String statusLabel) {

    static ConsoleLateRow of(InformationView view) {
        return new ConsoleLateRow(view.id(), view.indexNumber(), view.title(), view.unitName(),
                ConsoleText.day(view.writtenOn()), ConsoleText.day(view.dueOn()), view.dueProvisional(),
                ConsoleText.day(view.publishedAt()), view.statusLabel());
    }
}
