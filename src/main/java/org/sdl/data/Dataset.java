package org.sdl.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dataset in memory: an ordered list of equally long columns plus dataset-level metadata
 * (value-label sets, notes, label, sort order). It knows nothing of the language; varlist
 * matching lives in {@link VariableMatcher}.
 */
public final class Dataset {
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, ValueLabelSet> valueLabels = new LinkedHashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private List<String> sortedBy = List.of();
    private String label = "";
    private int nObs;
    private boolean changed;

    public int nObs() {
        return nObs;
    }

    public int nVars() {
        return columns.size();
    }

    /** Sets the number of observations; growing appends missing rows, shrinking drops the tail. */
    public void setObs(int n) {
        for (Column c : columns) {
            c.resize(n);
        }
        if (n < nObs) {
            // dropping from the end keeps the order of what remains
        }
        nObs = n;
        changed = true;
    }

    public List<Column> columns() {
        return Collections.unmodifiableList(columns);
    }

    public List<String> names() {
        List<String> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(c.name());
        }
        return out;
    }

    public boolean has(String name) {
        return index.containsKey(name);
    }

    /** Exact-name lookup; null when absent. */
    public Column column(String name) {
        Integer i = index.get(name);
        return i == null ? null : columns.get(i);
    }

    public int position(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public NumericColumn numeric(String name) {
        Column c = column(name);
        return c instanceof NumericColumn ? (NumericColumn) c : null;
    }

    public StringColumn string(String name) {
        Column c = column(name);
        return c instanceof StringColumn ? (StringColumn) c : null;
    }

    /** Appends a column; it must have nObs() rows and a new name. */
    public void add(Column c) {
        insert(columns.size(), c);
    }

    public void insert(int position, Column c) {
        if (c.size() != nObs) {
            throw new IllegalArgumentException("column " + c.name() + " has " + c.size()
                + " rows, dataset has " + nObs);
        }
        if (has(c.name())) {
            throw new IllegalArgumentException("variable " + c.name() + " already defined");
        }
        columns.add(position, c);
        reindex();
        changed = true;
    }

    /** Replaces a column by one with the same name (type change, recast). */
    public void replace(Column c) {
        int i = position(c.name());
        if (i < 0) {
            throw new IllegalArgumentException("no variable " + c.name());
        }
        columns.set(i, c);
        changed = true;
    }

    public void drop(String name) {
        int i = position(name);
        if (i >= 0) {
            columns.remove(i);
            reindex();
            notes.remove(name);
            if (sortedBy.contains(name)) {
                sortedBy = List.copyOf(sortedBy.subList(0, sortedBy.indexOf(name)));
            }
            if (columns.isEmpty()) {
                // as in Stata: a dataset without variables has no observations (drop _all)
                nObs = 0;
            }
            changed = true;
        }
    }

    public void rename(String from, String to) {
        Column c = column(from);
        if (c == null || has(to)) {
            throw new IllegalArgumentException("cannot rename " + from + " to " + to);
        }
        c.rename(to);
        reindex();
        List<String> n = notes.remove(from);
        if (n != null) {
            notes.put(to, n);
        }
        List<String> s = new ArrayList<>(sortedBy);
        s.replaceAll(x -> x.equals(from) ? to : x);
        sortedBy = List.copyOf(s);
        changed = true;
    }

    /** Puts the named columns first (in the given order), the rest after in their current order. */
    public void order(List<String> first) {
        List<Column> out = new ArrayList<>();
        for (String n : first) {
            out.add(column(n));
        }
        for (Column c : columns) {
            if (!first.contains(c.name())) {
                out.add(c);
            }
        }
        columns.clear();
        columns.addAll(out);
        reindex();
    }

    /**
     * Keeps rows[i] as the new row i in every column (subset, reorder, duplicate). Columns are
     * gathered in parallel: each gather is an independent, memory-bound pass.
     */
    public void applyRows(int[] rows) {
        Column[] out = new Column[columns.size()];
        Parallelism.forEach(out.length, i -> out[i] = columns.get(i).gather(rows));
        for (int i = 0; i < out.length; i++) {
            columns.set(i, out[i]);
        }
        nObs = rows.length;
        changed = true;
    }

    /** Removes everything: data, labels, notes. */
    public void clear() {
        columns.clear();
        index.clear();
        valueLabels.clear();
        notes.clear();
        sortedBy = List.of();
        label = "";
        nObs = 0;
        changed = false;
    }

    /** A deep copy (preserve). */
    public Dataset copy() {
        Dataset d = new Dataset();
        int[] all = new int[nObs];
        for (int i = 0; i < nObs; i++) {
            all[i] = i;
        }
        d.nObs = nObs;
        for (Column c : columns) {
            Column g = c.gather(all);
            d.columns.add(g);
        }
        d.reindex();
        for (Map.Entry<String, ValueLabelSet> e : valueLabels.entrySet()) {
            d.valueLabels.put(e.getKey(), e.getValue().copy(e.getKey()));
        }
        for (Map.Entry<String, List<String>> e : notes.entrySet()) {
            d.notes.put(e.getKey(), new ArrayList<>(e.getValue()));
        }
        d.sortedBy = sortedBy;
        d.label = label;
        d.changed = changed;
        return d;
    }

    /** Replaces this dataset's whole content by other's (restore, use). */
    public void become(Dataset other) {
        columns.clear();
        columns.addAll(other.columns);
        reindex();
        valueLabels.clear();
        valueLabels.putAll(other.valueLabels);
        notes.clear();
        notes.putAll(other.notes);
        sortedBy = other.sortedBy;
        label = other.label;
        nObs = other.nObs;
        changed = other.changed;
    }

    public Map<String, ValueLabelSet> valueLabels() {
        return valueLabels;
    }

    /** Notes keyed by variable name; "_dta" holds dataset notes. */
    public Map<String, List<String>> notes() {
        return notes;
    }

    public List<String> sortedBy() {
        return sortedBy;
    }

    public void setSortedBy(List<String> vars) {
        sortedBy = List.copyOf(vars);
    }

    /** Call after a variable's values change: the data may no longer be sorted by it. */
    public void touched(String name) {
        changed = true;
        int i = sortedBy.indexOf(name);
        if (i >= 0) {
            sortedBy = List.copyOf(sortedBy.subList(0, i));
        }
    }

    public String label() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label == null ? "" : label;
    }

    /** True when the data changed since the last save/use (Stata's "no; data in memory would be lost"). */
    public boolean changed() {
        return changed;
    }

    public void markSaved() {
        changed = false;
    }

    private void reindex() {
        index.clear();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).name(), i);
        }
    }
}
