package org.sdl.interp.commands.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.GraphFiles;
import org.sdl.output.graph.GraphJson;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.Scheme;

/** graph export, save, use, display, drop, dir, describe. */
final class GraphFileCommands {
    private GraphFileCommands() {}

    private static Graph graph(Invocation inv, String name) {
        Graph g = GraphStore.of(inv.session()).get(name);
        if (g == null) {
            throw new SdlError(111, name == null ? "no graph in memory" : "graph " + name + " not found");
        }
        return g;
    }

    /** graph export file.{png,svg,pdf} [, replace width(#) height(#) name() as()]. */
    static void export(Invocation inv, String text) {
        String[] p = Opts.splitComma(text);
        List<String> words = Words.split(p[0]);
        if (words.size() != 1) {
            throw new SdlError(198, "graph export: one file name expected");
        }
        String file = Words.unquote(words.get(0));
        Opts o = new Opts(Opts.parse(p[1]));
        boolean replace = o.flag("replace");
        String w = o.get("width");
        String h = o.get("height");
        String name = o.get("name");
        String as = o.get("as");
        o.rejectRest("graph export");
        Path path = inv.session().resolve(file);
        GraphFiles.Format f = GraphFiles.Format.of(path);
        if (as != null) {
            f = GraphFiles.Format.of(Path.of("x." + as.strip().toLowerCase(Locale.ROOT)));
            if (f == null) {
                throw new SdlError(198, "graph export: as(" + as.strip() + ") not supported; supported: png, svg, pdf");
            }
            if (GraphFiles.Format.of(path) != f) {
                throw new SdlError(198, "graph export: as(" + as.strip() + ") does not match the file's extension");
            }
        }
        if (f == null) {
            String n = path.getFileName().toString();
            int dot = n.lastIndexOf('.');
            throw new SdlError(198, "graph export: " + (dot < 0 ? "file name has no extension" : "extension " + n.substring(dot)
                + " not supported") + "; supported: " + String.join(", ", GraphFiles.EXTENSIONS));
        }
        int width = w == null ? 0 : positive("width", w);
        int height = h == null ? 0 : positive("height", h);
        Graph g = graph(inv, name == null ? null : name.strip());
        GraphFiles.write(g, path, width, height, replace, GraphStore.of(inv.session()).scheme());
        inv.out().println("file " + file + " saved as " + f + " format");
    }

    private static int positive(String opt, String v) {
        int n = Opts.integer(opt, v);
        if (n < 1 || n > 20000) {
            throw new SdlError(198, "option " + opt + "() must be between 1 and 20000 pixels");
        }
        return n;
    }

    /** graph save [name] file [, replace]: the scene as JSON (see docs/commands/graph.md). */
    static void save(Invocation inv, String text) {
        String[] p = Opts.splitComma(text);
        List<String> words = Words.split(p[0]);
        Opts o = new Opts(Opts.parse(p[1]));
        boolean replace = o.flag("replace");
        o.flag("asis");   // our saved scenes are always "as is": redrawn the same
        o.rejectRest("graph save");
        if (words.isEmpty() || words.size() > 2) {
            throw new SdlError(198, "graph save: expected [graphname] filename");
        }
        String name = words.size() == 2 ? words.get(0) : null;
        Graph g = graph(inv, name);
        GraphOutput.save(inv, g, GraphOutput.gphPath(inv, Words.unquote(words.get(words.size() - 1))), replace);
    }

