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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sdl --check: reports exactly unknown commands and syntax errors, and nothing on the golden scripts. */
class CheckerTest {
    private String output;

    private int check(List<String> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = new Checker(new PrintStream(out, true, StandardCharsets.UTF_8)).check(files);
        output = out.toString(StandardCharsets.UTF_8);
        return rc;
    }

    @Test
    void reportsUnknownCommandAndSyntaxErrorWithLines(@TempDir Path dir) throws IOException {
        String text = "* header comment\r\n"
            + "use data.dta, clear\r\n"
            + "xtabond2 y x, gmm(L.y)\r\n"
            + "#delimit ;\r\n"
            + "regress y x1\r\n   x2, vce(robust);\r\n"
            + "#delimit cr\r\n"
            + "summarize y ///\r\n    x1 x2, detail\r\n"
            + "generate z = (x1 + \r\n"
            + "local k `x' + 1\r\n"
            + "if `k' > 1 summarize y\r\n"
            + "else display \"small\"\r\n";
        Path f = dir.resolve("paper.sdl");
        Files.writeString(f, text);
        int rc = check(List.of(f.toString()));
        assertTrue(rc != 0);
        List<String> problems = output.lines().filter(l -> l.startsWith(f.toString())).collect(Collectors.toList());
        assertEquals(2, problems.size(), output);
        assertTrue(problems.get(0).startsWith(f + ":3: unknown command xtabond2"), output);
        assertTrue(problems.get(1).startsWith(f + ":10:"), output);
        assertTrue(output.contains("1 unknown, 1 syntax errors"), output);
    }

    @Test
    void goldenScriptsAreClean() throws IOException {
        List<String> files;
        try (var s = Files.walk(Path.of("src/test/resources/golden"))) {
            files = s.filter(p -> p.toString().endsWith(".sdl")).filter(CheckerTest::notDeliberatelyBroken)
                .map(Path::toString).sorted().collect(Collectors.toList());
        }
        assertTrue(files.size() > 80);
        assertEquals(0, check(files), output);
    }

    /** Scripts that exist to provoke syntax errors or unknown commands carry "// check: skip". */
    private static boolean notDeliberatelyBroken(Path p) {
        try {
            return !Files.readString(p).contains("// check: skip");
        } catch (IOException e) {
            return true;
        }
    }
}
