package org.sdl.interp.commands;

import java.util.List;
import org.sdl.data.ByteColumn;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;
import org.sdl.data.io.DtaReader;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/** append using file [file ...] [, generate(newvar) force]: adds observations; variables are matched by name. */
public final class AppendCommand extends Command {
    public AppendCommand() {
        super("append", 3, "[anything] using/ [, GENerate(string) force NOLabel KEEP(string)]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset master = inv.session().data();
        List<String> files = Words.tokens(inv.args().using());
        int n0 = master.nObs();
        String gen = inv.args().string("generate");
        ByteColumn source = null;
        if (gen != null) {
            GenerateCommand.checkNewName(master, gen);
            source = new ByteColumn(gen, n0);
            for (int i = 0; i < n0; i++) {
                source.set(i, 0);
            }
        }
        int fileNo = 0;
        for (String f : files) {
            fileNo++;
            Dataset u = DtaReader.read(UseCommand.resolve(inv.session(), f));
            int before = master.nObs();
            int add = u.nObs();
            master.setObs(before + add);
            if (source != null) {
                source.resize(before + add);
                for (int i = before; i < before + add; i++) {
                    source.set(i, fileNo);
                }
            }
            for (Column uc : u.columns()) {
                Column mc = master.column(uc.name());
                if (mc == null) {
                    Column fresh = uc instanceof StringColumn ? new StringColumn(uc.name(), before + add)
                        : NumericColumn.create(uc.type(), uc.name(), before + add);
                    fresh.setLabel(uc.label());
                    master.add(fresh);
                    mc = fresh;
                }
                if (mc.isString() != uc.isString()) {
                    if (!inv.args().flag("force")) {
                        throw new SdlError(106, "variable " + uc.name() + " is " + (mc.isString() ? "str" : "numeric")
                            + " in master but " + (uc.isString() ? "str" : "numeric") + " in using data");
                    }
                    continue;
                }
                if (mc instanceof StringColumn ms) {
                    for (int i = 0; i < add; i++) {
                        ms.set(before + i, ((StringColumn) uc).get(i));
                    }
                } else {
                    NumericColumn mn = (NumericColumn) mc;
                    NumericColumn un = (NumericColumn) uc;
                    StorageType t = mn.type();
                    for (int i = 0; i < add; i++) {
                        if (!t.holds(un.get(i))) {
                            t = t.promoteFor(un.get(i));
                        }
                    }
                    if (t != mn.type()) {
                        mn = mn.convertTo(t);
                        master.replace(mn);
                    }
                    for (int i = 0; i < add; i++) {
                        mn.set(before + i, un.get(i));
                    }
                }
            }
            u.valueLabels().forEach(master.valueLabels()::putIfAbsent);
        }
        if (source != null) {
            master.add(source);
        }
        master.setSortedBy(List.of());
    }
}
