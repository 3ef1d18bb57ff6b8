package org.gongkai.publication;

/** A unit in the 政府信息公开 column's unit chooser. */
public record PublicUnit(long id, String name, String levelLabel, String kindLabel, int depth, boolean government) {}
