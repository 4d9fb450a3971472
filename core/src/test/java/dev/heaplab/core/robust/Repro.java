package dev.heaplab.core.robust;

import dev.heaplab.core.borrowck.BorrowCheck;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.exhaustive.MatchCheck;
import dev.heaplab.core.lower.Lowering;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.syntax.Parser;
import dev.heaplab.core.typeck.TypeChecker;
import dev.heaplab.core.typeck.TypedProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints how each file given on the command line ends under {@link Probe}: for minimising
 * reproducers by hand. With {@code -Dtrace=true} the stages after type checking run without the
 * Driver's safety net, so that a fault shows its whole stack trace.
 */
final class Repro {
    private Repro() {}

    public static void main(String[] args) throws IOException {
        for (String a : args) {
            String text = Files.readString(Path.of(a));
            Probe.Result r = Probe.run(text);
            System.out.println(a + ": " + r.kind() + " " + r.detail());
            if (Boolean.getBoolean("trace") && r.isBug()) trace(text);
        }
    }

    private static void trace(String text) {
        Diagnostics diags = new Diagnostics();
        TypedProgram typed = TypeChecker.check(Parser.parse(new SourceFile("fuzz.rs", text), diags), diags);
        if (typed == null || diags.hasErrors()) return;
        try {
            MatchCheck.check(typed, diags);
            MirProgram mir = Lowering.lower(typed, diags);
            if (mir != null && !diags.hasErrors()) BorrowCheck.check(mir, diags);
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
        }
    }
}
