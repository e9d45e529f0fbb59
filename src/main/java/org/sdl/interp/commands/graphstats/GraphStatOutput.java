package org.sdl.interp.commands.graphstats;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.TextBlock;

/**
 * The last step of every statistical graph command: the options common to all graphs (titles,
 * axis titles, scheme, name) applied to the scene, then the scene handed to the graph layer to be
 * kept as the current graph (what graph export writes).
 */
public final class GraphStatOutput {
    private GraphStatOutput() {}

    /** The most recent graph drawn by these commands (tests read it). */
    private static final ThreadLocal<Graph> LAST = new ThreadLocal<>();

    public static Graph last() {
        return LAST.get();
    }

    /** The scheme named by a scheme() option among the rest options, else the default. */
    public static Scheme scheme(String rest) {
        for (Option o : options(rest)) {
            if (o.name.equals("scheme")) {
                Scheme s = Scheme.named(o.arg);
                if (s == null) {
                    throw new SdlError(111, "scheme " + o.arg + " not found");
                }
                return s;
            }
        }
        return Scheme.named(null);
    }

    /** Applies the common options in rest to g and makes it the current graph. */
    public static void finish(Invocation inv, Graph g, String rest) {
        for (Option o : options(rest)) {
            switch (o.name) {
                case "title" -> g.title = text(o.arg);
                case "subtitle" -> g.subtitle = text(o.arg);
                case "note" -> g.note = text(o.arg);
                case "caption" -> g.caption = text(o.arg);
                case "xtitle" -> onPlots(g, true, text(o.arg));
                case "ytitle" -> onPlots(g, false, text(o.arg));
                case "scheme" -> g.scheme = o.arg.strip();
                case "name" -> { }
                default -> throw new SdlError(198, "option " + o.name + "() not allowed");
            }
        }
        LAST.set(g);
    }

    private static void onPlots(Graph g, boolean x, TextBlock t) {
        if (g.plot != null) {
            if (x) {
                g.plot.x.title = t;
            } else {
                g.plot.y.title = t;
            }
        }
        for (Graph p : g.panels) {
            onPlots(p, x, t);
        }
    }

    static TextBlock text(String arg) {
        List<String> lines = new ArrayList<>();
        for (String w : Words.tokens(arg)) {
            lines.add(Words.unquote(w));
        }
        return lines.isEmpty() ? null : TextBlock.of(lines.toArray(new String[0]));
    }

    record Option(String name, String arg) {}

    /** Splits "title("a") xtitle(b) legend(off)" into names (lower case) and their argument texts. */
    static List<Option> options(String rest) {
        List<Option> out = new ArrayList<>();
        if (rest == null) {
            return out;
        }
        String s = rest.strip();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && s.charAt(i) != '(' && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            String name = s.substring(start, i).toLowerCase(java.util.Locale.ROOT);
            String arg = null;
            if (i < s.length() && s.charAt(i) == '(') {
                int depth = 0;
                int from = i + 1;
                boolean quoted = false;
                for (; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (!quoted && c == '(') {
                        depth++;
                    } else if (!quoted && c == ')' && --depth == 0) {
                        break;
                    }
                }
                arg = s.substring(from, Math.min(i, s.length()));
                i++;
            }
            if (!name.isEmpty()) {
                out.add(new Option(name, arg == null ? "" : arg));
            }
        }
        return out;
    }
}
