package org.gongkai.publication.web;

import java.util.List;

/** One choice of a select on a console page or a filter of the search page: the value sent and the text shown. */
record ConsoleOption(String value, String label) {

    /** Options under a heading (an optgroup): the items of one catalog. */
    record Group(String label, List<ConsoleOption> options) {}
}