    static Graph read(Invocation inv, String file) {
        Path path = GraphOutput.gphPath(inv, Words.unquote(file));
        if (!Files.isRegularFile(path)) {
            throw new SdlError(601, "file " + path.getFileName() + " not found");
        }
        try {
            return GraphJson.read(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SdlError(603, "file " + path.getFileName() + " could not be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new SdlError(610, "file " + path.getFileName() + " is not an sdl graph file (a Stata .gph cannot be read)");
        }
    }

    /** graph use file [, name() nodraw]. */
    static void use(Invocation inv, String text) {
        String[] p = Opts.splitComma(text);
        List<String> words = Words.split(p[0]);
        if (words.size() != 1) {
            throw new SdlError(198, "graph use: one file name expected");
        }
        Graph g = read(inv, words.get(0));
        Opts o = new Opts(Opts.parse(p[1]));
        GraphOptions.Target t = new GraphOptions.Target();
        String n = o.get("name");
        if (n != null) {
            String[] np = Opts.splitComma(n);
            t.name = np[0];
            t.replaceName = np[1].equals("replace");
        } else {
            String f = Path.of(Words.unquote(words.get(0))).getFileName().toString();
            t.name = f.contains(".") ? f.substring(0, f.lastIndexOf('.')) : f;
            t.replaceName = true;
        }
        t.nodraw = o.flag("nodraw");
        o.rejectRest("graph use");
        GraphOutput.finish(inv, g, t);
    }

    /** graph display [name] [, scheme()]: draws a graph in memory again (in the REPL). */
    static void display(Invocation inv, String text) {
        String[] p = Opts.splitComma(text);
        List<String> words = Words.split(p[0]);
        String name = words.isEmpty() ? null : words.get(0);
        Graph g = graph(inv, name);
        Opts o = new Opts(Opts.parse(p[1]));
        String s = o.get("SCHeme");
        o.rejectRest("graph display");
        if (s != null) {
            if (Scheme.named(s) == null) {
                throw new SdlError(111, "scheme " + s.strip() + " not found");
            }
            g.scheme = s.strip();
        }
        GraphOptions.Target t = new GraphOptions.Target();
        t.name = name == null ? GraphStore.of(inv.session()).current() : name;
        t.replaceName = true;
        GraphOutput.finish(inv, g, t);
    }

    /** graph drop name ... | _all. */
    static void drop(Invocation inv, String text) {
        GraphStore store = GraphStore.of(inv.session());
        List<String> names = Words.split(text);
        if (names.isEmpty()) {
            throw new SdlError(198, "graph drop: graph names or _all expected");
        }
        if (names.size() == 1 && names.get(0).equals("_all")) {
            for (String n : new ArrayList<>(store.graphs().keySet())) {
                store.drop(n);
            }
            return;
        }
        for (String n : names) {
            if (!store.graphs().containsKey(n)) {
                throw new SdlError(111, "graph " + n + " not found");
            }
        }
        names.forEach(store::drop);
    }

    /** graph dir: the names of the graphs in memory. */
    static void dir(Invocation inv, String text) {
        if (!text.isBlank()) {
            throw new SdlError(198, "graph dir: unexpected " + text.strip());
        }
        GraphStore store = GraphStore.of(inv.session());
        if (!store.graphs().isEmpty()) {
            inv.out().println("  " + String.join("  ", store.graphs().keySet()));
        }
        inv.session().r().scalar("N", store.graphs().size());
        inv.session().r().macro("list", String.join(" ", store.graphs().keySet()));
    }

    /** graph describe [name]: what a graph holds. */
    static void describe(Invocation inv, String text) {
        List<String> words = Words.split(text);
        String name = words.isEmpty() ? GraphStore.of(inv.session()).current() : words.get(0);
        Graph g = graph(inv, name);
        inv.out().println("");
        inv.out().println(name + " (sdl graph, in memory)");
        inv.out().println("     scheme:  " + (g.scheme == null ? GraphStore.of(inv.session()).scheme() : g.scheme));
        inv.out().println("       size:  " + g.xsize + " x " + g.ysize + " inches");
        if (g.plot != null) {
            inv.out().println("     layers:  " + layers(g));
        } else {
            inv.out().println("     panels:  " + g.panels.size());
        }
        if (g.title != null) {
            inv.out().println("      title:  " + String.join(" ", g.title.lines()));
        }
    }

    private static String layers(Graph g) {
        List<String> out = new ArrayList<>();
        for (Layer l : g.plot.layers) {
            out.add(l.getClass().getSimpleName().toLowerCase(Locale.ROOT));
        }
        return String.join(" ", out);
    }
}
