package org.sdl.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown help pages laid out for a terminal; expected lines worked out by hand from the rules. */
class HelpTextTest {
    @Test
    void headingsCodeTablesAndWrappedParagraphs() {
        String md = String.join("\n",
            "# demo",
            "",
            "## Syntax",
            "",
            "```stata",
            "demo varlist [if] [, detail]",
            "```",
            "",
            "A `demo` paragraph that is long enough to be wrapped at the width of forty columns.",
            "",
            "| option | meaning |",
            "|---|---|",
            "| `detail` | more statistics |",
            "");
        List<String> lines = HelpText.render(md, 40);
        assertEquals(List.of(
            "demo",
            "--------------------",
            "",
            "Syntax",
            "",
            "    demo varlist [if] [, detail]",
            "",
            "    A demo paragraph that is long enough",
            "    to be wrapped at the width of forty",
            "    columns.",
            "",
            "    option  meaning",
            "    ------------------------------------",
            "    detail  more statistics"), lines);
    }

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertEquals(4, DisplayWidth.of("微信"));
        assertEquals(5, DisplayWidth.of("a微信"));
        assertEquals("微信  |", DisplayWidth.padRight("微信", 6) + "|");
        assertEquals("  微信|", DisplayWidth.padLeft("微信", 6) + "|");
    }
}
