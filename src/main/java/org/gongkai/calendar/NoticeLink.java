package org.gongkai.calendar;

import java.util.ArrayList;
import java.util.List;

/** One notice behind a year's arrangement, as shown in the console. */
public record NoticeLink(String title, String url) {

    /**
     * Pairs the titles (separated by "；") with the URLs (separated by spaces) of a year's arrangement. When the
     * counts differ, the whole title goes with the first URL and the others are shown by address.
     */
    static List<NoticeLink> of(String titles, String urls) {
        var titleList = List.of(titles.split(NoticeArrangement.TITLE_SEPARATOR));
        var urlList = List.of(urls.strip().split("\\s+"));
        var links = new ArrayList<NoticeLink>();
        for (var i = 0; i < urlList.size(); i++) {
            String title;
            if (titleList.size() == urlList.size()) {
                title = titleList.get(i).strip();
            } else {
                title = i == 0 ? titles : urlList.get(i);
            }
            links.add(new NoticeLink(title, urlList.get(i)));
        }
        return links;
    }
}
