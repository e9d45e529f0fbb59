package org.sdl.data;

import java.util.Map;
import java.util.TreeMap;

/** One named value-label set ({@code label define}); shared by any number of variables. */
public final class ValueLabelSet {
    private final String name;
    private final TreeMap<Double, String> labels = new TreeMap<>();

    public ValueLabelSet(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void put(double value, String label) {
        labels.put(value, label);
    }

    public void remove(double value) {
        labels.remove(value);
    }

    public String get(double value) {
        return labels.get(value);
    }

    /** The value carrying this label, or null. */
    public Double valueOf(String label) {
        for (Map.Entry<Double, String> e : labels.entrySet()) {
            if (e.getValue().equals(label)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Value to label, in ascending value order (missing codes sort last). */
    public Map<Double, String> entries() {
        return labels;
    }

    public ValueLabelSet copy(String newName) {
        ValueLabelSet c = new ValueLabelSet(newName);
        c.labels.putAll(labels);
        return c;
    }
}
