package org.sdl.interp.commands.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sdl.data.io.AtomicFiles;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.output.graph.Fonts;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.GraphFiles;
import org.sdl.output.graph.GraphJson;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.TextBlock;

/**
 * What happens to a finished graph: it is kept in memory under its name, saved when saving()
 * asks, and in the interactive REPL drawn to a temporary PNG whose path is printed (there are
 * no windows: batch runs never draw or wait). Every graph command ends here.
 *
 * <p>Graph commands outside this package (histogram, graph bar, coefplot, marginsplot, ...) build
 * their scene, then call {@link #scheme} first and {@link #finishCommand} last: the same common
 * options and the same store as twoway.
 */
public final class GraphOutput {
    private GraphOutput() {}

    /** The scheme named by scheme() in opts (taking it), or the session's default; unknown is r(111). */
    public static Scheme scheme(Invocation inv, Opts opts) {
        return GraphOptions.scheme(opts, GraphStore.of(inv.session()).scheme());
    }

    /**
     * Finishes a graph command: the axis options (xtitle, xlabel, xline, text, ...) on g's plot
     * region or on every panel's, then the graph-level options (titles, legend, regions, name(),
     * saving(), nodraw); any option still left is r(198) naming it and {@code command}; then g is
     * kept as the current graph (and drawn in the REPL) like a twoway graph.
     */
    public static void finishCommand(Invocation inv, Graph g, Opts opts, Scheme scheme, String command) {
        if (g.plot != null) {
            GraphOptions.axes(opts, g.plot, scheme);
        } else {
            Opts shared = opts.copy();
            for (Graph p : g.panels) {
                if (p.plot != null) {
                    GraphOptions.axes(shared.copy(), p.plot, scheme);
                }
            }
            // take the axis options on the original too, so that rejectRest sees them used
            GraphOptions.axes(opts, new Plot(), scheme);
        }
        GraphOptions.Target t = GraphOptions.graphLevel(opts, g, scheme);
        opts.rejectRest(command);
        finish(inv, g, t);
    }

    /** Adds ".gph" when the file name has no extension (as Stata's graph save does). */
    static Path gphPath(Invocation inv, String file) {
        String f = file.strip();
        if (!f.substring(f.lastIndexOf('/') + 1).contains(".")) {
            f += ".gph";
        }
        return inv.session().resolve(f);
    }

    static void finish(Invocation inv, Graph g, GraphOptions.Target t) {
        GraphStore store = GraphStore.of(inv.session());
        if (!t.name.equals("Graph") && store.graphs().containsKey(t.name) && !t.replaceName) {
            throw new SdlError(110, "graph " + t.name + " already exists; use name(" + t.name + ", replace)");
        }
        glyphNotes(inv, g);
        store.put(t.name, g);
        if (t.saving != null) {
            save(inv, g, gphPath(inv, t.saving), t.replaceSaving);
        }
        if (!t.nodraw && inv.session().pager() != null) {
            try {
                Path tmp = Files.createTempFile("sdl-graph-", ".png");
                GraphFiles.write(g, tmp, 0, 0, true, store.scheme());
                inv.out().println("(graph " + t.name + " drawn to " + tmp + ")");
            } catch (IOException e) {
                inv.out().println("(graph " + t.name + " could not be drawn to a temporary file: " + e.getMessage() + ")");
            }
        }
    }

    static void save(Invocation inv, Graph g, Path p, boolean replace) {
        String json = GraphJson.write(g);
        AtomicFiles.write(p, replace, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        inv.out().println("(file " + p.getFileName() + " saved)");
    }

    /** A note for texts no installed font can show (Chinese labels without a CJK font). */
    private static void glyphNotes(Invocation inv, Graph g) {
        StringBuilder all = new StringBuilder();
        collect(g, all);
        String note = Fonts.missingGlyphsNote(all.toString());
        if (note != null) {
            inv.out().println(note);
        }
    }

    private static void collect(Graph g, StringBuilder sb) {
        for (TextBlock t : new TextBlock[] {g.title, g.subtitle, g.note, g.caption}) {
            if (t != null) {
                t.lines().forEach(sb::append);
            }
        }
        if (g.plot != null) {
            for (TextBlock t : new TextBlock[] {g.plot.x.title, g.plot.y.title}) {
                if (t != null) {
                    t.lines().forEach(sb::append);
                }
            }
            for (Layer l : g.plot.layers) {
                if (l.legend() != null) {
                    sb.append(l.legend());
                }
                if (l instanceof Layer.Text tx) {
                    sb.append(tx.text());
                }
            }
            if (g.plot.x.valueLabels != null) g.plot.x.valueLabels.values().forEach(sb::append);
            if (g.plot.y.valueLabels != null) g.plot.y.valueLabels.values().forEach(sb::append);
        }
        g.legend.labels.values().forEach(sb::append);
        for (Graph p : g.panels) {
            collect(p, sb);
        }
    }
}
