package org.gongkai.catalog;

/** No negative-list entry with that id (HTTP 404). */
public class NegativeEntryNotFound extends RuntimeException {

    public NegativeEntryNotFound(long id) {
        super("负面清单事项不存在（编号 " + id + "）");
    }
}
