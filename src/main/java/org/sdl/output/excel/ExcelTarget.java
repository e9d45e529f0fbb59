package org.sdl.output.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sdl.data.DataException;
import org.sdl.data.io.AtomicFiles;

/**
 * The workbook {@code putexcel set} associates with the session, and its life: Stata's rules for
 * an existing file (neither modify nor replace: the first write is r(602) and the file is not
 * touched; replace: the first write starts a new workbook; modify: other sheets and cells are
 * kept), sheet(name, replace) clearing the sheet at its first write, and open (changes stay in
 * memory until putexcel save).
 *
 * <p>The workbook stays in memory between commands and is written whole through
 * {@link AtomicFiles} (temp file + rename) when flushed, so a loop of single-cell writes neither
 * re-reads nor rewrites the file per cell. If the file changed on disk since sdl last wrote it
 * (another program, or export excel), it is read again first, so nothing written by others is
 * lost.
 */
public final class ExcelTarget {
    /** What putexcel set said to do with an existing file. */
    public enum Mode { NONE, MODIFY, REPLACE }

    /** The edits of one command, applied to the target sheet. */
    public interface Edit {
        void apply(Sheet sheet, StyleCache styles);
    }

    private final Path path;
    private final String shownName;
    private final String sheetName;
    private final boolean sheetReplace;
    private final Mode mode;
    private final boolean open;

    private Workbook wb;
    private StyleCache styles;
    /** The file on disk is the one sdl wrote (or created): later writes modify it. */
    private boolean owned;
    private boolean sheetCleared;
    private boolean dirty;
    private Object stamp;

    public ExcelTarget(Path path, String shownName, String sheetName, boolean sheetReplace, Mode mode, boolean open) {
        this.path = path.toAbsolutePath();
        this.shownName = shownName;
        this.sheetName = sheetName;
        this.sheetReplace = sheetReplace;
        this.mode = mode;
        this.open = open;
    }

    public String shownName() { return shownName; }
    public String sheetName() { return sheetName; }
    public boolean sheetReplace() { return sheetReplace; }
    public Mode mode() { return mode; }
    public boolean open() { return open; }

    /** Changes made with open and not yet saved by putexcel save. */
    public boolean unsaved() {
        return open && dirty;
    }

    /**
     * Applies one command's edits to the workbook in memory. Without open they reach the disk at
     * the next {@link #flush()} - before the next command that is not putexcel (or a few
     * in-memory commands), and when the run ends - so a loop of writes rewrites the file once.
     */
    public void edit(Edit e) {
        Workbook w = workbook();
        boolean clearedBefore = sheetCleared;
        try {
            Sheet sheet = sheet(w);
            e.apply(sheet, styles);
        } catch (RuntimeException ex) {
            // the edits check everything before changing a cell, so this is unexpected: the
            // in-memory copy may be half changed, so write nothing of it
            discard();
            sheetCleared = clearedBefore;
            throw ex;
        }
        dirty = true;
    }

    /** Writes pending changes (not under open: those wait for putexcel save). */
    public void flush() {
        if (!open && dirty) {
            writeNow();
        }
    }

    /** putexcel save: writes the in-memory workbook; false when nothing was pending. */
    public boolean save() {
        if (wb == null || !dirty) {
            return false;
        }
        writeNow();
        return true;
    }

    private void writeNow() {
        try {
            Workbook w = wb;
            AtomicFiles.write(path, true, w::write);
        } catch (RuntimeException ex) {
            discard();
            throw ex;
        }
        dirty = false;
        owned = true;
        stamp = stampOf(path);
    }

    private void discard() {
        wb = null;
        styles = null;
        dirty = false;
    }

    private Workbook workbook() {
        if (wb != null && (open || dirty || Objects.equals(stamp, stampOf(path)))) {
            return wb;
        }
        boolean exists = Files.exists(path);
        if (!owned && exists && mode == Mode.NONE) {
            throw new DataException(602, "file " + shownName + " already exists; use putexcel set with modify "
                + "(change cells, keep the rest) or replace (start a new workbook)");
        }
        boolean fresh = !exists || !owned && mode == Mode.REPLACE;
        wb = fresh ? newWorkbook() : read();
        styles = new StyleCache(wb);
        return wb;
    }

    private boolean xls() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls");
    }

    private Workbook newWorkbook() {
        return xls() ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    private Workbook read() {
        try (InputStream in = Files.newInputStream(path)) {
            return xls() ? new HSSFWorkbook(in) : new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new DataException(603, "file " + shownName + " could not be read as an Excel "
                + (xls() ? ".xls" : ".xlsx") + " workbook: " + e.getMessage(), e);
        }
    }

    private Sheet sheet(Workbook w) {
        if (sheetName == null) {
            return w.getNumberOfSheets() == 0 ? w.createSheet("Sheet1") : w.getSheetAt(0);
        }
        int idx = w.getSheetIndex(sheetName);
        if (idx < 0) {
            sheetCleared = true;
            return w.createSheet(sheetName);
        }
        if (sheetReplace && !sheetCleared) {
            w.removeSheetAt(idx);
            Sheet s = w.createSheet(sheetName);
            w.setSheetOrder(sheetName, idx);
            sheetCleared = true;
            return s;
        }
        return w.getSheetAt(idx);
    }

    /** What identifies the file's current version: inode, size and modification time. */
    private static Object stampOf(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.fileKey() + "/" + a.size() + "/" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return null;
        }
    }
}
