package org.gongkai.publication;

/** An attachment's bytes with what a browser needs to save it. */
public record AttachmentDownload(String fileName, String mediaType, byte[] content) {}
