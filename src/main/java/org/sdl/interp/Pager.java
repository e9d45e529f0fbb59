package org.sdl.interp;

import java.util.List;

/**
 * A screen that shows text a page at a time and asks before the next: the interactive REPL
 * provides one (for browse); scripts and tests have none.
 */
public interface Pager {
    /** Lines of text that fit on one screen, prompt included. */
    int height();

    /** Shows one page; when more follow, asks the user; false when they quit. */
    boolean show(List<String> lines, boolean more);
}
