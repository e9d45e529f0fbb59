package org.sdl.output.graph;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * {@code graph save}/{@code graph use}: a scene as JSON, {@code {"format": "sdl-graph", "version":
 * 1, "graph": {...}}}. The graph object holds the public fields of {@link Graph}, {@link Plot},
 * {@link Axis}, {@link Legend} by name; layers are objects with a {@code type} (points, line,
 * band, bars, spikes, text, refline) and their record components; colours are {r, g, b, a};
 * missing values are written as numbers (Stata's . is 8.98846567431158e307) and unset sizes as
 * "NaN". Documented in docs/commands/graph.md.
 */
public final class GraphJson {
    private GraphJson() {}

    public static final String FORMAT = "sdl-graph";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(SerializationFeature.INDENT_OUTPUT, false);

    public static String write(Graph g) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("graph", MAPPER.valueToTree(g));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a saved scene; IllegalArgumentException when the text is not one. */
    public static Graph read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.has("graph")) {
                throw new IllegalArgumentException("not an sdl graph file");
            }
            return MAPPER.treeToValue(root.get("graph"), Graph.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an sdl graph file: " + e.getMessage(), e);
        }
    }
}
