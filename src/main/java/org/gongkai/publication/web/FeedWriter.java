package org.gongkai.publication.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.gongkai.publication.FeedEntry;

/**
 * Writes Atom 1.0 (RFC 4287) and RSS 2.0 documents with the JDK's StAX writer, which escapes every text and
 * attribute. {@code com.rometools:rome} is not served by our Maven mirror; the two formats are small enough.
 */
final class FeedWriter {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A feed's identity: title, the page it mirrors and its own address (both absolute). */
    record Channel(String title, String description, String pageUrl, String selfUrl, String language) {}

    private FeedWriter() {}

    static String atom(Channel channel, List<FeedEntry> entries, String recordUrlPrefix, Instant now) {
        return write(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            xml.writeAttribute("xml:lang", channel.language());
            element(xml, "id", channel.selfUrl());
            element(xml, "title", channel.title());
            element(xml, "subtitle", channel.description());
            element(xml, "updated", rfc3339(entries.isEmpty() ? now : entries.get(0).publishedAt()));
            link(xml, "self", channel.selfUrl(), "application/atom+xml");
            link(xml, "alternate", channel.pageUrl(), "text/html");
            xml.writeStartElement("author");
            element(xml, "name", channel.title());
            xml.writeEndElement();
            for (var entry : entries) {
                var url = recordUrlPrefix + entry.id();
                xml.writeStartElement("entry");
                element(xml, "id", url);
                element(xml, "title", entry.title());
                link(xml, "alternate", url, "text/html");
                element(xml, "published", rfc3339(entry.publishedAt()));
                element(xml, "updated", rfc3339(entry.publishedAt()));
                xml.writeStartElement("author");
                element(xml, "name", entry.unitName());
                xml.writeEndElement();
                if (entry.typeName() != null) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", xmlChars(entry.typeName()));
                }
                element(xml, "summary", summary(entry));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    static String rss(Channel channel, List<FeedEntry> entries, String recordUrlPrefix, Instant now) {
        return write(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM_NS);
            xml.writeStartElement("channel");
            element(xml, "title", channel.title());
            element(xml, "link", channel.pageUrl());
            element(xml, "description", channel.description());
            element(xml, "language", channel.language());
            element(xml, "lastBuildDate", rfc822(entries.isEmpty() ? now : entries.get(0).publishedAt()));
            xml.writeEmptyElement("atom", "link", ATOM_NS);
            xml.writeAttribute("href", channel.selfUrl());
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            for (var entry : entries) {
                var url = recordUrlPrefix + entry.id();
                xml.writeStartElement("item");
                element(xml, "title", entry.title());
                element(xml, "link", url);
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "true");
                xml.writeCharacters(url);
                xml.writeEndElement();
                element(xml, "pubDate", rfc822(entry.publishedAt()));
                if (entry.typeName() != null) {
                    element(xml, "category", entry.typeName());
                }
                element(xml, "description", summary(entry));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /** The sitemap protocol 0.9: each address with its last change, when known. */
    record SitemapUrl(String loc, Instant lastModified) {}

    static String sitemap(List<SitemapUrl> urls) {
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (var url : urls) {
                xml.writeStartElement("url");
                element(xml, "loc", url.loc());
                if (url.lastModified() != null) {
                    element(xml, "lastmod", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            url.lastModified().truncatedTo(ChronoUnit.SECONDS).atZone(CHINA)));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static String summary(FeedEntry entry) {
        var parts = new StringBuilder(entry.unitName());
        if (entry.documentNumber() != null) {
            parts.append(' ').append(entry.documentNumber());
        }
        if (entry.summary() != null) {
            parts.append(' ').append(entry.summary());
        }
        return parts.toString();
    }

    private static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(CHINA));
    }

    private static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(CHINA));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : xmlChars(text));
        xml.writeEndElement();
    }

    /** Drops what XML 1.0 cannot carry at all (control characters, lone surrogates), which StAX would write. */
    static String xmlChars(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        var out = new StringWriter();
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
        return out.toString();
    }
}
