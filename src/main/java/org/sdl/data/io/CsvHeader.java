package org.sdl.data.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The first line of a delimited file: whether it is a header (varnames() or Stata's rule of thumb),
 * and the variable names and labels it gives. The number of its fields is the number of columns.
 */
record CsvHeader(List<String> names, List<String> labels, boolean present) {

    static CsvHeader read(Path path, CsvReader.Options opt) throws IOException {
        List<String> first;
        List<String> second;
        Reader in = CsvInput.withoutBom(new InputStreamReader(Files.newInputStream(path), opt.charset()));
        try (de.siegmar.fastcsv.reader.CsvReader<CsvRecord> csv = CsvInput.builder(opt.delimiter()).ofCsvRecord(in)) {
            Iterator<CsvRecord> it = csv.iterator();
            if (!it.hasNext()) {
                return new CsvHeader(List.of(), List.of(), false);
            }
            first = it.next().getFields();
            second = it.hasNext() ? it.next().getFields() : null;
        }
        boolean header = opt.header() != null ? opt.header() : looksLikeHeader(first, second);
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < first.size(); j++) {
            String raw = header ? first.get(j).strip() : "";
            String name = CsvNames.validName(raw, j, opt.nameCase());
            if (!seen.add(name)) {
                name = "v" + (j + 1);
                for (int dup = 2; !seen.add(name); dup++) {
                    name = "v" + (j + 1) + "_" + dup;
                }
            }
            names.add(name);
            labels.add(!raw.isEmpty() && !raw.equalsIgnoreCase(name) ? raw : "");
        }
        return new CsvHeader(names, labels, header);
    }

    int columns() {
        return names.size();
    }

    /**
     * Stata's rule of thumb: the first line is a header when some column holds text there but
     * numbers below it (or when the file has one line of text).
     */
    private static boolean looksLikeHeader(List<String> first, List<String> second) {
        for (int j = 0; j < first.size(); j++) {
            String cell = first.get(j);
            boolean text = !cell.isBlank() && Double.isNaN(CsvCells.number(cell));
            if (!text) {
                continue;
            }
            if (second == null || j >= second.size() || !Double.isNaN(CsvCells.number(second.get(j)))) {
                return true;
            }
        }
        // all text in both lines: a header of names over string data is the common case
        if (second != null) {
            for (String cell : first) {
                if (!Double.isNaN(CsvCells.number(cell))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
