package org.sdl.data.io;

import java.nio.file.Path;
import org.sdl.data.Dataset;

/** The first entry points of import/export excel, kept for their callers; see XlsxReader/XlsxWriter. */
public final class XlsxIo {
    private XlsxIo() {}

    /** import excel file [, sheet() firstrow]: names kept as written (Stata's case(preserve)). */
    public static Dataset read(Path path, String sheetName, boolean firstRow) {
        String sheet = sheetName == null ? null : sheetName.replace("\"", "");
        return XlsxReader.read(path, new XlsxReader.Options(sheet, null, firstRow, "preserve", false));
    }

    /** export excel file [, sheet() firstrow(variables) replace]. */
    public static void write(Dataset data, Path path, boolean replace, String sheetName, boolean firstRowNames) {
        String sheet = sheetName == null ? null : sheetName.replace("\"", "");
        XlsxWriter.write(data, null, null, path, replace,
            new XlsxWriter.Options(sheet, firstRowNames ? "variables" : null, false, false));
    }
}
