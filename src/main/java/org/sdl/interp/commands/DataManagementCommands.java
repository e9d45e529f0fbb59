package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/** Registers the data management (issue 3): egen, rename, recode, label, merge, reshape, ... commands. */
public final class DataManagementCommands {
    private DataManagementCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new EgenCommand());
        r.register(new RenameCommand());
        r.register(new OrderCommand());
        r.register(new GsortCommand());
        r.register(new RecodeCommand());
        r.register(new LabelCommand());
        r.register(new EncodeCommand(true));
        r.register(new SplitCommand());
        r.register(new ExpandCommand());
        r.register(new ContractCommand());
        r.register(new FillinCommand());
        r.register(new TssetCommand(false));
        r.register(new TssetCommand(true));
        r.register(new XiCommand());
        r.register(new EncodeCommand(false));
        r.register(new DestringCommand(true));
        r.register(new DestringCommand(false));
        r.register(new MvCommand(true));
        r.register(new MvCommand(false));
        r.register(new Winsor2Command());
        r.register(new XtileCommand());
        r.register(new PctileCommand());
        r.register(new UnderscorePctileCommand());
        r.register(new MergeCommand());
        r.register(new AppendCommand());
        r.register(new JoinbyCommand());
        r.register(new CollapseCommand());
        r.register(new ReshapeCommand());
        r.register(new DuplicatesCommand());
        r.register(new LevelsofCommand());
        r.register(new IsidCommand());
        r.register(new ClonevarCommand());
        r.register(new DsCommand());
        r.register(new PreserveCommand(false));
        r.register(new PreserveCommand(true));
        r.register(new FormatCommand());
        r.register(new NoteCommand());
        r.register(new CompressCommand());
        r.register(new RecastCommand());
        r.register(new MisstableCommand());
        r.register(new DescribeCommand());
        r.register(new CodebookCommand());
        r.alias("note", "notes");
        r.alias("note:", "notes");
        r.alias("notes:", "notes");
        r.alias("ren", "rename");
        r.alias("lab", "label");
    }
}
