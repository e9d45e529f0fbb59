package org.sdl.interp;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.sdl.data.Dataset;
import org.sdl.interp.expr.ExprEnv;
import org.sdl.stats.EstimationResult;

/**
 * Everything a running sdl session holds: the dataset, global macros, scalars, matrices,
 * stored results (e(), r(), s()), defined programs, stored estimates, settings and the random
 * stream. Commands read and change it; expressions see it through {@link ExprEnv}.
 */
public final class Session implements ExprEnv {
    public static final String VERSION = "0.1.0";

    private final Dataset data = new Dataset();
    private final Map<String, String> globals = new HashMap<>();
    private final Map<String, Object> scalars = new HashMap<>();
    private final Map<String, Matrix> matrices = new LinkedHashMap<>();
    private final Map<String, ProgramDef> programs = new LinkedHashMap<>();
    private final Map<String, EstimationResult> storedEstimates = new LinkedHashMap<>();
    private final Deque<Dataset> preserved = new ArrayDeque<>();
    private final List<Path> searchPath = new ArrayList<>();
    private final Settings settings = new Settings();
    private final Output out;
    private ReturnResults r = new ReturnResults();
    private ReturnResults s = new ReturnResults();
    private EstimationResult e;
    private MersenneTwister rng = new MersenneTwister(123456789);
    private int rc;
    private int tempCounter;
    private Path workingDir = Path.of("").toAbsolutePath();
    private final Map<Integer, double[]> timers = new HashMap<>();
    private String filename;

    private Object[] timeSeries;

    @Override
    public Object[] timeSeries() {
        return timeSeries;
    }

    /**
     * Declares the panel variable, time variable and delta of tsset/xtset (xtset may give a panel
     * alone); both null clears the declaration.
     */
    public void setTimeSeries(String panel, String time, double delta) {
        this.timeSeries = time == null && panel == null ? null : new Object[] {panel, time, delta};
    }

    private Pager pager;

    /** The Excel file putexcel set associated with the session (null before set / after clear). */
    private org.sdl.output.excel.ExcelTarget putexcel;

    public org.sdl.output.excel.ExcelTarget putexcel() {
        return putexcel;
    }

    public void setPutexcel(org.sdl.output.excel.ExcelTarget target) {
        this.putexcel = target;
    }

    /** Commands that cannot look at a file putexcel is writing: its pending writes may wait. */
    private static final java.util.Set<String> KEEP_PUTEXCEL_PENDING = java.util.Set.of("putexcel", "local",
        "global", "scalar", "matrix", "display", "summarize", "count", "tempname", "tempvar", "return", "ereturn");

    /**
     * Writes putexcel's pending changes to disk before any command that might read or replace the
     * file (all but the in-memory ones above), so a loop of putexcel writes costs one file write
     * and every other command sees the file as Stata would have left it. The engine also calls
     * this (with null) when a run ends.
     */
    public void flushPendingWrites(String commandName) {
        if (putexcel != null && (commandName == null || !KEEP_PUTEXCEL_PENDING.contains(commandName))) {
            putexcel.flush();
        }
    }

    /** The interactive pager, or null outside the REPL. */
    public Pager pager() {
        return pager;
    }

    public void setPager(Pager pager) {
        this.pager = pager;
    }

    public Session(Output out) {
        this.out = out;
    }

    @Override
    public Dataset data() {
        return data;
    }

    public Output out() {
        return out;
    }

    public Settings settings() {
        return settings;
    }

    public Map<String, String> globals() {
        return globals;
    }

    public Map<String, Object> scalars() {
        return scalars;
    }

    public Map<String, Matrix> matrices() {
        return matrices;
    }

    public Map<String, ProgramDef> programs() {
        return programs;
    }

    public Map<String, EstimationResult> storedEstimates() {
        return storedEstimates;
    }

    public Deque<Dataset> preserved() {
        return preserved;
    }

    public List<Path> searchPath() {
        return searchPath;
    }

    public ReturnResults r() {
        return r;
    }

    public void setR(ReturnResults results) {
        r = results;
    }

    /** Starts a fresh r() set (what every r-class command does first). */
    public ReturnResults newR() {
        r = new ReturnResults();
        return r;
    }

    public ReturnResults s() {
        return s;
    }

    public void setS(ReturnResults results) {
        s = results;
    }

    public EstimationResult e() {
        return e;
    }

