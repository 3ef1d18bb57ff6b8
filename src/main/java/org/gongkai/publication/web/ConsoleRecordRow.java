package org.gongkai.publication.web;

import org.gongkai.publication.InformationView;

/** A record in the console's list. */
record ConsoleRecordRow(long id, String indexNumber, String title, String unitName, String status,
        String statusLabel, String writtenOn, String dueOn, boolean dueProvisional, boolean late) {

    static ConsoleRecordRow of(InformationView view) {
        return new ConsoleRecordRow(view.id(), view.indexNumber(), view.title(), view.unitName(),
                view.status().name(), view.statusLabel(), ConsoleText.day(view.writtenOn()),
                ConsoleText.day(view.dueOn()), view.dueProvisional(), view.late());
    }
}
