package org.gongkai.catalog;

/** Catalog data or a catalog action breaks a rule; the message is shown to the user as it is. */
public class InvalidCatalogData extends RuntimeException {

    public InvalidCatalogData(String message) {
        super(message);
    }
}
