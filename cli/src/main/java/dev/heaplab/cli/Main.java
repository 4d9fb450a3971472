package dev.heaplab.cli;

import dev.heaplab.core.Driver;
import dev.heaplab.core.render.RunReport;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `heaplab` command: parses arguments with picocli and hands each subcommand to the core Driver. */
@Command(name = "heaplab", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Runs and checks Rust programs on an explicit stack/heap machine.",
        subcommands = {RunCommand.class, CheckCommand.class, MirCommand.class, ExplainCommand.class, DocCommand.class,
                TraceCommand.class, PermissionsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ran to completion", "101:the program panicked", "1:rejected at compile time (or main returned Err)",
                "2:unsupported construct or bad usage", "3:a limit was hit", "4:internal error"})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** `heaplab` alone: a usage error. */
    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: missing subcommand");
        spec.commandLine().usage(err);
        return Driver.EXIT_UNSUPPORTED;
    }

    /** Subcommands that compile a program: the process starts building the std stubs at once for them. */
    private static final java.util.Set<String> COMPILING = java.util.Set.of("run", "check", "mir", "trace", "permissions");

    public static void main(String[] args) {
        dev.heaplab.core.StartupClock.mark("main");
        if (args.length > 0 && COMPILING.contains(args[0])) Driver.prepare();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        dev.heaplab.core.StartupClock.mark("exit");
        dev.heaplab.core.StartupClock.print();
        System.exit(code);
    }

    /** Runs the command line in-process with the given streams and returns the exit code (never throws). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        // not for `-…` (an option) nor `@…` (picocli reads arguments from that file)
        if (args.length == 2 && args[0].equals("run") && !args[1].startsWith("-") && !args[1].startsWith("@")) {
            return plainRun(args[1], out, err);
        }
        return execute(new Main(), args, out, err);
    }

    /** `run FILE.rs` and nothing else, the common case, skips picocli (see {@link RunCommand#plain}). */
    private static int plainRun(String file, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(out, true), e = new PrintWriter(err, true);
        try {
            return RunCommand.plain(file, o, e);
        } catch (Throwable t) { // as picocli's execution exception handler below
            o.flush();
            e.print(describe(t));
            return Driver.EXIT_INTERNAL;
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** Runs {@code root} as the top command (tests substitute their own commands). */
    static int execute(Object root, String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(out, true), e = new PrintWriter(err, true);
        try {
            CommandLine cl = new CommandLine(root);
            cl.setOut(o);
            cl.setErr(e);
            cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
                o.flush();
                e.print(describe(ex));
                e.flush();
                return Driver.EXIT_INTERNAL;
            });
            int code = cl.execute(args);
            o.flush();
            e.flush();
            return code;
        } catch (Throwable t) { // picocli itself failed: still no stack trace for the user
            o.flush();
            e.print(describe(t));
            e.flush();
            return Driver.EXIT_INTERNAL;
        }
    }

    /** `error: internal: <Exception>: <message>`, never a stack trace. */
    private static String describe(Throwable t) {
        return RunReport.internal(t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()), null);
    }

    /** `--version`: the version recorded in the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"heaplab " + (v == null ? "dev" : v)};
        }
    }
}
