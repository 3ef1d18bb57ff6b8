package org.gongkai.publication.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The console's own texts (i18n/publication-console*.properties) in the language of the current request. */
@Component
class ConsoleMessages {

    private final MessageSource messages;

    ConsoleMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
