package org.sdl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, error rendering with file:line and caret, -e, --version. */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void inlineCommandsFollowStataMissingRules() {
        assertEquals(0, run("-e", "display 2+2", "-e", "display 5 > .", "-e", "display . > 5", "-e", "display .a > .",
            "-e", "display 1/0"));
        assertEquals("4\n0\n1\n1\n.\n", stdout());
    }

    @Test
    void syntaxErrorOnLine12ShowsLineAndCaretAndExits198(@TempDir Path dir) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= 11; i++) {
            s.append("display ").append(i).append('\n');
        }
        s.append("generate x = (1 + 2\n");
        Path script = dir.resolve("script.sdl");
        Files.writeString(script, s.toString());
        assertEquals(198, run(script.toString()));
        String e = stderr();
        assertTrue(e.contains("script.sdl:12:"), e);
        assertTrue(e.contains("generate x = (1 + 2"), e);
        assertTrue(e.lines().anyMatch(l -> l.strip().equals("^")), e);
        assertTrue(e.contains("r(198);"), e);
        assertTrue(stdout().startsWith("1\n2\n"), "commands before the error ran");
    }

    @Test
    void caretPointsAtTheOffendingTokenInsideALoop(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("loop.sdl");
        Files.writeString(script, "forvalues i = 1/2 {\n    display 1 + * 2\n}\n");
        assertEquals(198, run(script.toString()));
        String e = stderr();
        assertTrue(e.contains("loop.sdl:2:"), e);
        String[] lines = e.split("\n");
        int caretLine = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals("^")) {
                caretLine = i;
            }
        }
        assertTrue(caretLine > 0, e);
        assertEquals('*', lines[caretLine - 1].charAt(lines[caretLine].indexOf('^')), e);
    }

    /** The character above the caret in the rendered error, and the rendered line number. */
    private char caretChar(String e) {
        String[] lines = e.split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("^")) {
                return lines[i - 1].charAt(lines[i].indexOf('^'));
            }
        }
        throw new AssertionError("no caret in:\n" + e);
    }

    @Test
    void caretPointsAtTheOriginalColumnThroughMacroExpansion(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("macro.sdl");
        Files.writeString(script, "local long a_much_longer_value\nforvalues i = 1/2 {\n"
            + "    display \"`long'\" + `i' + * `i'\n}\n");
        assertEquals(198, run(script.toString()));
        String e = stderr();
        assertTrue(e.contains("macro.sdl:3:"), e);
        assertTrue(e.contains("    display \"`long'\" + `i' + * `i'"), "shows the original line:\n" + e);
        assertEquals('*', caretChar(e), e);
    }

    @Test
    void caretPointsIntoTheRightPhysicalLineOfAContinuedCommand(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("cont.sdl");
        Files.writeString(script, "display 1 + ///\n    2 + ///\n    ) 3\n");
        assertEquals(198, run(script.toString()));
        String e = stderr();
        assertTrue(e.contains("cont.sdl:3:"), e);
        assertEquals(')', caretChar(e), e);
    }

    @Test
    void unknownCommandSuggestsTheNearestName(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("typo.sdl");
        Files.writeString(a, "dispaly 1\n");
        assertEquals(199, run(a.toString()));
        assertTrue(stderr().contains("typo.sdl:1: unrecognized command: dispaly; did you mean display?"), stderr());
    }

    @Test
    void unknownCommandExits199AndUnknownVariable111(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.sdl");
        Files.writeString(a, "xtabond2 y x, gmm(L.y)\n");
        assertEquals(199, run(a.toString()));
        assertTrue(stderr().contains("a.sdl:1: unrecognized command: xtabond2"), stderr());
        Path b = dir.resolve("b.sdl");
        Files.writeString(b, "clear\nset obs 1\ngen educ = 1\nsummarize educt\n");
        assertEquals(111, run(b.toString()));
        assertTrue(stderr().contains("b.sdl:4: variable educt not found; did you mean educ?"), stderr());
    }

    @Test
    void scriptArgumentsBecomeNumberedLocals(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("args.sdl");
        Files.writeString(a, "args first second\ndisplay \"`first'-`second' [`0']\"\n");
        assertEquals(0, run(a.toString(), "x", "y"));
        assertEquals("x-y [x y]\n", stdout());
    }

    @Test
    void exitStatusIsCappedAt255() {
        assertEquals(255, run("-e", "error 2000"));
        assertTrue(stderr().contains("r(2000);"), stderr());
    }

    @Test
    void inlineCommandsAreNumberedLinesOfOneSource() {
        assertEquals(111, run("-e", "clear", "-e", "set obs 1", "-e", "generate educ = 1", "-e", "summarize educt"));
        assertTrue(stderr().startsWith("-e:4: variable educt not found"), stderr());
        assertEquals(0, run("-e", "foreach i in 1 2 {", "-e", "display `i'", "-e", "}"));
        assertEquals("1\n2\n", stdout());
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version"));
        assertTrue(stdout().startsWith("sdl "));
        assertEquals(0, run("--help"));
        assertTrue(stdout().contains("--check"));
    }

    @Test
    void internalErrorsAreNotStackTraces() {
        assertEquals(0, run("-e", "display 1"));
        assertTrue(!stderr().contains("Exception"));
    }
}
