package org.sdl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log format against Stata's. The expected text follows published Stata text logs: the
 * header block (rule of dashes, name/log/log type/opened on), ". command" echoes, a blank line
 * after each command's output but none after comment or blank lines (". *comment" directly
 * followed by the next ". command"), "> " for continued lines and "  2. " numbering inside
 * loops, as in the Stata 16 log of a public medical-data repository's README (dataXX.log,
 * 13 Aug 2025) and the stata-mcp package's logged do-file run ("end of do-file" after the last
 * command). Program bodies numbered from 1 and the error's "r(199);" twice (at the command and
 * after "end of do-file") are how Stata shows a do-file run in batch mode.
 */
class LogFormatTest {
    @Test
    void batchLogOfAScriptWithALoopAProgramAndAnError(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("demo.sdl");
        Files.writeString(script, String.join("\n",
            "* a loop, a program and an error",
            "foreach v in 1 2 {",
            "    display \"v=`v'\"",
            "}",
            "",
            "program define hello",
            "    display \"hello `1'\"",
            "end",
            "hello world",
            "display 1 + ///",
            "    2",
            "nosuchcommand",
            "display \"not reached\"",
            ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Engine engine = new Engine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false);
        int rc = engine.runFileLogged(script, List.of());
        assertEquals(199, rc);
        String log = Files.readString(dir.resolve("demo.log"), StandardCharsets.UTF_8)
            .replaceAll("opened on:  .*", "opened on:  <time>")
            .replace(dir.toString(), "<dir>");
        String expected = String.join("\n",
            "-".repeat(79),
            "      name:  <unnamed>",
            "       log:  <dir>/demo.log",
            "  log type:  text",
            " opened on:  <time>",
            "",
            ". do <dir>/demo.sdl",
            "",
            ". * a loop, a program and an error",
            ". foreach v in 1 2 {",
            "  2.     display \"v=`v'\"",
            "  3. }",
            "v=1",
            "v=2",
            "",
            ". ",
            ". program define hello",
            "  1.     display \"hello `1'\"",
            "  2. end",
            "",
            ". hello world",
            "hello world",
            "",
            ". display 1 + ///",
            ">     2",
            "3",
            "",
            ". nosuchcommand",
            "<dir>/demo.sdl:12: unrecognized command: nosuchcommand",
            "r(199);",
            "",
            "end of do-file",
            "r(199);",
            "");
        assertEquals(expected, log);
        // the screen shows the output as without -l
        assertEquals("v=1\nv=2\nhello world\n3\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void logUsingAnExistingFileNeedsReplaceOrAppend(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("old.log");
        Files.writeString(old, "keep me\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Engine engine = new Engine(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true), false);
        engine.session().setWorkingDir(dir);
        assertEquals(602, engine.runText("-e", "log using old"));
        assertEquals("keep me\n", Files.readString(old));
        assertEquals(0, engine.runText("-e", "log using old, append\ndisplay 42\nlog close"));
        String text = Files.readString(old);
        assertTrue(text.startsWith("keep me\n" + "-".repeat(79)), text);
        assertTrue(text.contains("\n. display 42\n42\n\n. log close\n      name:  <unnamed>\n"), text);
        assertTrue(text.contains(" closed on:  ") && text.endsWith("-".repeat(79) + "\n"), text);
    }
}
