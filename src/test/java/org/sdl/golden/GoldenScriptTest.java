package org.sdl.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sdl.repl.Engine;

/**
 * Runs every script under src/test/resources/golden (jlox-style). A script states what it must
 * print with {@code // expect: text} comments (compared, in order, with the non-blank lines of
 * standard output) or with a {@code name.out} file beside it (compared with all of standard
 * output). {@code // expect error: r(111)} or {@code // expect error: r(111) message text}
 * states the error code (and part of the message) the script must stop with;
 * {@code // expect stderr: text} lines must occur in standard error, in that order.
 */
class GoldenScriptTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s?(.*)$");
    private static final Pattern EXPECT_STDERR = Pattern.compile("//\\s*expect stderr: ?(.*)$");
    private static final Pattern EXPECT_ERROR = Pattern.compile("//\\s*expect error:\\s*r\\((\\d+)\\)\\s*(.*)$");

    static Stream<Path> scripts() throws IOException {
        return Files.walk(ROOT).filter(p -> p.toString().endsWith(".sdl")).sorted();
    }

    /** .gitattributes keeps this script byte for byte, so the CRLF reading is really tested. */
    @org.junit.jupiter.api.Test
    void crlfScriptKeepsItsWindowsLineEnds() throws IOException {
        String raw = new String(Files.readAllBytes(ROOT.resolve("source/crlf.sdl")), StandardCharsets.UTF_8);
        assertTrue(raw.contains("\r\n") && !raw.replace("\r\n", "").contains("\n"), "source/crlf.sdl lost its CRLF line ends");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void script(Path script) throws IOException {
        List<String> source = Files.readAllLines(script, StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        List<String> expectedStderr = new ArrayList<>();
        Integer expectedCode = null;
        String expectedMessage = null;
        for (String line : source) {
            Matcher e = EXPECT_ERROR.matcher(line);
            if (e.find()) {
                expectedCode = Integer.valueOf(e.group(1));
                expectedMessage = e.group(2).strip();
                continue;
            }
            Matcher se = EXPECT_STDERR.matcher(line);
            if (se.find()) {
                expectedStderr.add(se.group(1).stripTrailing());
                continue;
            }
            Matcher m = EXPECT.matcher(line);
            if (m.find()) {
                expected.add(m.group(1).stripTrailing());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Engine engine = new Engine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false);
        engine.session().setWorkingDir(script.getParent());
        int rc = engine.runFile(script, List.of());
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        if (expectedCode == null) {
            assertEquals(0, rc, "script failed:\n" + stderr);
        } else {
            assertEquals(expectedCode.intValue(), rc, "wrong return code; stderr:\n" + stderr);
            assertTrue(stderr.contains(script.getFileName().toString() + ":"), "error must name file:line\n" + stderr);
            assertTrue(stderr.contains("r(" + expectedCode + ");"), stderr);
            if (!expectedMessage.isEmpty()) {
                assertTrue(stderr.contains(expectedMessage), "message should contain '" + expectedMessage + "':\n" + stderr);
            }
        }
        RawValues.assertNone(script.getFileName().toString(), stdout + stderr);
        int from = 0;
        for (String want : expectedStderr) {
            int at = stderr.indexOf(want, from);
            assertTrue(at >= 0, "stderr should contain, in order, '" + want + "':\n" + stderr);
            from = at + want.length();
        }
        Path outFile = script.resolveSibling(script.getFileName().toString().replaceAll("\\.sdl$", ".out"));
        if (Files.exists(outFile)) {
            assertEquals(Files.readString(outFile, StandardCharsets.UTF_8).replace("\r\n", "\n"), stdout);
            return;
        }
        List<String> actual = new ArrayList<>();
        for (String l : stdout.split("\n")) {
            if (!l.isBlank()) {
                actual.add(l.stripTrailing());
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
