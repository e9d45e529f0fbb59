package org.sdl.interp;

import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Value;
import org.sdl.lang.Parser;
import org.sdl.lang.SourceLine;

/**
 * Textual macro expansion, run immediately before a command is parsed: {@code `name'} (local),
 * {@code $name} and {@code ${name}} (global), nested {@code `x`i''}, {@code `=exp'},
 * {@code `:extended function'}, {@code `++i'}/{@code `i--'}. A backslash keeps a following
 * {@code `} or {@code $} literal; compound quotes {@code `"..."'} are not macros.
 */
public final class MacroExpander {
    private static final java.util.regex.Pattern STORED = java.util.regex.Pattern.compile("([recs])\\((\\w+)\\)");

    private final Session session;
    private final ExtendedFunctions extended;

    public MacroExpander(Session session) {
        this.session = session;
        this.extended = new ExtendedFunctions(session);
    }

    public String expand(String text, Frame frame, SourceLine origin) {
        if (text.indexOf('`') < 0 && text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            i = step(text, i, out, frame, origin);
        }
        return out.toString();
    }

    /**
     * Expands a command line, keeping track of where each part of the result came from so that
     * errors found in the expanded text point at the original column.
     */
    public SourceLine expandLine(SourceLine line, Frame frame) {
        String text = line.text();
        if (text.indexOf('`') < 0 && text.indexOf('$') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int[] runs = new int[24];
        int n = 0;
        int i = 0;
        boolean lastCopied = false;
        while (i < text.length()) {
            int o = out.length();
            int next = step(text, i, out, frame, line);
            boolean copied = next == i + 1 && out.length() == o + 1 && text.charAt(i) == out.charAt(o);
            if (!(copied && lastCopied)) {
                if (3 * n + 3 > runs.length) {
                    runs = java.util.Arrays.copyOf(runs, runs.length * 2);
                }
                runs[3 * n] = o;
                runs[3 * n + 1] = i;
                runs[3 * n + 2] = copied ? 1 : 0;
                n++;
            }
            lastCopied = copied;
            i = next;
        }
        return line.remapped(out.toString(), runs, n);
    }

    /** Expands what starts at i into out; returns the next position. */
    private int step(String t, int i, StringBuilder out, Frame frame, SourceLine origin) {
        char c = t.charAt(i);
        char next = i + 1 < t.length() ? t.charAt(i + 1) : '\0';
        if (c == '\\' && (next == '`' || next == '$')) {
            out.append(next);
            return i + 2;
        }
        if (c == '`' && next == '"') {
            out.append("`\"");
            return i + 2;
        }
        if (c == '`') {
            return local(t, i + 1, out, frame, origin);
        }
        if (c == '$') {
            return global(t, i + 1, out, frame, origin);
        }
        out.append(c);
        return i + 1;
    }

    private int local(String t, int start, StringBuilder out, Frame frame, SourceLine origin) {
        StringBuilder inner = new StringBuilder();
        int i = start;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '\'') {
                out.append(resolveLocal(inner.toString(), frame, origin));
                return i + 1;
            }
            if (c == '`' && (i + 1 >= t.length() || t.charAt(i + 1) != '"')) {
                i = local(t, i + 1, inner, frame, origin);
                continue;
            }
            if (c == '$') {
                i = global(t, i + 1, inner, frame, origin);
                continue;
            }
            if (c == '`') {
                // compound quote inside a macro expression (`: di `"..."''), keep as is
                int end = t.indexOf("\"'", i);
                if (end < 0) {
                    inner.append(t.substring(i));
                    i = t.length();
                } else {
                    inner.append(t, i, end + 2);
                    i = end + 2;
                }
                continue;
            }
            inner.append(c);
            i++;
        }
        // no closing quote: Stata leaves the text as typed
        out.append('`').append(inner);
        return i;
    }

    private String resolveLocal(String content, Frame frame, SourceLine origin) {
        if (content.startsWith("=")) {
            SourceLine line = origin.withText(content.substring(1));
            Value v = ExprCompiler.evaluate(Parser.expression(line), session);
            return v.isString() ? v.string() : v.asMacroText();
        }
        if (content.startsWith(":")) {
            return extended.evaluate(content.substring(1).strip(), frame, origin);
        }
        java.util.regex.Matcher stored = STORED.matcher(content);
        if (stored.matches()) {
            char kind = stored.group(1).charAt(0);
            Object v = kind == 'c' ? session.cValue(stored.group(2)) : session.storedResult(kind, stored.group(2));
            if (v instanceof Double d) {
                return org.sdl.interp.expr.MacroNumber.format(d);
            }
            return v == null || v instanceof boolean[] ? "" : v.toString();
        }
        if (content.startsWith("++") || content.startsWith("--")) {
            String name = content.substring(2);
            String v = bump(frame, name, content.startsWith("++") ? 1 : -1);
            return v;
        }
        if (content.endsWith("++") || content.endsWith("--")) {
            String name = content.substring(0, content.length() - 2);
            String old = frame.local(name);
            bump(frame, name, content.endsWith("++") ? 1 : -1);
            return old;
        }
        return frame.local(content);
    }

    private static String bump(Frame frame, String name, int by) {
        String cur = frame.local(name);
        double v;
        try {
            v = cur.isEmpty() ? 0 : Double.parseDouble(cur);
        } catch (NumberFormatException e) {
            throw new SdlError(198, "`" + name + "' is not a number: " + cur);
        }
        String s = org.sdl.interp.expr.MacroNumber.format(v + by);
        frame.setLocal(name, s);
        return s;
    }

    private int global(String t, int start, StringBuilder out, Frame frame, SourceLine origin) {
        if (start < t.length() && t.charAt(start) == '{') {
            int end = t.indexOf('}', start);
            if (end < 0) {
                out.append('$');
                return start;
            }
            String name = expand(t.substring(start + 1, end), frame, origin);
            out.append(session.globals().getOrDefault(name, ""));
            return end + 1;
        }
        int i = start;
        while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_')) {
            i++;
        }
        if (i == start || !(Character.isLetter(t.charAt(start)) || t.charAt(start) == '_')) {
            out.append('$');
            return start;
        }
        out.append(session.globals().getOrDefault(t.substring(start, i), ""));
        return i;
    }
}
