package org.sdl.repl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.sdl.interp.Session;

/**
 * The interactive prompt on JLine: ". " prompt, "> " for continuation lines (the interpreter
 * decides whether input is complete), persistent history, completion of commands and variables,
 * Ctrl-C stops the running command, Ctrl-D leaves.
 */
public final class Repl {
    private final Engine engine;
    private final boolean quiet;
    private final Terminal terminal;

    public Repl(Engine engine, boolean quiet) {
        this(engine, quiet, null);
    }

    /** With a given terminal (tests pass a virtual one). */
    public Repl(Engine engine, boolean quiet, Terminal terminal) {
        this.engine = engine;
        this.quiet = quiet;
        this.terminal = terminal;
    }

    public int run() {
        try (Terminal term = terminal != null ? terminal : TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                .terminal(term)
                .appName("sdl")
                .parser(new CompletenessParser())
                .completer(new NameCompleter())
                .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".sdl_history"))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "> ")
                .build();
            term.handle(Terminal.Signal.INT, s -> engine.interpreter().interrupt());
            engine.session().setPager(new TerminalPager(term));
            if (!quiet) {
                term.writer().println("sdl " + Session.VERSION + " -- a Stata-like statistics language. "
                    + "Type commands; Ctrl-D to quit.");
                term.writer().flush();
            }
            int last = 0;
            while (true) {
                String line;
                try {
                    line = reader.readLine(". ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                if (line.strip().equals("exit") || line.strip().equals("exit, clear")) {
                    break;
                }
                last = engine.runText("<stdin>", line);
            }
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                // history is a convenience; losing it is not an error
            }
            return 0;
        } catch (IOException e) {
            System.err.println("sdl: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    /** Asks the interpreter whether the input is complete; EOFError makes JLine continue. */
    private final class CompletenessParser extends DefaultParser {
        CompletenessParser() {
            setEofOnUnclosedQuote(false);
            setEscapeChars(new char[0]);
            setQuoteChars(new char[0]);
        }

        @Override
        public org.jline.reader.ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !engine.interpreter().isComplete(line)) {
                throw new EOFError(-1, -1, "incomplete input", "");
            }
            return super.parse(line, cursor, context);
        }
    }

    /** Tab: see {@link Completions}. */
    private final class NameCompleter implements Completer {
        @Override
        public void complete(LineReader reader, org.jline.reader.ParsedLine line, List<Candidate> out) {
            Completions.complete(engine, line, out);
        }
    }
}
