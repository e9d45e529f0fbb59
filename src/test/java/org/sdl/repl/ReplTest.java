package org.sdl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the REPL through a JLine terminal on piped streams: a three-line foreach block is
 * typed, the REPL waits for the closing brace (the interpreter says the input is incomplete),
 * then runs it; end of input leaves the REPL.
 */
class ReplTest {
    @Test
    void threeLineForeachBlockRunsWhenClosed(@TempDir Path home) throws Exception {
        String typed = "foreach x in a b c {\n    display \"<`x'>\"\n}\ndisplay \"done\"\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        Thread[] user = new Thread[1];
        String oldHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(keyboard, 1 << 16);
        // the "user" types the block, then closes the input (Ctrl-D) once the results are out;
        // the wait is a guard against hanging, not a timing assertion
        user[0] = new Thread(() -> {
            try {
                keyboard.write(typed.getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
                for (int i = 0; i < 200 && !results.toString(StandardCharsets.UTF_8).contains("done"); i++) {
                    Thread.sleep(50);
                }
                keyboard.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        user[0].start();
        try (Terminal t = TerminalBuilder.builder().system(false).type("dumb").streams(input, screen).build()) {
            Engine engine = new Engine(new PrintStream(results, true, StandardCharsets.UTF_8),
                new PrintStream(results, true, StandardCharsets.UTF_8), false);
            assertEquals(0, new Repl(engine, true, t).run());
        } finally {
            System.setProperty("user.home", oldHome);
            user[0].join();
        }
        assertEquals("<a>\n<b>\n<c>\ndone\n", results.toString(StandardCharsets.UTF_8), screen.toString(StandardCharsets.UTF_8));
        String shown = screen.toString(StandardCharsets.UTF_8);
        // three primary prompts: the whole block, the display, and the one answered by end of input
        assertEquals(3, shown.split("\\. ", -1).length - 1, "prompts: " + shown);
    }

    @Test
    void browsePagesThroughTheDataUntilTheUserQuits(@TempDir Path home) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        String oldHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(keyboard, 1 << 16);
        // the user asks for the data, reads two pages (space after the first "more"), stops with
        // q after the second, then runs one more command; each key waits for the prompt to show
        Thread user = new Thread(() -> {
            try {
                keyboard.write("set obs 50\ngenerate x = _n\nbrowse\n".getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
                waitFor(screen, "-- more --", 1);
                keyboard.write(' ');
                keyboard.flush();
                waitFor(screen, "-- more --", 2);
                keyboard.write('q');
                keyboard.write("display \"done\"\n".getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
                for (int i = 0; i < 200 && !results.toString(StandardCharsets.UTF_8).contains("done"); i++) {
                    Thread.sleep(50);
                }
                keyboard.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        user.start();
        try (Terminal t = TerminalBuilder.builder().system(false).type("dumb").streams(input, screen).build()) {
            Engine engine = new Engine(new PrintStream(results, true, StandardCharsets.UTF_8),
                new PrintStream(results, true, StandardCharsets.UTF_8), false);
            assertEquals(0, new Repl(engine, true, t).run());
        } finally {
            System.setProperty("user.home", oldHome);
            user.join();
        }
        String shown = screen.toString(StandardCharsets.UTF_8);
        // a 24-line screen holds 19 observations: pages 1-19 and 20-38, then the user stopped
        assertTrue(shown.contains(" 1. |  1 |") && shown.contains("19. | 19 |"), shown);
        assertTrue(shown.contains("20. | 20 |") && shown.contains("38. | 38 |"), shown);
        assertTrue(!shown.contains("39. |"), shown);
        assertTrue(results.toString(StandardCharsets.UTF_8).contains("done"));
    }

    /** Waits (bounded, so a broken pager fails instead of hanging) for the count-th occurrence. */
    private static void waitFor(ByteArrayOutputStream screen, String text, int count) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            String s = screen.toString(StandardCharsets.UTF_8);
            if (s.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= count) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /**
     * Tab completes a subcommand (matrix li → list), a variable name from its start
     * (summarize myv → myvariable) and a command name (summ → summarize), and help regress shows
     * the packaged page, all typed through JLine's terminal.
     */
    @Test
    void tabCompletesSubcommandsVariablesAndCommandsAndHelpShowsThePage(@TempDir Path home) throws Exception {
        String typed = "set obs 2\ngenerate myvariable = 7\nmatrix A = (1)\nmatrix li\t A\nsumm\t myv\t\n"
            + "help regress\ndisplay \"done\"\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        String oldHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(keyboard, 1 << 16);
        Thread user = new Thread(() -> {
            try {
                keyboard.write(typed.getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
                for (int i = 0; i < 200 && !results.toString(StandardCharsets.UTF_8).contains("done"); i++) {
                    Thread.sleep(50);
                }
                keyboard.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        user.start();
        try (Terminal t = TerminalBuilder.builder().system(false).type("dumb").streams(input, screen).build()) {
            Engine engine = new Engine(new PrintStream(results, true, StandardCharsets.UTF_8),
                new PrintStream(results, true, StandardCharsets.UTF_8), false);
            assertEquals(0, new Repl(engine, true, t).run());
        } finally {
            System.setProperty("user.home", oldHome);
            user.join();
        }
        String shown = results.toString(StandardCharsets.UTF_8);
        // matrix list A: the 1x1 matrix laid out as Stata's matrix list
        assertTrue(shown.contains("A[1,1]\n    c1\nr1   1\n"), shown);
        // summarize myvariable: its row in the summary table (2 obs, mean 7)
        assertTrue(shown.contains("  myvariable |          2           7           0          7          7"), shown);
        // help regress: the page's title and an option row from docs/commands/regress.md
        assertTrue(shown.contains("regress\n----") && shown.contains("vce(cluster var)"), shown);
        // no command failed: an error ends with a line "r(#);" (the help page itself may mention r(198))
        assertTrue(!java.util.regex.Pattern.compile("(?m)^r\\(\\d+\\);").matcher(shown).find(), shown);
    }

    @Test
    void completenessFollowsBlocksAndContinuations() {
        Engine engine = new Engine(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), false);
        assertTrue(!engine.interpreter().isComplete("foreach x in a {"));
        assertTrue(!engine.interpreter().isComplete("display 1 ///"));
        assertTrue(!engine.interpreter().isComplete("program define p\n display 1"));
        assertTrue(engine.interpreter().isComplete("foreach x in a {\n display 1\n}"));
        assertTrue(engine.interpreter().isComplete("display 1"));
        assertTrue(!engine.interpreter().isComplete("input x y\n1 2"));
        assertTrue(engine.interpreter().isComplete("input x y\n1 2\nend"));
    }
}
