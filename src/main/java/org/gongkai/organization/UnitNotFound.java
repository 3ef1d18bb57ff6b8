package org.gongkai.organization;

/** No unit with that id (HTTP 404). */
public class UnitNotFound extends RuntimeException {

    public UnitNotFound(long id) {
        super("单位不存在（编号 " + id + "）");
    }
}
