package org.gongkai.catalog;

/** A catalog version was asked to move to a status it cannot reach from where it is (HTTP 409). */
public class IllegalCatalogTransition extends RuntimeException {

    public IllegalCatalogTransition(int number, CatalogStatus from, CatalogStatus to) {
        super("第" + number + "版目录当前为“" + from.label() + "”，不能变为“" + to.label() + "”");
    }
}
