package org.sdl.interp.commands;

import java.util.Locale;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.StringColumn;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * memory: bytes held by the data's columns (by storage type) against the Java heap in use after a
 * garbage collection, so the cost of the engine around the data can be read off directly.
 */
public final class MemoryCommand extends Command {
    public MemoryCommand() {
        super("memory", 3, null);
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        long data = 0;
        for (Column c : d.columns()) {
            switch (c.type()) {
                case BYTE: data += d.nObs(); break;
                case INT: data += 2L * d.nObs(); break;
                case LONG: case FLOAT: data += 4L * d.nObs(); break;
                case DOUBLE: data += 8L * d.nObs(); break;
                default: data += (long) ((StringColumn) c).width() * d.nObs();
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        inv.out().println(String.format(Locale.ROOT, "  data (column values)  %,15d bytes", data));
        inv.out().println(String.format(Locale.ROOT, "  Java heap in use      %,15d bytes", used));
        inv.out().println(String.format(Locale.ROOT, "  heap / data           %15.2f", data == 0 ? 0.0 : (double) used / data));
        inv.session().r().scalar("data_bytes", data).scalar("heap_used", used);
    }
}
