package org.gongkai.catalog.web;

/** A file to download: its name (may be Chinese) and its bytes. */
record PortalDownload(String filename, byte[] content) {}
