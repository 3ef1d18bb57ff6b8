package org.gongkai.organization;

/** Account data breaks a rule; the message is shown to the user as it is. */
public class InvalidAccountData extends RuntimeException {

    public InvalidAccountData(String message) {
        super(message);
    }
}
