package org.sdl.interp;

import java.util.List;
import org.sdl.lang.SourceLine;

/** A program defined with {@code program define}: its body lines (unexpanded) and class. */
public record ProgramDef(String name, List<SourceLine> body, String programClass) {}
