package org.sdl.interp.commands;

import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** compress [varlist]: the narrowest storage type that holds every value exactly. */
public final class CompressCommand extends Command {
    public CompressCommand() {
        super("compress", 4, "[varlist]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        long saved = 0;
        for (String v : inv.args().varlist()) {
            Column c = d.column(v);
            if (c instanceof StringColumn s) {
                int w = 1;
                for (String x : s.raw()) {
                    w = Math.max(w, StringColumn.byteLength(x));
                }
                if (!s.isStrL() && w < s.width()) {
                    saved += (long) (s.width() - w) * d.nObs();
                    String was = s.typeName();
                    s.setWidth(w);
                    inv.out().println("  variable " + v + " was " + was + " now " + s.typeName());
                }
                continue;
            }
            NumericColumn nc = (NumericColumn) c;
            StorageType best = StorageType.BYTE;
            for (int i = 0; i < nc.size(); i++) {
                double x = nc.get(i);
                while (best != StorageType.DOUBLE && !fits(best, x)) {
                    best = StorageType.values()[best.ordinal() + 1];
                }
            }
            if (best.ordinal() < nc.type().ordinal()) {
                saved += (long) (bytes(nc.type()) - bytes(best)) * d.nObs();
                d.replace(nc.convertTo(best));
                inv.out().println("  variable " + v + " was " + nc.typeName() + " now " + best.name().toLowerCase());
            }
        }
        inv.out().println(saved == 0 ? "  (0 bytes saved)" : String.format("  (%,d bytes saved)", saved));
    }

    private static boolean fits(StorageType t, double x) {
        if (t == StorageType.FLOAT) {
            return org.sdl.data.Missing.isMissing(x) || (double) (float) x == x;
        }
        return t.holds(x);
    }

    private static int bytes(StorageType t) {
        switch (t) {
            case BYTE: return 1;
            case INT: return 2;
            case LONG: case FLOAT: return 4;
            default: return 8;
        }
    }
}
