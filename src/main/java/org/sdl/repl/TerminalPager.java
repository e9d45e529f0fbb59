package org.sdl.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.sdl.interp.Pager;

/** browse's pager on the REPL's terminal: a page, then "-- more --" and one key. */
final class TerminalPager implements Pager {
    /** Used when the terminal does not report its size (dumb terminals, pipes). */
    private static final int DEFAULT_HEIGHT = 24;
    private static final String PROMPT = "-- more -- (space or Enter: next page, q: stop)";

    private final Terminal terminal;

    TerminalPager(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int height() {
        int h = terminal.getHeight();
        return h > 5 ? h : DEFAULT_HEIGHT;
    }

    @Override
    public boolean show(List<String> lines, boolean more) {
        PrintWriter w = terminal.writer();
        for (String l : lines) {
            w.println(l);
        }
        if (!more) {
            w.flush();
            return false;
        }
        w.print(PROMPT);
        w.flush();
        Attributes saved = terminal.enterRawMode();
        try {
            int key = terminal.reader().read();
            w.print("\r" + " ".repeat(PROMPT.length()) + "\r");
            w.flush();
            return key != 'q' && key != 'Q' && key >= 0;
        } catch (IOException e) {
            return false;
        } finally {
            terminal.setAttributes(saved);
        }
    }
}
