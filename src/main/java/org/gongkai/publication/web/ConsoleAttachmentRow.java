package org.gongkai.publication.web;

import org.gongkai.publication.AttachmentView;

/** An attachment in the record page's list. */
record ConsoleAttachmentRow(long id, String fileName, String kind, String size, String uploadedAt) {

    static ConsoleAttachmentRow of(AttachmentView view) {
        return new ConsoleAttachmentRow(view.id(), view.fileName(), view.kindLabel(), view.sizeText(),
                ConsoleText.minute(view.uploadedAt()));
    }
}
