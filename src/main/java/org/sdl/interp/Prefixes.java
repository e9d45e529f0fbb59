package org.sdl.interp;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.DataException;
import org.sdl.data.DataSort;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.PrefixCommand;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.SourceLine;

/**
 * Command prefixes: quietly, noisily, capture (stackable, also as blocks), {@code by varlist:},
 * {@code bysort varlist (sortvars):}, {@code version #:}, and prefix commands such as
 * {@code eststo name:} that the registry provides.
 */
final class Prefixes {
    private final Interpreter interp;
    private final Session session;

    Prefixes(Interpreter interp, Session session) {
        this.interp = interp;
        this.session = session;
    }

    static boolean isQuietly(String w) {
        return w.length() >= 3 && "quietly".startsWith(w);
    }

    /** noisily abbreviates to n (as old ado-files write "n di ..."). */
    static boolean isNoisily(String w) {
        return w.length() >= 1 && "noisily".startsWith(w);
    }

    static boolean isCapture(String w) {
        return w.length() >= 3 && "capture".startsWith(w);
    }

    static boolean isBysort(String w) {
        return w.length() >= 3 && "bysort".startsWith(w);
    }

    /** Handles a prefixed command; false when the line has no prefix. */
    boolean tryPrefix(SourceLine line, Frame frame) {
        String text = line.text();
        String typed = firstWord(text);
        String afterFirst = text.substring(typed.length()).strip();
        String first = typed.endsWith(":") ? typed.substring(0, typed.length() - 1) : typed;
        String rest = typed.endsWith(":") ? ":" + afterFirst : afterFirst;
        // quietly, noisily and capture take an optional colon: "qui: eststo: reg ...", "cap : drop x"
        String plain = afterFirst.startsWith(":") ? afterFirst.substring(1).strip() : afterFirst;
        if (isQuietly(first) && !plain.isEmpty()) {
            quietly(() -> interp.runExpanded(line.tail(plain), frame));
            return true;
        }
        if (isNoisily(first) && !plain.isEmpty()) {
            noisily(() -> interp.runExpanded(line.tail(plain), frame));
            return true;
        }
        if (isCapture(first) && !plain.isEmpty()) {
            capture(() -> interp.runExpanded(line.tail(plain), frame), false);
            return true;
        }
        if (first.equals("by") || isBysort(first)) {
            by(line, text.substring(text.indexOf(first) + first.length()), isBysort(first), frame);
            return true;
        }
        int colon = topLevelColon(text);
        if (colon > 0) {
            if (first.equals("version") || first.equals("vers")) {
                interp.runExpanded(line.tail(text.substring(colon + 1).strip()), frame);
                return true;
            }
            Command c = interp.registry().lookup(first);
            if (c instanceof PrefixCommand p) {
                String head = text.substring(first.length(), colon).strip();
                p.runPrefixed(interp, session, frame, line, head, line.tail(text.substring(colon + 1).strip()));
                return true;
            }
        }
        return false;
    }

    /**
     * A block under prefixes: {@code capture noisily { ... }}, or a loop under them:
     * {@code quietly foreach v of varlist x* { ... }}.
     */
    void block(String header, SourceLine line, List<Statement> body, Frame frame) {
        List<String> words = Words.split(header);
        int count = prefixCount(words);
        if (count == 0) {
            throw new SdlError(199, "unrecognized block: " + header + " {", line.span());
        }
        Runnable run = () -> interp.execute(body, frame);
        if (count < words.size()) {
            String loop = header.strip();
            for (int i = 0; i < count; i++) {
                loop = loop.substring(words.get(i).length()).strip();
            }
            String loopHeader = loop;
            run = () -> {
                if (!interp.runLoop(loopHeader, line, body, frame)) {
                    throw new SdlError(199, "unrecognized block: " + header + " {", line.span());
                }
            };
        }
        under(words.subList(0, count), run, true);
    }

    /** How many of words, from the first, are quietly, noisily or capture (in any abbreviation). */
    static int prefixCount(List<String> words) {
        int n = 0;
        while (n < words.size() && (isQuietly(words.get(n)) || isNoisily(words.get(n)) || isCapture(words.get(n)))) {
            n++;
        }
        return n;
    }

    /**
     * Runs r under prefix words (each quietly, noisily or capture), the first outermost; block
     * tells capture whether it guards a { } block.
     */
    void under(List<String> prefixWords, Runnable r, boolean block) {
        Runnable run = r;
        for (int i = prefixWords.size() - 1; i >= 0; i--) {
            String w = prefixWords.get(i);
            Runnable inner = run;
            if (isQuietly(w)) {
                run = () -> quietly(inner);
            } else if (isNoisily(w)) {
                run = () -> noisily(inner);
            } else {
                run = () -> capture(inner, block);
            }
        }
        run.run();
    }

    void quietly(Runnable r) {
        Output out = session.out();
        int q = out.quietLevel();
        int n = out.noisyLevel();
        int savedNoisy = n;
        out.setQuietLevel(q + 1, 0);
        try {
            r.run();
        } finally {
            out.setQuietLevel(q, savedNoisy);
        }
    }

