package org.sdl.interp.commands.graphstats;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.graph.Graph;
import org.sdl.interp.commands.graph.GraphOutput;
import org.sdl.interp.commands.graph.Opts;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.TextBlock;

/**
 * The last step of every statistical graph command: the options common to all graphs (titles,
 * axis titles, scheme, name) applied to the scene, then the scene handed to the graph layer to be
 * kept as the current graph (what graph export writes).
 */
public final class GraphStatOutput {
    private GraphStatOutput() {}

    /** A command's graph options (what its own syntax left) and the scheme they name. */
    public record Context(Opts opts, Scheme scheme) {}

    /** Parses the options text left by the command's syntax and resolves scheme(). */
    public static Context begin(Invocation inv, String rest) {
        Opts opts = new Opts(Opts.parse(rest == null ? "" : rest));
        return new Context(opts, GraphOutput.scheme(inv, opts));
    }

    /** Applies the common options to g, rejects unknown ones (r(198) naming them) and keeps g as the current graph. */
    public static void finish(Invocation inv, Graph g, Context c, String command) {
        GraphOutput.finishCommand(inv, g, c.opts(), c.scheme(), command);
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
