package org.gongkai.publication;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A 文号 that cannot be read. The message is Chinese and says what is wrong, so it can be shown on the form as it is;
 * where the intended number is clear (e.g. the year brackets are missing but issuer, year and serial are there),
 * {@link #suggestion()} holds its normalised form.
 */
public class InvalidDocumentNumber extends RuntimeException {

    private final @Nullable String suggestion;

    public InvalidDocumentNumber(String message) {
        this(message, null);
    }

    public InvalidDocumentNumber(String message, @Nullable String suggestion) {
        super(message);
        this.suggestion = suggestion;
    }

    /** The normalised 文号 the text probably means, if it is unambiguous. */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