    void noisily(Runnable r) {
        Output out = session.out();
        int q = out.quietLevel();
        int n = out.noisyLevel();
        out.pushNoisy();
        try {
            r.run();
        } catch (SdlError e) {
            if (captureDepth > 0 && shown != e) {
                // capture noisily: the error is shown, then capture sets _rc
                shown = e;
                interp.render(e).forEach(out::error);
            }
            throw e;
        } catch (DataException e) {
            SdlError se = new SdlError(e.code(), e.getMessage());
            if (captureDepth > 0) {
                shown = se;
                interp.render(se).forEach(out::error);
            }
            throw se;
        } catch (org.sdl.lang.SyntaxError e) {
            if (captureDepth > 0 && shown != e) {
                shown = e;
                interp.render(e).forEach(out::error);
            }
            throw e;
        } finally {
            out.setQuietLevel(q, n);
        }
    }

    private Throwable shown;

    private int captureDepth;

    /** Runs r; any error sets _rc instead of stopping. Output is suppressed unless noisily. */
    void capture(Runnable r, boolean block) {
        Output out = session.out();
        int q = out.quietLevel();
        int n = out.noisyLevel();
        out.setQuietLevel(q + 1, 0);
        captureDepth++;
        try {
            r.run();
            session.setRc(0);
        } catch (SdlError e) {
            session.setRc(e.code());
        } catch (DataException e) {
            session.setRc(e.code());
        } catch (org.sdl.lang.SyntaxError e) {
            session.setRc(e.code());
        } catch (Signals.Exit e) {
            if (e.code() == 0) {
                throw e;
            }
            session.setRc(e.code());
        } finally {
            captureDepth--;
            out.setQuietLevel(q, n);
        }
    }

    private void by(SourceLine line, String afterBy, boolean sort, Frame frame) {
        int colon = topLevelColon(afterBy);
        if (colon < 0) {
            throw new SdlError(198, "by: colon required (by varlist: command)");
        }
        String spec = afterBy.substring(0, colon).strip();
        String cmd = afterBy.substring(colon + 1).strip();
        int comma = spec.indexOf(',');
        if (comma >= 0) {
            String opts = spec.substring(comma + 1).strip();
            if (opts.matches("sort|sor|so|s")) {
                sort = true;
            } else if (!opts.isEmpty() && !opts.equals("rc0")) {
                throw new SdlError(198, "by: option " + opts + " not allowed");
            }
            spec = spec.substring(0, comma).strip();
        }
        List<String> byVars = new ArrayList<>();
        List<String> sortVars = new ArrayList<>();
        int paren = spec.indexOf('(');
        String main = paren >= 0 ? spec.substring(0, paren) : spec;
        String extra = paren >= 0 ? spec.substring(paren + 1, spec.lastIndexOf(')')) : "";
        VariableMatcher vm = new VariableMatcher(session.data());
        try {
            for (String w : Words.split(main)) {
                byVars.addAll(vm.expand(w));
            }
            for (String w : Words.split(extra)) {
                sortVars.addAll(vm.expand(w));
            }
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
        if (byVars.isEmpty()) {
            throw new SdlError(100, "by: varlist required");
        }
        List<String> all = new ArrayList<>(byVars);
        all.addAll(sortVars);
        if (sort) {
            DataSort.sort(session.data(), all);
        } else if (!isSortedBy(all)) {
            throw new SdlError(5, "not sorted (use bysort " + String.join(" ", byVars)
                + ": or sort the data first)");
        }
        ByGroups groups = ByGroups.of(session.data(), byVars);
        String cmdText = cmd;
        for (String w = firstWord(cmdText); isQuietly(bare(w)) || isNoisily(bare(w)) || isCapture(bare(w));
             w = firstWord(cmdText)) {
            String inner = cmdText.substring(w.length()).strip();
            if (inner.startsWith(":")) {
                inner = inner.substring(1).strip();
            }
            w = bare(w);
            String rest = inner;
            if (isQuietly(w)) {
                quietly(() -> interp.dispatch(line.tail(rest), frame, groups));
            } else if (isNoisily(w)) {
                noisily(() -> interp.dispatch(line.tail(rest), frame, groups));
            } else {
                capture(() -> interp.dispatch(line.tail(rest), frame, groups), false);
            }
            return;
        }
        interp.dispatch(line.tail(cmdText), frame, groups);
    }

    private boolean isSortedBy(List<String> vars) {
        List<String> s = session.data().sortedBy();
        if (s.size() < vars.size()) {
            return false;
        }
        return s.subList(0, vars.size()).equals(vars);
    }

    /** A prefix word without its colon (qui: -> qui). */
    private static String bare(String w) {
        return w.endsWith(":") ? w.substring(0, w.length() - 1) : w;
    }

    static String firstWord(String text) {
        int i = 0;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ','
            && text.charAt(i) != ':' && text.charAt(i) != '(') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == ':') {
            i++;
        }
        return text.substring(0, i);
    }

    static int topLevelColon(String s) {
        int depth = 0;
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (!q && (c == '(' || c == '[')) {
                depth++;
            } else if (!q && (c == ')' || c == ']')) {
                depth--;
            } else if (!q && depth == 0 && c == ':') {
                return i;
            }
        }
        return -1;
    }
}
