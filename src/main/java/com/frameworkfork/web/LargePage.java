package com.frameworkfork.web;

/**
 * A page template whose output is large (hundreds of kilobytes): it is written to the response as it
 * renders instead of into memory first, as other pages are. Buffering a page that size costs several
 * megabytes of copies per view, and with many readers at once the collector spends more time on them
 * than the rendering takes. Features register their large pages as beans.
 *
 * @param template the template's name, as a controller returns it
 */
public record LargePage(String template) {
}
