package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/** The table of built-in commands. */
public final class Builtins {
    private Builtins() {}

    public static CommandRegistry registry() {
        CommandRegistry r = new CommandRegistry();
        r.register(new DisplayCommand());
        r.register(new MacroCommand(false));
        r.register(new MacroCommand(true));
        r.register(new ExitCommand());
        r.register(new ErrorCommand());
        r.register(new ContinueCommand());
        r.register(new AssertCommand());
        r.register(new ArgsCommand());
        r.register(new SyntaxCommand());
        r.register(new MarksampleCommand());
        r.register(new TempCommand("var"));
        r.register(new TempCommand("name"));
        r.register(new TempCommand("file"));
        r.register(new ReturnCommand());
        r.register(new EreturnCommand());
        r.register(new DoCommand("do"));
        r.register(new DoCommand("run"));
        r.register(new DoCommand("include"));
        r.register(new SetCommand());
        r.register(new ClearCommand());
        r.register(new ScalarCommand());
        r.register(new MatrixCommand());
        r.register(new MkmatCommand());
        r.register(new ProgramCommand());
        r.register(new VersionCommand());
        r.register(new TimerCommand());
        r.register(new GenerateCommand());
        r.register(new ReplaceCommand());
        r.register(new DropKeepCommand(false));
        r.register(new DropKeepCommand(true));
        r.register(new ListCommand());
        r.register(new BrowseCommand());
        r.register(new CountCommand());
        r.register(new SortCommand());
        r.register(new SummarizeCommand());
        r.register(new GettokenCommand());
        r.register(new TokenizeCommand());
        r.register(new LogCommand());
        r.register(new LogCommand(true));
        r.register(new MemoryCommand());
        r.register(new IfCommand());
        r.register(new MacroListCommand());
        for (String fs : new String[] {"cd", "pwd", "erase", "rm", "dir", "ls", "type", "adopath"}) {
            r.register(new FileSystemCommand(fs));
        }
        r.register(new DirectoryCommand(true));
        r.register(new DirectoryCommand(false));
        r.register(new ConfirmCommand());
        DataManagementCommands.registerAll(r);
        DescriptiveCommands.registerAll(r);
        FilesCommands.registerAll(r);
        EstimationCommands.registerAll(r);
        CausalCommands.registerAll(r);
        TreatmentEffectsCommands.registerAll(r);
        ReportingCommands.registerAll(r);
        org.sdl.interp.commands.output.TableCommands.registerAll(r);
        org.sdl.interp.commands.graph.GraphCommands.registerAll(r);
        org.sdl.interp.commands.graphstats.GraphStatCommands.registerAll(r);
        MarginsCommands.registerAll(r);
        PanelCommands.registerAll(r);
        DoFileCommands.registerAll(r);
        org.sdl.interp.commands.help.HelpCommands.registerAll(r);
        r.alias("gen", "generate");
        r.alias("g", "generate");
        r.alias("mat", "matrix");
        r.alias("glo", "global");
        return r;
    }
}
