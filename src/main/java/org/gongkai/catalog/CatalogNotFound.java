package org.gongkai.catalog;

/** No catalog with that id (HTTP 404). */
public class CatalogNotFound extends RuntimeException {

    public CatalogNotFound(long id) {
        super("目录不存在（编号 " + id + "）");
    }
}
