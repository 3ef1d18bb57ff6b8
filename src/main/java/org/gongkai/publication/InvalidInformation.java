package org.gongkai.publication;

/** A record or an action on it breaks a rule; the message is shown to the user as it is. */
public class InvalidInformation extends RuntimeException {

    public InvalidInformation(String message) {
        super(message);
    }
}
