package org.gongkai.publication;

/** A record was asked to move to a status it cannot reach from where it is (HTTP 409). */
public class IllegalInformationTransition extends RuntimeException {

    public IllegalInformationTransition(String indexNumber, InformationStatus from, InformationStatus to) {
        super("信息“" + indexNumber + "”当前为“" + from.label() + "”，不能变为“" + to.label() + "”");
    }
}
