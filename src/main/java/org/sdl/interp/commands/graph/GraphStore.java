package org.sdl.interp.commands.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.sdl.interp.Session;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Scheme;

/**
 * The graphs of a session in memory (Stata's named graphs: {@code Graph} unless name() says
 * otherwise), the current one, and the default scheme ({@code set scheme}). Kept beside the
 * session rather than in it so that graphs stay one command group's business.
 */
public final class GraphStore {
    private static final Map<Session, GraphStore> STORES = new WeakHashMap<>();

    private final Map<String, Graph> graphs = new LinkedHashMap<>();
    private String current;
    private String scheme = Scheme.DEFAULT;

    public static synchronized GraphStore of(Session s) {
        return STORES.computeIfAbsent(s, k -> new GraphStore());
    }

    public Map<String, Graph> graphs() {
        return graphs;
    }

    public void put(String name, Graph g) {
        graphs.remove(name);
        graphs.put(name, g);
        current = name;
    }

    /** The named graph, or the current one for a null name; null when there is none. */
    public Graph get(String name) {
        return graphs.get(name == null ? current : name);
    }

    public String current() {
        return current;
    }

    public void drop(String name) {
        graphs.remove(name);
        if (name.equals(current)) {
            current = graphs.isEmpty() ? null : graphs.keySet().stream().reduce((a, b) -> b).orElse(null);
        }
    }

    public String scheme() {
        return scheme;
    }

    public void setScheme(String s) {
        scheme = s;
    }

    /** {@code set scheme name}: an unknown scheme is r(111), as in Stata. */
    public static void setDefaultScheme(Session s, String name) {
        String n = name.strip();
        if (Scheme.named(n) == null) {
            throw new org.sdl.interp.SdlError(111, "scheme " + n + " not found (available: "
                + String.join(", ", Scheme.NAMES) + ")");
        }
        of(s).setScheme(n);
    }
}
