package org.gongkai.publication;

/** No record with that id, or none the asker may see (HTTP 404). */
public class InformationNotFound extends RuntimeException {

    public InformationNotFound(long id) {
        super("信息不存在（编号 " + id + "）");
    }
}
