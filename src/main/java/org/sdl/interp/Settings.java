package org.sdl.interp;

/** Session settings changed with {@code set}: confidence level, worker threads, and the like. */
public final class Settings {
    private double level = 95;
    private int threads = org.sdl.data.Parallelism.threads();
    private boolean varabbrev = true;
    private String seed = "123456789";
    private boolean doubleDefault;

    public double level() { return level; }
    public void setLevel(double l) { level = l; }
    public int threads() { return threads; }
    /** Also bounds every parallel kernel (sorts, grouping, CSV, estimator row ranges). */
    public void setThreads(int t) {
        threads = Math.max(1, t);
        org.sdl.data.Parallelism.setThreads(threads);
    }
    public boolean varabbrev() { return varabbrev; }
    public void setVarabbrev(boolean v) { varabbrev = v; }
    /** set type double: generate and egen create doubles rather than floats by default. */
    public org.sdl.data.StorageType defaultNumericType() {
        return doubleDefault ? org.sdl.data.StorageType.DOUBLE : org.sdl.data.StorageType.FLOAT;
    }
    public void setDoubleDefault(boolean d) { doubleDefault = d; }
    private boolean trace;
    /** set trace on: programs show each line before and after macro expansion. */
    public boolean trace() { return trace; }
    public void setTrace(boolean t) { trace = t; }
    public String seed() { return seed; }
    public void setSeed(String s) { seed = s; }
}
