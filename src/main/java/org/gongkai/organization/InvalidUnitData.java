package org.gongkai.organization;

/** A unit's data breaks a rule of the organisation tree; the message is shown to the user as it is. */
public class InvalidUnitData extends RuntimeException {

    public InvalidUnitData(String message) {
        super(message);
    }
}
