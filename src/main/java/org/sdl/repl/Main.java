package org.sdl.repl;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.Session;

/** Command-line entry: sdl [script.sdl args...] | -e 'cmd' ... | --check files | (REPL). */
public final class Main {
    private Main() {}

    private static final String USAGE = String.join("\n",
        "usage: sdl [options] [script.sdl [args...]]",
        "  script.sdl args   run a script in batch mode (args become `1' `2' ... and `0')",
        "  -e 'command'      run a command (may be repeated)",
        "  --check files     parse without running: syntax errors and unknown commands",
        "  -l, --log         with a script: write script.log beside it (as stata -b do)",
        "  -q                no banner",
        "  --debug           stack traces for internal errors",
        "  --version         print the version",
        "  --help            this text",
        "With no script, sdl starts the interactive REPL (or reads commands from standard input).");

    public static void main(String[] argv) {
        // POI logs through the Log4j API; with no provider on the class path Log4j prints a
        // status line to stderr on the first Excel command. Its simple logger keeps real
        // errors visible without that noise.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(run(argv, System.out, System.err));
    }

    /** Runs the command line with the given output streams; returns the exit status. */
    static int run(String[] argv, java.io.PrintStream stdout, java.io.PrintStream stderr) {
        boolean quiet = false;
        boolean debug = false;
        List<String> inline = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        boolean check = false;
        boolean log = false;
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (!rest.isEmpty()) {
                rest.add(a);
                continue;
            }
            switch (a) {
                case "--version": case "-v":
                    stdout.println("sdl " + Session.VERSION);
                    return 0;
                case "--help": case "-h":
                    stdout.println(USAGE);
                    return 0;
                case "-q": quiet = true; break;
                case "-l": case "--log": log = true; break;
                case "--debug": debug = true; break;
                case "--check": check = true; break;
                case "-e":
                    if (i + 1 >= argv.length) {
                        stderr.println("sdl: -e needs a command");
                        return 198;
                    }
                    inline.add(argv[++i]);
                    break;
                default:
                    if (a.startsWith("-") && !a.equals("-")) {
                        stderr.println("sdl: unknown option " + a + "\n" + USAGE);
                        return 198;
                    }
                    rest.add(a);
            }
        }
        if (check) {
            return Math.min(255, new Checker(stdout).check(rest));
        }
        Engine engine = new Engine(stdout, stderr, debug);
        if (!inline.isEmpty()) {
            // one source text, one -e per line: errors say -e:<which -e>, and a block may
            // span several -e arguments
            return Math.min(255, engine.runText("-e", String.join("\n", inline)));
        }
        if (!rest.isEmpty()) {
            Path script = Path.of(rest.get(0));
            if (!Files.exists(script)) {
                stderr.println("sdl: file " + script + " not found");
                stderr.println("r(601);");
                return 255;
            }
            int rc = log ? engine.runFileLogged(script, rest.subList(1, rest.size()))
                : engine.runFile(script, rest.subList(1, rest.size()));
            return Math.min(255, rc);
        }
        if (System.console() != null) {
            return new Repl(engine, quiet).run();
        }
        return stdin(engine);
    }

    /** Non-interactive standard input: read it all, run it as one script. */
    private static int stdin(Engine engine) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            StringBuilder b = new StringBuilder();
            String line;
            while ((line = r.readLine()) != null) {
                b.append(line).append('\n');
            }
            return Math.min(255, engine.runText("<stdin>", b.toString()));
        } catch (java.io.IOException e) {
            System.err.println("sdl: cannot read standard input: " + e.getMessage());
            return 255;
        }
    }
}
