package org.sdl.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.sdl.data.Missing;
import org.sdl.stats.EstimationResult;

/**
 * The {@code estimates export} JSON of shared/spec/results-json.md: names, b and se of estimable
 * terms, full V, omitted terms, scalars, macros and nested named results. Doubles keep full
 * precision (Jackson writes the shortest text that round-trips); missing values are null.
 */
public final class ResultsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsJson() {}

    public static String estimation(EstimationResult e, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("sdl_version", version);
        root.put("cmd", e.cmd());
        root.put("cmdline", e.macros().getOrDefault("cmdline", ""));
        root.put("depvar", e.depvar());
        root.put("vce", e.macros().getOrDefault("vce", ""));
        root.put("N", e.n());
        ArrayNode names = root.putArray("names");
        ObjectNode b = root.putObject("b");
        ObjectNode se = root.putObject("se");
        ArrayNode omitted = MAPPER.createArrayNode();
        for (int j = 0; j < e.k(); j++) {
            String n = e.names().get(j);
            names.add(n);
            if (e.omitted(j)) {
                omitted.add(n);
            } else {
                number(b, n, e.b(j));
                number(se, n, e.se(j));
            }
        }
        ArrayNode v = root.putArray("V");
        for (int i = 0; i < e.k(); i++) {
            ArrayNode row = v.addArray();
            for (int j = 0; j < e.k(); j++) {
                double x = e.v(i, j);
                if (Missing.isMissing(x) || Double.isNaN(x)) {
                    row.addNull();
                } else {
                    row.add(x);
                }
            }
        }
        root.set("omitted", omitted);
        ObjectNode scalars = root.putObject("scalars");
        for (Map.Entry<String, Double> s : e.scalars().entrySet()) {
            number(scalars, s.getKey(), s.getValue());
        }
        ObjectNode macros = root.putObject("macros");
        for (Map.Entry<String, String> m : e.macros().entrySet()) {
            macros.put(m.getKey(), m.getValue());
        }
        ObjectNode results = root.putObject("results");
        tree(results, e.results());
        return write(root);
    }

    /** return export: the r() results as scalars, macros and matrices. */
    public static String returns(Map<String, Double> scalars, Map<String, String> macros,
                                 Map<String, double[][]> matrices, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("sdl_version", version);
        ObjectNode s = root.putObject("scalars");
        scalars.forEach((k, val) -> number(s, k, val));
        ObjectNode m = root.putObject("macros");
        macros.forEach(m::put);
        ObjectNode mats = root.putObject("matrices");
        matrices.forEach((k, val) -> {
            ArrayNode a = mats.putArray(k);
            for (double[] r : val) {
                ArrayNode row = a.addArray();
                for (double x : r) {
                    if (Missing.isMissing(x) || Double.isNaN(x)) {
                        row.addNull();
                    } else {
                        row.add(x);
                    }
                }
            }
        });
        return write(root);
    }

    @SuppressWarnings("unchecked")
    private static void tree(ObjectNode node, Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            if (e.getKey().startsWith("matrix:")) {
                continue;
            }
            if (v instanceof Map<?, ?> m) {
                tree(node.putObject(e.getKey()), (Map<String, Object>) m);
            } else if (v instanceof Number n) {
                number(node, e.getKey(), n.doubleValue());
            } else if (v instanceof Boolean bo) {
                node.put(e.getKey(), bo);
            } else if (v == null) {
                node.putNull(e.getKey());
            } else {
                node.put(e.getKey(), v.toString());
            }
        }
    }

    private static void number(ObjectNode node, String key, Double v) {
        if (v == null || Missing.isMissing(v) || Double.isNaN(v) || Double.isInfinite(v)) {
            node.putNull(key);
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            node.put(key, v.longValue());
        } else {
            node.put(key, v);
        }
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON rendering failed", e);
        }
    }
}
