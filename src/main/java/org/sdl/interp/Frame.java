package org.sdl.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A local-macro scope: one per do-file and per program invocation (Stata locals do not nest
 * into callees). It also owns the temporary variables, names and files created in it, which
 * disappear when it ends, and the r()/e() results a program posts with return/ereturn.
 */
public final class Frame {
    private final Map<String, String> locals = new HashMap<>();
    private final String file;
    private final String program;
    private final List<String> tempvars = new ArrayList<>();
    private final List<String> tempnames = new ArrayList<>();
    private final List<java.nio.file.Path> tempfiles = new ArrayList<>();
    private ReturnResults pendingReturn;
    private final String programClass;

    public Frame(String file, String program, String programClass) {
        this.file = file;
        this.program = program;
        this.programClass = programClass == null ? "" : programClass;
    }

    public String local(String name) {
        return locals.getOrDefault(name, "");
    }

    public boolean hasLocal(String name) {
        return locals.containsKey(name);
    }

    public void setLocal(String name, String value) {
        if (value == null || value.isEmpty()) {
            locals.remove(name);
        } else {
            locals.put(name, value);
        }
    }

    public Map<String, String> locals() {
        return locals;
    }

    public String file() {
        return file;
    }

    public String program() {
        return program;
    }

    /** rclass, eclass, sclass or "" (nclass). */
    public String programClass() {
        return programClass;
    }

    public List<String> tempvars() {
        return tempvars;
    }

    public List<String> tempnames() {
        return tempnames;
    }

    public List<java.nio.file.Path> tempfiles() {
        return tempfiles;
    }

    /** Results posted by {@code return ...} in an rclass program, published to r() at its end. */
    public ReturnResults pendingReturn() {
        if (pendingReturn == null) {
            pendingReturn = new ReturnResults();
        }
        return pendingReturn;
    }

    public boolean hasPendingReturn() {
        return pendingReturn != null;
    }
}
