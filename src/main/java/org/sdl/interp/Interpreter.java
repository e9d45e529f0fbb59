package org.sdl.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.data.DataException;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.CommandRegistry;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Binder;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.lang.Parser;
import org.sdl.lang.SourceFile;
import org.sdl.lang.SourceLine;
import org.sdl.lang.SourceReader;
import org.sdl.lang.SyntaxError;
import org.sdl.lang.ast.CommandCall;

/**
 * Runs sdl code: groups lines into blocks, expands macros, peels prefixes (quietly, capture,
 * by ...:), finds the command (built-in, session program, or a .sdl file on the search path),
 * binds its arguments and runs it. Errors carry the original file and line.
 */
public final class Interpreter {
    private final Session session;
    private final CommandRegistry registry;
    private final MacroExpander expander;
    private final Loops loops;
    private final Prefixes prefixes;
    private final Map<String, CommandCall> parseCache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CommandCall> e) {
            return size() > 20000;
        }
    };
    private final Map<List<SourceLine>, List<Statement>> blocks = new IdentityHashMap<>();
    private final Map<String, SourceFile> sources = new HashMap<>();
    private volatile boolean interrupted;

    public Interpreter(Session session, CommandRegistry registry) {
        this.session = session;
        this.registry = registry;
        this.expander = new MacroExpander(session);
        this.loops = new Loops(this, session);
        this.prefixes = new Prefixes(this, session);
    }

    public Session session() {
        return session;
    }

    public CommandRegistry registry() {
        return registry;
    }

    /** Asks the running code to stop at the next command (Ctrl-C). */
    private int loopDepth;

    /** Loops call this around their bodies so continue/break outside a loop is r(119). */
    void enterLoop(int delta) {
        loopDepth += delta;
    }

    public boolean inLoop() {
        return loopDepth > 0;
    }

    public void interrupt() {
        interrupted = true;
    }

    public SourceFile load(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                text = new String(bytes, StandardCharsets.ISO_8859_1);
            }
            return register(SourceReader.read(file.toString(), text));
        } catch (IOException e) {
            throw new SdlError(601, "file " + file + " not found");
        }
    }

    public SourceFile register(SourceFile f) {
        sources.put(f.name(), f);
        return f;
    }

    /** The physical source line for caret displays, or null. */
    public String physicalLine(String file, int line) {
        SourceFile f = sources.get(file);
        return f == null ? null : f.physicalLine(line);
    }

    /** Runs a whole source file in the given frame; exit ends it quietly. */
    public void run(SourceFile src, Frame frame) {
        run(src, frame, false);
    }

    /**
     * Runs a whole source file; with echo (a script, do, include, typed input) its commands go
     * into an open log as Stata's log shows them.
     */
    public void run(SourceFile src, Frame frame, boolean echo) {
        try {
            if (echo) {
                executeEchoed(src, statements(src.commands()), frame);
            } else {
                execute(statements(src.commands()), frame);
            }
        } catch (Signals.Exit e) {
            if (e.code() != 0) {
                throw new SdlError(e.code(), "exit " + e.code());
            }
        }
    }

    List<Statement> statements(List<SourceLine> lines) {
        return blocks.computeIfAbsent(lines, BlockParser::parse);
    }

    /** The statement being echoed: set trace does not trace it again. */
    private Statement echoed;

    /** Runs statements of a source file, echoing each into the log (when one is open) first. */
    public void executeEchoed(SourceFile src, List<Statement> stmts, Frame frame) {
        int next = 1;
        for (int k = 0; k < stmts.size(); k++) {
            Statement s = stmts.get(k);
            boolean echo = session.out().echoing();
            if (echo) {
                int nextStart = k + 1 < stmts.size() ? stmts.get(k + 1).line().line() : src.physicalLines().size() + 1;
                next = CommandEcho.echo(session.out(), src, s, next, nextStart) + 1;
            } else {
                next = s.line().line() + 1;
            }
            Statement outer = echoed;
            echoed = s;
            try {
                execute(List.of(s), frame);
            } finally {
                echoed = outer;
            }
            if (echo) {
                if (!CommandEcho.isComment(s.line().text())) {
                    session.out().logOnly("\n");
                }
                session.out().flushLog();
            }
        }
        if (session.out().echoing()) {
            CommandEcho.trailing(session.out(), src, next);
        }
    }

    public void execute(List<Statement> stmts, Frame frame) {
        for (Statement s : stmts) {
            if (interrupted) {
                interrupted = false;
                throw new Signals.Interrupt();
            }
            try {
                executeStatement(s, frame);
            } catch (SdlError e) {
                throw e.at(s.line().span());
            } catch (DataException e) {
                throw new SdlError(e.code(), e.getMessage(), s.line().span());
            } catch (SyntaxError e) {
                throw new SyntaxFailure(e);
            } catch (Signals.Exit e) {
                if (e.code() == 0) {
                    throw e;
                }
                throw new SdlError(e.code(), "exit " + e.code(), s.line().span());
            }
        }
    }

    private void executeStatement(Statement s, Frame frame) {
        if (s instanceof Statement.Simple simple) {
            if (session.settings().trace() && s != echoed) {
                SourceLine expanded = expandLine(simple.line(), frame);
                Trace.line(session.out(), simple.line().text(), expanded.text());
                runExpanded(expanded, frame);
                return;
            }
            executeLine(simple.line(), frame);
        } else if (s instanceof Statement.Block block) {
            String header = expand(block.line(), frame).strip();
            String bare = header.substring(0, header.length() - 1).strip();
            if (!loops.run(bare, block.line(), block.body(), frame)) {
                prefixes.block(bare, block.line(), block.body(), frame);
            }
        } else if (s instanceof Statement.IfChain chain) {
            ifChain(chain, frame);
        } else if (s instanceof Statement.ProgramBlock p) {
            Programs.define(session, expand(p.line(), frame).strip(), p.body());
        } else if (s instanceof Statement.MataBlock) {
            throw new SdlError(199, "mata is not supported: sdl has no Mata; the block from this line to its end was not run");
        } else if (s instanceof Statement.InputBlock in) {
            List<String> data = new ArrayList<>();
            for (SourceLine l : in.data()) {
                data.add(expand(l, frame));
            }
            // capture/quietly/noisily may precede input; the rest of the header is input's own
            List<String> words = org.sdl.interp.syntax.Words.split(expand(in.line(), frame).strip());
            int count = Prefixes.prefixCount(words);
            String header = String.join(" ", words.subList(count, words.size()));
            prefixes.under(words.subList(0, count), () -> InputData.load(session.data(), header, data), false);
        }
    }


    /** Runs a foreach/forvalues/while header with its body; false when the header is no loop. */
    boolean runLoop(String header, SourceLine line, List<Statement> body, Frame frame) {
        return loops.run(header, line, body, frame);
    }

    private void ifChain(Statement.IfChain chain, Frame frame) {
        for (int i = 0; i < chain.conditions().size(); i++) {
            SourceLine c = chain.conditions().get(i);
            SourceLine inline = chain.inline().get(i);
            if (inline != null) {
                if (c == null) {
                    executeLine(inline, frame);
                    return;
                }
                SourceLine expanded = expandLine(inline, frame);
                String[] split = Conditions.splitInline(this, expanded.text().substring(2), frame);
                if (Conditions.holds(this, expanded.tail(split[0]), split[0], frame)) {
                    runExpanded(expanded.tail(split[1]), frame);
                    return;
                }
                continue;
            }
            if (c == null || Conditions.holds(this, c, frame)) {
                execute(chain.branches().get(i), frame);
                return;
            }
        }
    }

    public String expand(SourceLine line, Frame frame) {
        return expander.expand(line.text(), frame, line);
    }

    public String expand(String text, Frame frame, SourceLine origin) {
        return expander.expand(text, frame, origin);
    }

    /** Expands and runs one logical line. */
    public void executeLine(SourceLine raw, Frame frame) {
        runExpanded(expandLine(raw, frame), frame);
    }

    /** The line after macro expansion, stripped, with positions still in the original file. */
    public SourceLine expandLine(SourceLine raw, Frame frame) {
        return stripped(expander.expandLine(raw, frame));
    }

    static SourceLine stripped(SourceLine l) {
        String t = l.text();
        int a = 0;
        while (a < t.length() && Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        int b = t.length();
        while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
            b--;
        }
        if (a == 0 && b == t.length()) {
            return l;
        }
        return l.from(a).withText(t.substring(a, b));
    }

    /** Runs a command whose macros are already expanded (prefixes are peeled here). */
    public void runExpanded(SourceLine line, Frame frame) {
        String text = line.text();
        if (text.isEmpty()) {
            return;
        }
        if (prefixes.tryPrefix(line, frame)) {
            return;
        }
        dispatch(line, frame, null);
    }

    /** Finds and runs the command named by the first word of line. */
    public void dispatch(SourceLine line, Frame frame, ByGroups by) {
        String text = line.text();
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))
            && text.charAt(end) != ',' && text.charAt(end) != '"' && text.charAt(end) != '('
            && text.charAt(end) != '[') {
            end++;
        }
        String name = text.substring(0, end);
        String rest = text.substring(end).strip();
        Command cmd = registry.lookup(name);
        session.flushPendingWrites(cmd == null ? name : cmd.name());
        if (cmd != null) {
            runBuiltin(cmd, name, rest, line, frame, by);
            return;
        }
        ProgramDef prog = session.programs().get(name);
        if (prog == null) {
            prog = Programs.autoload(this, session, name);
        }
        if (prog != null) {
            if (by != null) {
                throw new SdlError(190, "program " + name + " may not be combined with by");
            }
            Programs.call(this, session, prog, rest, line);
            return;
        }
        throw new SdlError(199, "unrecognized command: " + name + Programs.suggest(registry, session, name));
    }

    private void runBuiltin(Command cmd, String typed, String rest, SourceLine line, Frame frame, ByGroups by) {
        if (cmd.rclass()) {
            session.newR();
        }
        if (cmd.spec() == null) {
            if (by != null && cmd.byMode() == Command.ByMode.NONE) {
                throw new SdlError(190, cmd.name() + " may not be combined with by");
            }
            cmd.run(new Invocation(session, this, frame, line, typed, rest, null, null, by));
            return;
        }
        CommandCall call = parse(line);
        if (by == null || cmd.byMode() == Command.ByMode.ONECALL) {
            BoundArgs args = new Binder(session).bind(call, cmd.spec(), cmd.name());
            cmd.run(new Invocation(session, this, frame, line, typed, rest, call, args, by));
            org.sdl.interp.command.OptionAudit.check(cmd, args);
            return;
        }
        if (cmd.byMode() == Command.ByMode.NONE) {
            throw new SdlError(190, cmd.name() + " may not be combined with by");
        }
        ByRunner.run(this, session, cmd, typed, rest, call, line, frame, by);
    }

    /** Parses a command line in the uniform shape, through the parse cache. */
    public CommandCall parse(SourceLine line) {
        String key = line.file() + ":" + line.line() + "\u0000" + line.text();
        CommandCall c = parseCache.get(key);
        if (c == null) {
            c = Parser.command(line);
            parseCache.put(key, c);
        }
        return c;
    }

    /** Whether the REPL has a complete unit of input (no open block, program or ///). */
    public boolean isComplete(String input) {
        String t = input.stripTrailing();
        if (t.endsWith("///")) {
            return false;
        }
        SourceFile f = SourceReader.read("<stdin>", input);
        return BlockParser.isComplete(f.commands());
    }

    /** "file:line: message" (plus the line and a caret for syntax errors) and "r(code);". */
    public List<String> render(SdlError e) {
        return ErrorRenderer.render(e, this);
    }

    public List<String> render(SyntaxError e) {
        return ErrorRenderer.render(e, this);
    }

    static List<String> lines(String... s) {
        return new ArrayList<>(List.of(s));
    }
}
