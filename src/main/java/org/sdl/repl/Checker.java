package org.sdl.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.interp.BlockParser;
import org.sdl.interp.SdlError;
import org.sdl.interp.Statement;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.CommandRegistry;
import org.sdl.interp.commands.Builtins;
import org.sdl.lang.Parser;
import org.sdl.lang.SourceFile;
import org.sdl.lang.SourceLine;
import org.sdl.lang.SourceReader;
import org.sdl.lang.SyntaxError;

/**
 * sdl --check: reads scripts without running them. Unexpanded macro references become opaque
 * words, prefixes are peeled, and each command is looked up and (when it has a declared syntax)
 * parsed. Reports {@code file:line: ...} per problem and a summary; exit 0 only when clean.
 */
public final class Checker {
    private static final Pattern MACRO = Pattern.compile("`[^`']*'|\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PROGRAM_NAME = Pattern.compile("(?:\\S+\\s+)*?pr\\w*\\s+(?:def\\w*\\s+)?([A-Za-z_]\\w*).*");
    private static final Set<String> LANGUAGE = Set.of("foreach", "forvalues", "forv", "forval", "while", "if",
        "else", "program", "end", "by", "bysort", "bys", "quietly", "qui", "noisily", "noi", "n", "capture",
        "cap", "version");

    private final PrintStream out;
    private final CommandRegistry registry = Builtins.registry();
    private int commands;
    private int unknown;
    private int syntax;

    public Checker(PrintStream out) {
        this.out = out;
    }

    public int check(List<String> files) {
        for (String f : files) {
            checkFile(Path.of(f));
        }
        out.println(commands + " commands, " + unknown + " unknown, " + syntax + " syntax errors");
        return unknown + syntax == 0 ? 0 : (syntax > 0 ? 198 : 199);
    }

    private void checkFile(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println(file + ": file not found");
            syntax++;
            return;
        }
        SourceFile src = SourceReader.read(file.toString(), text);
        Set<String> programs = new HashSet<>();
        for (SourceLine l : src.commands()) {
            Matcher m = PROGRAM_NAME.matcher(l.text());
            if (l.text().matches("(?:\\S+\\s+)*?pr(o(g(r(a(m)?)?)?)?)?\\s+.*") && m.matches()) {
                programs.add(m.group(1));
            }
        }
        try {
            walk(BlockParser.parse(src.commands()), programs, file.getParent());
        } catch (SdlError e) {
            out.println(e.span().where() + ": " + e.getMessage());
            syntax++;
        }
    }

    private void walk(List<Statement> stmts, Set<String> programs, Path dir) {
        for (Statement s : stmts) {
            if (s instanceof Statement.Simple simple) {
                line(simple.line(), programs, dir);
            } else if (s instanceof Statement.Block b) {
                commands++;
                walk(b.body(), programs, dir);
            } else if (s instanceof Statement.IfChain c) {
                commands++;
                c.branches().forEach(br -> walk(br, programs, dir));
            } else if (s instanceof Statement.ProgramBlock p) {
                commands++;
                walk(BlockParser.parse(p.body()), programs, dir);
            } else if (s instanceof Statement.InputBlock) {
                commands++;
            } else if (s instanceof Statement.MataBlock) {
                // recognised and skipped: Mata code is not sdl (running it is r(199) at this line)
                commands++;
            }
        }
    }

    /**
     * Replaces macro references (innermost first, so {@code `k_`date''} and {@code ${`c(username)'_x}}
     * go too) with replacement.
     */
    static String substitute(String text, String replacement) {
        String t = text;
        for (int guard = 0; guard < 20; guard++) {
            String next = MACRO.matcher(t).replaceAll(Matcher.quoteReplacement(replacement));
            if (next.equals(t)) {
                break;
            }
            t = next;
        }
        return t;
    }

    /**
     * What a macro stands for is unknown before the script runs: a name, a number or nothing
     * (oprobit y x if a==0 `restrict', robust). A line with macros is a syntax error only when no
     * such reading parses.
     */
    /** The reading that takes each macro as what its neighbours suggest (see {@link #contextual}). */
    private static final String CONTEXTUAL = "\u0000contextual";

    private static final String[] MACRO_READINGS = {"macro_", "", "1", CONTEXTUAL};

