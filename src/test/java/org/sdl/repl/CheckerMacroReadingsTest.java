package org.sdl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --check takes a macro as possibly anything: no false syntax errors, real ones still found. */
class CheckerMacroReadingsTest {
    private String check(Path dir, String text) throws IOException {
        Path f = dir.resolve("t.do");
        Files.writeString(f, text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Checker(new PrintStream(out, true, StandardCharsets.UTF_8)).check(List.of(f.toString()));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void macrosThatCanMakeALineValidAreNotErrors(@TempDir Path dir) throws IOException {
        String out = check(dir, String.join("\n",
            "oprobit y x if a==0 `restrict', robust",
            "gen p = (`k_`date'' < D)",
            "gen r = (.`t' * c)^(1/$bHat) + 1",
            "replace tau = 0.`t' if _n==`t'",
            "gen f = F`h'.`y'",
            "replace v = (B[`j'] + B[`=`j'+1'])/2 if inrange(l, r(r`j'), r(r`=`j'+1'))",
            "qui: eststo: regress y x `ctrls' [aw=w], cluster(s)",
            "drop if d < td(9 May 2016)",
            ""));
        assertTrue(out.contains("0 unknown, 0 syntax errors"), out);
    }

    @Test
    void aLineNoReadingRepairsIsStillReported(@TempDir Path dir) throws IOException {
        String out = check(dir, "gen z = (`a' + \nregress y x, , ,\n");
        assertEquals(2, out.lines().filter(l -> l.contains("t.do:")).count(), out);
    }
}
