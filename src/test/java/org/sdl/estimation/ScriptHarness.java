package org.sdl.estimation;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.sdl.repl.Engine;

/** Runs sdl text in a fresh engine and keeps its output, error text and return code. */
final class ScriptHarness {
    final Engine engine;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    ScriptHarness() {
        engine = new Engine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), true);
    }

    int run(String script) {
        return engine.runText("test.sdl", script);
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static String data(String caseName) {
        Path p = Path.of("src/test/resources/conformance", caseName, "data.csv").toAbsolutePath();
        return "import delimited using \"" + p + "\", clear\n";
    }

    double scalar(String name) {
        Object v = engine.session().scalar(name);
        return ((Number) v).doubleValue();
    }
}
