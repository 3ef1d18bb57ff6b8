package org.gongkai.publication.web;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.organization.UnitNotFound;
import org.gongkai.publication.ColumnUnits;
import org.gongkai.publication.InformationVocabulary;
import org.gongkai.publication.PublicFeeds;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom and RSS feeds of the 政府信息公开 column — the whole column, one unit, either narrowed to one type with
 * {@code ?type=} — and {@code /sitemap.xml}. Only published 主动公开 records, the newest {@value PublicFeeds#FEED_SIZE}.
 */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final PublicFeeds feeds;
    private final ColumnUnits units;
    private final InformationVocabulary vocabulary;
    private final MessageSource messages;
    private final Clock clock;

    FeedController(PublicFeeds feeds, ColumnUnits units, InformationVocabulary vocabulary, MessageSource messages,
            Clock clock) {
        this.feeds = feeds;
        this.units = units;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/xxgk/feed.atom")
    ResponseEntity<String> columnAtom(@RequestParam(required = false) String type, Locale locale) {
        return atom(null, type, locale);
    }

    @GetMapping("/xxgk/feed.rss")
    ResponseEntity<String> columnRss(@RequestParam(required = false) String type, Locale locale) {
        return rss(null, type, locale);
    }

    @GetMapping("/xxgk/{unitId:\\d+}/feed.atom")
    ResponseEntity<String> unitAtom(@PathVariable long unitId, @RequestParam(required = false) String type,
            Locale locale) {
        return atom(unitId, type, locale);
    }

    @GetMapping("/xxgk/{unitId:\\d+}/feed.rss")
    ResponseEntity<String> unitRss(@PathVariable long unitId, @RequestParam(required = false) String type,
            Locale locale) {
        return rss(unitId, type, locale);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        var base = base();
        var urls = new ArrayList<FeedWriter.SitemapUrl>();
        for (var path : List.of("/", "/xxgk", "/ysqgk", "/hdjl", "/bsfw", "/xxgk/list", "/xxgk/normative", "/search",
                "/catalogs", "/catalogs/negative-list")) {
            urls.add(new FeedWriter.SitemapUrl(base + path, null));
        }
        var content = feeds.sitemap();
        content.catalogs().stream().map(c -> c.unitId()).distinct()
                .forEach(unitId -> urls.add(new FeedWriter.SitemapUrl(base + "/catalogs/units/" + unitId, null)));
        content.catalogs().forEach(c -> urls.add(new FeedWriter.SitemapUrl(base + "/catalogs/" + c.id(),
                c.publishedAt())));
        content.records().forEach(r -> urls.add(new FeedWriter.SitemapUrl(base + "/xxgk/info/" + r.id(),
                r.publishedAt())));
        return ResponseEntity.ok().contentType(XML).body(FeedWriter.sitemap(urls));
    }

    private ResponseEntity<String> atom(Long unitId, String type, Locale locale) {
        var channel = channel(unitId, type, "feed.atom", locale);
        return ResponseEntity.ok().contentType(ATOM).body(FeedWriter.atom(channel, feeds.entries(unitId, blank(type)),
                base() + "/xxgk/info/", clock.instant()));
    }

    private ResponseEntity<String> rss(Long unitId, String type, Locale locale) {
        var channel = channel(unitId, type, "feed.rss", locale);
        return ResponseEntity.ok().contentType(RSS).body(FeedWriter.rss(channel, feeds.entries(unitId, blank(type)),
                base() + "/xxgk/info/", clock.instant()));
    }

    private FeedWriter.Channel channel(Long unitId, String type, String file, Locale locale) {
        var base = base();
        var column = messages.getMessage("xxgk.title", null, locale);
        var title = new StringBuilder(column);
        var path = unitId == null ? "/xxgk/" : "/xxgk/" + unitId + "/";
        var page = base + (unitId == null ? "/xxgk/list" : "/xxgk/list?unit=" + unitId);
        if (unitId != null) {
            title.append(" · ").append(units.unit(unitId).name());
        }
        var query = "";
        if (blank(type) != null) {
            title.append(" · ").append(vocabulary.typeName(type.strip()));
            query = "?type=" + java.net.URLEncoder.encode(type.strip(), java.nio.charset.StandardCharsets.UTF_8);
            page += (unitId == null ? "?" : "&") + query.substring(1);
        }
        return new FeedWriter.Channel(title.toString(), messages.getMessage("xxgk.feed.description", null, locale),
                page, base + path + file + query, "en".equals(locale.getLanguage()) ? "en" : "zh-CN");
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @ExceptionHandler
    void on(UnitNotFound e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    }
}
