package org.sdl.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sdl.repl.Engine;

/**
 * Every case in src/test/resources/conformance (copied from shared/conformance): load data.csv,
 * run the case's command through the interpreter, run estat subcommands the case expects,
 * export the results as JSON and compare them with expect at the case's tolerances, exactly as
 * conformance/README.md prescribes. All mismatches of a case are reported together.
 */
class ConformanceTest {
    private static final Path ROOT = Path.of("src/test/resources/conformance");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException {
        return Files.list(ROOT).filter(p -> Files.exists(p.resolve("case.json"))).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conforms(Path dir, @TempDir Path tmp) throws IOException {
        JsonNode c = JSON.readTree(dir.resolve("case.json").toFile());
        String command = c.get("command").asText();
        JsonNode expect = c.get("expect");
        JsonNode tol = c.get("tol");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Engine engine = new Engine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), true);
        // no skipping: a case whose command is missing must fail, not disappear from the count
        Path json = tmp.resolve("out.json");
        StringBuilder script = new StringBuilder();
        script.append("import delimited using \"").append(dir.resolve("data.csv").toAbsolutePath()).append("\", clear asdouble\n");
        script.append(command).append('\n');
        for (String estat : new String[] {"firststage", "endogenous", "overid"}) {
            if (expect.has("estat_" + estat)) {
                script.append("estat ").append(estat).append('\n');
            }
        }
        script.append("estimates export using \"").append(json).append("\", replace\n");
        int rc = engine.runText(dir.getFileName() + ".sdl", script.toString());
        assertEquals(0, rc, "script failed:\n" + err.toString(StandardCharsets.UTF_8));
        org.sdl.golden.RawValues.assertNone(dir.getFileName() + " export", Files.readString(json));
        org.sdl.golden.RawValues.assertNone(dir.getFileName() + " output", out.toString(StandardCharsets.UTF_8));
        JsonNode got = JSON.readTree(json.toFile());
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            compareKey(e.getKey(), e.getValue(), got, tol, problems);
        }
        if (!problems.isEmpty()) {
            fail(dir.getFileName() + ": " + problems.size() + " mismatches\n" + String.join("\n", problems));
        }
    }

    private void compareKey(String key, JsonNode want, JsonNode got, JsonNode tol, List<String> problems) {
        switch (key) {
            case "N":
                compareNumber("N", "N", want, got.get("N"), tol, problems);
                return;
            case "b": case "se":
                want.fields().forEachRemaining(e -> compareNumber(key + "." + e.getKey(), key, e.getValue(),
                    got.path(key).get(e.getKey()), tol, problems));
                return;
            case "names": case "omitted":
                if (!want.equals(got.get(key))) {
                    problems.add(key + ": expected " + want + ", got " + got.get(key));
                }
                return;
            case "vce":
                if (!want.asText().equals(got.path("vce").asText())) {
                    problems.add("vce: expected " + want.asText() + ", got " + got.path("vce").asText());
                }
                return;
            default:
                break;
        }
        JsonNode actual = got.path("scalars").get(key);
        if (actual == null) {
            actual = got.path("macros").get(key);
        }
        if (actual == null) {
            actual = got.path("results").get(key);
        }
        compareTree(key, key, want, actual, tol, problems);
    }

    private void compareTree(String path, String top, JsonNode want, JsonNode got, JsonNode tol, List<String> problems) {
        if (want.isObject()) {
            if (got == null || !got.isObject()) {
                problems.add(path + ": missing (expected an object)");
                return;
            }
            want.fields().forEachRemaining(e -> compareTree(path + "." + e.getKey(), top, e.getValue(),
                got.get(e.getKey()), tol, problems));
            return;
        }
        if (want.isTextual()) {
            if (got == null || !want.asText().equals(got.asText())) {
                problems.add(path + ": expected '" + want.asText() + "', got " + got);
            }
            return;
        }
        compareNumber(path, top, want, got, tol, problems);
    }

    private void compareNumber(String path, String top, JsonNode want, JsonNode got, JsonNode tol, List<String> problems) {
        if (want.isNull()) {
            if (got != null && !got.isNull()) {
                problems.add(path + ": expected missing (null), got " + got);
            }
            return;
        }
        if (got == null || got.isNull() || !got.isNumber()) {
            problems.add(path + ": expected " + want.asDouble() + ", got " + got);
            return;
        }
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        double t = tol.has(leaf) ? tol.get(leaf).asDouble() : tol.has(top) ? tol.get(top).asDouble()
            : tol.path("default").asDouble(1e-6);
        double abs = tol.has("abs") ? tol.get("abs").asDouble() : 0;
        double e = want.asDouble();
        double g = got.asDouble();
        double diff = Math.abs(g - e);
        if (!(diff <= t * Math.abs(e) || diff <= abs)) {
            problems.add(String.format("%s: expected %.15g, got %.15g (rel diff %.3g, tol %.3g)", path, e, g,
                e == 0 ? diff : diff / Math.abs(e), t));
        }
    }
}
