package org.sdl.data.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.data.ValueLabelSet;

/**
 * Reads Stata .dta files: formats 113-115 (the binary layout of Stata 8-12) and 117, 118, 119
 * (the tagged layout of Stata 13+), either byte order, with variable and value labels, formats,
 * notes, sort order, dataset label, strL and extended missing values. Numbers keep their storage
 * type. The sections are read in file order from a streaming window ({@link DtaInput}), so
 * memory use is the dataset plus about a megabyte.
 */
public final class DtaReader {
    private DtaReader() {}

    /** The whole file as a dataset, marked as saved. r(601) if absent, r(610) if not a .dta file. */
    public static Dataset read(Path path) {
        return read(path, null);
    }

    /**
     * Only the named variables (use varlist using, merge keepusing()), in file order; null reads
     * all. The other columns are skipped without being decoded. Every value-label set is kept, as
     * Stata does. A name not in the file is r(111). Names must be exact: the command expands
     * abbreviations and wildcards against {@link #names(Path)} first.
     */
    public static Dataset read(Path path, Collection<String> variables) {
        return open(path, in -> read(in, variables));
    }

    /** The variable names of a .dta file, from its header only. */
    public static List<String> names(Path path) {
        return open(path, in -> DtaHeader.read(in).names);
    }

    private static <T> T open(Path path, java.util.function.Function<DtaInput, T> body) {
        if (Files.isDirectory(path)) {
            throw new DataException(603, "file " + path + " could not be opened (it is a folder)");
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            return body.apply(new DtaInput(ch, path.toString()));
        } catch (NoSuchFileException e) {
            throw new DataException(601, "file " + path + " not found");
        } catch (AccessDeniedException e) {
            throw new DataException(603, "file " + path + " could not be opened (permission denied)");
        } catch (IOException | UncheckedIOException e) {
            throw new DataException(603, "file " + path + " could not be read: " + e.getMessage(), e);
        }
    }

    static Dataset read(DtaInput in, Collection<String> variables) {
        DtaHeader h = DtaHeader.read(in);
        boolean[] keep = new boolean[h.k];
        if (variables == null) {
            java.util.Arrays.fill(keep, true);
        } else {
            for (String v : variables) {
                int j = h.names.indexOf(v);
                if (j < 0) {
                    throw new DataException(111, "variable " + v + " not found in " + in.file());
                }
                keep[j] = true;
            }
        }
        DtaData data = new DtaData(h, keep);
        data.read(in);
        List<ValueLabelSet> labels;
        if (h.release >= 117) {
            in.expect("</data><strls>");
            DtaStrls.read(in, h, data);
            in.expect("</strls><value_labels>");
            labels = DtaValueLabels.readTagged(in, h);
            in.expect("</value_labels></stata_dta>");
        } else {
            labels = DtaValueLabels.readOld(in, h);
        }
        return assemble(h, data.columns, labels);
    }

    /** Builds the dataset from the columns read (null for a column not asked for). */
    private static Dataset assemble(DtaHeader h, Column[] cols, List<ValueLabelSet> labels) {
        Dataset ds = new Dataset();
        ds.setObs(h.n);
        for (int j = 0; j < h.k; j++) {
            Column c = cols[j];
            if (c == null) {
                continue;
            }
            if (!h.formats.get(j).isEmpty()) {
                c.setFormat(h.formats.get(j));
            }
            c.setLabel(h.varLabels.get(j));
            if (c instanceof NumericColumn nc && !h.valueLabelNames.get(j).isEmpty()) {
                nc.setValueLabel(h.valueLabelNames.get(j));
            }
            if (ds.has(c.name())) {
                throw new DataException(610, "file not Stata format (variable " + c.name() + " defined twice)");
            }
            ds.add(c);
        }
        for (ValueLabelSet s : labels) {
            ds.valueLabels().put(s.name(), s);
        }
        ds.setLabel(h.label);
        List<String> sort = new ArrayList<>();
        for (int s : h.sortList) {
            if (cols[s] == null) {
                break; // sorted by (a, b, c) without b is sorted by a only
            }
            sort.add(h.names.get(s));
        }
        ds.setSortedBy(sort);
        for (Map.Entry<String, TreeMap<Integer, String>> e : h.notes.entrySet()) {
            if (e.getKey().equals("_dta") || ds.has(e.getKey())) {
                ds.notes().put(e.getKey(), new ArrayList<>(e.getValue().values()));
            }
        }
        ds.markSaved();
        return ds;
    }
}
