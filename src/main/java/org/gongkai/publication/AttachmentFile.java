package org.gongkai.publication;

/** An uploaded file that passed the checks: its kind as detected from the bytes, hash and extracted text. */
record AttachmentFile(String fileName, AttachmentKind kind, byte[] content, String sha256, String text) {}