    /** The active estimation results, for postestimation commands: r(301) when there are none. */
    public EstimationResult requireE() {
        if (e == null) {
            throw new SdlError(301, "last estimates not found");
        }
        return e;
    }

    public void setE(EstimationResult result) {
        e = result;
    }

    public int rc() {
        return rc;
    }

    public void setRc(int code) {
        rc = code;
    }

    public Path workingDir() {
        return workingDir;
    }

    public void setWorkingDir(Path p) {
        workingDir = p.toAbsolutePath().normalize();
    }

    /** Resolves a user-given path against the working directory (cd). */
    public Path resolve(String file) {
        Path p = Path.of(file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file);
        return p.isAbsolute() ? p : workingDir.resolve(p).normalize();
    }

    /** The file last used or saved (save without a name writes here). */
    public String filename() {
        return filename;
    }

    public void setFilename(String f) {
        filename = f;
    }

    public Map<Integer, double[]> timers() {
        return timers;
    }

    /** Unique names for tempvar/tempname/tempfile: __000001, __000002, ... as Stata. */
    public String nextTempName() {
        tempCounter++;
        return String.format("__%06d", tempCounter);
    }

    public void setSeed(long seed) {
        rng = new MersenneTwister(seed);
        settings.setSeed(String.valueOf(seed));
    }

    @Override
    public double nextUniform() {
        double u;
        do {
            u = rng.nextDouble();
        } while (u == 0);
        return u;
    }

    @Override
    public double nextGaussian() {
        return rng.nextGaussian();
    }

    /** A seed for parallel work (bootstrap) drawn from the session stream. */
    public long nextSeed() {
        return rng.nextLong();
    }

    @Override
    public Object scalar(String name) {
        return scalars.get(name);
    }

    @Override
    public Object storedResult(char kind, String name) {
        if (kind == 'e') {
            return StoredResults.e(e, name);
        }
        ReturnResults rr = kind == 's' ? s : r;
        if (rr.scalars().containsKey(name)) {
            return rr.scalars().get(name);
        }
        return rr.macros().get(name);
    }

    @Override
    public double coefficient(String kind, String name) {
        return StoredResults.coefficient(e, kind, name);
    }

    @Override
    public Double matrixElement(String matrix, int row, int col) {
        Matrix m = matrix(matrix);
        if (m == null || row < 1 || col < 1 || row > m.rows() || col > m.cols()) {
            return null;
        }
        return m.get(row - 1, col - 1);
    }

    @Override
    public int matrixDim(String matrix, boolean rows) {
        Matrix m = matrix(matrix);
        return m == null ? -1 : rows ? m.rows() : m.cols();
    }

    /** A named matrix, or e(b)/e(V)/r(name) when written that way. */
    public Matrix matrix(String name) {
        if (matrices.containsKey(name)) {
            return matrices.get(name);
        }
        if (name.startsWith("e(") && name.endsWith(")")) {
            return StoredResults.eMatrix(e, name.substring(2, name.length() - 1));
        }
        if (name.startsWith("r(") && name.endsWith(")")) {
            return r.matrices().get(name.substring(2, name.length() - 1));
        }
        return null;
    }

    @Override
    public Object cValue(String name) {
        LocalDateTime now = LocalDateTime.now();
        switch (name) {
            case "N": return (double) data.nObs();
            case "k": return (double) data.nVars();
            case "pi": return Math.PI;
            case "rc": return (double) rc;
            case "level": return settings.level();
            case "version": return 18.0;
            case "sdl_version": return VERSION;
            case "current_date": return now.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
            case "current_time": return now.format(DateTimeFormatter.ofPattern("HH:mm:ss"));
            case "pwd": return workingDir.toString();
            case "os": return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win") ? "Windows" : "Unix";
            case "dirsep": return "/";
            case "processors": return (double) settings.threads();
            case "seed": return settings.seed();
            case "maxvar": return 120000.0;
            case "alpha": return "a b c d e f g h i j k l m n o p q r s t u v w x y z";
            case "ALPHA": return "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z";
            case "Mons": return "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec";
            case "Wdays": return "Sun Mon Tue Wed Thu Fri Sat";
            case "epsdouble": return Math.ulp(1.0);
            case "maxdouble": return 8.988465674311579e307;
            case "mindouble": return -8.988465674311579e307;
            case "filename": return filename == null ? "" : filename;
            case "changed": return data.changed() ? 1.0 : 0.0;
            default: return null;
        }
    }
}