    /**
     * Each macro read as a number where a name cannot stand (after a digit or a period, or as the
     * lag of a time-series operator: F`h'.`y', .`t', 0.`t') and as a name elsewhere.
     */
    static String contextual(String text) {
        String t = text;
        for (int guard = 0; guard < 20; guard++) {
            Matcher m = MACRO.matcher(t);
            StringBuilder sb = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                any = true;
                int a = m.start();
                char before = a > 0 ? t.charAt(a - 1) : ' ';
                char after = m.end() < t.length() ? t.charAt(m.end()) : ' ';
                boolean operatorLag = "LlFfDdSs".indexOf(before) >= 0 && after == '.'
                    && (a < 2 || !Character.isLetterOrDigit(t.charAt(a - 2)) && t.charAt(a - 2) != '_');
                char twoBefore = a > 1 ? t.charAt(a - 2) : ' ';
                boolean decimal = before == '.' && twoBefore != '\'' && twoBefore != '_' && !Character.isLetter(twoBefore);
                boolean number = Character.isDigit(before) || decimal || operatorLag;
                m.appendReplacement(sb, number ? "1" : "macro_");
            }
            m.appendTail(sb);
            if (!any) {
                break;
            }
            t = sb.toString();
        }
        return t;
    }

    private void line(SourceLine raw, Set<String> programs, Path dir) {
        commands++;
        String text = substitute(raw.text(), "macro_");
        text = peel(text);
        if (text.isEmpty()) {
            return;
        }
        String name = text.split("[\\s,\"(\\[]", 2)[0];
        if (name.endsWith(":") && name.length() > 1) {
            name = name.substring(0, name.length() - 1);   // mata: ..., a prefix written name:
        }
        if (name.equals("if") && !text.endsWith("{")) {
            // one-line if exp command: check the command after the condition
            String command = inlineCommand(text.substring(2));
            if (command != null) {
                commands--;
                line(raw.withText(command), programs, dir);
            }
            return;
        }
        if (LANGUAGE.contains(name) || name.startsWith("macro_") || name.startsWith("`")) {
            return;
        }
        Command cmd = registry.lookup(name);
        if (cmd == null) {
            if (programs.contains(name) || onPath(name, dir)) {
                return;
            }
            out.println(raw.span().where() + ": unknown command " + name);
            unknown++;
            return;
        }
        if (cmd.spec() != null) {
            SyntaxError first = null;
            boolean hasMacro = !substitute(raw.text(), "").equals(raw.text());
            for (String reading : hasMacro ? MACRO_READINGS : new String[] {"macro_"}) {
                String candidate = reading.equals("macro_") ? text
                    : peel(reading.equals(CONTEXTUAL) ? contextual(raw.text()) : substitute(raw.text(), reading));
                try {
                    Parser.command(raw.withText(candidate));
                    first = null;
                    break;
                } catch (SyntaxError e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                out.println(first.span().where() + ": " + first.getMessage());
                syntax++;
            }
        }
    }

    /** The command of {@code if exp command}: after the shortest condition that parses. */
    private String inlineCommand(String t) {
        boolean quoted = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (quoted || !Character.isWhitespace(c)) {
                continue;
            }
            String cond = t.substring(0, i).strip();
            String rest = t.substring(i).strip();
            String word = rest.split("[\\s,(\"]", 2)[0];
            if (cond.isEmpty() || word.isEmpty()
                || registry.lookup(word) == null && !word.matches("qui\\w*|noi\\w*|cap\\w*|by|bys\\w*")) {
                continue;
            }
            try {
                Parser.expression(SourceLine.simple(cond, "<if>", 1));
                return rest;
            } catch (SyntaxError e) {
                // the condition goes on
            }
        }
        return null;
    }

    private static boolean onPath(String name, Path dir) {
        return Files.exists(org.sdl.interp.Programs.stdlib().resolve(name + ".sdl"))
            || (dir != null && Files.exists(dir.resolve(name + ".sdl")));
    }

    /** Removes by/quietly/capture/noisily prefixes and colon prefixes (version 14:, eststo m1:). */
    private static String peel(String text) {
        String t = text.strip();
        while (true) {
            String w = t.split("[\\s:,]", 2)[0];
            if (w.matches("qui(e(t(l(y)?)?)?)?|n(o(i(s(i(l(y)?)?)?)?)?)?|cap(t(u(r(e)?)?)?)?") && t.length() > w.length()) {
                t = t.substring(w.length()).strip();
                if (t.startsWith(":")) {
                    t = t.substring(1).strip();
                }
                continue;
            }
            int colon = t.indexOf(':');
            if ((w.equals("by") || w.matches("bys(o(r(t)?)?)?") || w.equals("version") || w.equals("eststo")
                || w.equals("bootstrap") || w.equals("xi") || w.equals("svy") || w.equals("statsby")
                || w.equals("nestreg") || w.equals("stepwise") || w.equals("jackknife") || w.equals("permute")
                || w.equals("simulate") || w.equals("rolling") || w.equals("estpost") && false) && colon > 0) {
                t = t.substring(colon + 1).strip();
                continue;
            }
            return t;
        }
    }
}
