package dev.heaplab.core.render;

import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.HumanEmitter;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.List;

/**
 * What `heaplab run` prints on stderr besides the program's own output, and its exit code: shared
 * by the CLI and the conformance harness so both see exactly the same text.
 * <ul>
 * <li>rejected at compile time: the diagnostics as rustc prints them (exit 1, or 2 when unsupported);</li>
 * <li>a stage gave up without an error diagnostic: `error: internal: …` (exit 4);</li>
 * <li>a limit: `error: limit: …` then ` --> FILE:LINE:COL` (exit 3);</li>
 * <li>undefined behaviour: `error: undefined behavior: …` with its location (the machine's exit code);</li>
 * <li>an interpreter fault: `error: internal: … (at FILE:LINE:COL)` (exit 4).</li>
 * </ul>
 */
public final class RunReport {
    private RunReport() {}

    /** Text for stderr and the process exit code. */
    public record Outcome(String stderr, int exitCode) {}

    /** Diagnostics of a compilation; when it succeeded, they are printed only if {@code always}. */
    public static Outcome compiled(SourceFile file, Driver.Compiled compiled, boolean always) {
        return compiled(file, compiled, always, false);
    }

    /** The same, with diagnostics in French when {@code french}. */
    public static Outcome compiled(SourceFile file, Driver.Compiled compiled, boolean always, boolean french) {
        boolean hasError = compiled.diagnostics().stream().anyMatch(Diagnostic::isError);
        if (!compiled.ok() && !hasError) {
            return new Outcome(internal("compilation stopped without a diagnostic", null), Driver.EXIT_INTERNAL);
        }
        if (compiled.ok() && !always) return new Outcome("", Driver.EXIT_OK);
        return new Outcome(HumanEmitter.forFile(file, french).renderAll(compiled.diagnostics()), compiled.exitCode());
    }

    /** The trailer after a run and its exit code. */
    public static Outcome executed(SourceFile file, ExecutionResult r) {
        String at = r.span() == null ? null : file.location(r.span());
        String arrow = at == null ? "" : " --> " + at + "\n";
        return switch (r.outcome()) {
            case COMPLETED, PANICKED, MAIN_RETURNED_ERR -> new Outcome("", r.exitCode());
            case LIMIT -> new Outcome("error: " + (r.message().startsWith("limit: ") ? "" : "limit: ") + r.message() + "\n"
                    + arrow, Driver.EXIT_LIMIT);
            case UNDEFINED_BEHAVIOR -> new Outcome("error: undefined behavior: " + r.message() + "\n" + arrow, r.exitCode());
            case INTERNAL_ERROR -> new Outcome(internal(r.message(), at), Driver.EXIT_INTERNAL);
        };
    }

    /**
     * The trailer of a `--no-borrowck` run: undefined behaviour reported as Miri does (the access,
     * where the memory was allocated and freed), or, when the run showed none, a note that the
     * borrow checker rejects the program all the same.
     */
    public static Outcome executedUnchecked(SourceFile file, Driver.Run run, boolean french) {
        ExecutionResult r = run.execution();
        if (r.outcome() != ExecutionResult.Outcome.UNDEFINED_BEHAVIOR) {
            Outcome base = executed(file, r);
            if (run.prevented().isEmpty()) return base;
            Diagnostic first = run.prevented().get(0);
            Span at = first.primarySpan();
            String where = (first.code() == null ? "" : first.code() + ", ") + (at == null ? "" : file.location(at));
            // Aliasing a `&mut`, or writing through `&`, is undefined behaviour by itself (Stacked Borrows),
            // even when no freed memory is touched: say so rather than call the run clean.
            boolean aliasing = first.code() != null && java.util.Set.of("E0499", "E0502", "E0503", "E0506", "E0594", "E0596")
                    .contains(first.code());
            String note = french
                    ? "note: le vérificateur d'emprunts rejette ce programme (" + where + ") ; cette exécution n'a "
                        + "touché aucune mémoire libérée" + (aliasing
                            ? ", mais l'aliasing qu'elle fait est un comportement indéfini en Rust même sans cela\n"
                            : "\n")
                    : "note: the borrow checker rejects this program (" + where + "); this run touched no freed memory"
                        + (aliasing ? ", but the aliasing it does is undefined behavior in Rust even so\n"
                            : "\n");
            return new Outcome(base.stderr() + note, base.exitCode());
        }
        HumanEmitter emitter = HumanEmitter.forFile(file, french);
        Diagnostic.Builder ub = Diagnostic.error(null, "Undefined Behavior: " + r.message());
        if (r.span() != null) ub.primary(r.span(), french ? "le comportement indéfini a lieu ici" : "Undefined Behavior occurred here");
        ub.help(french ? "cela indique un bogue du programme : il a effectué une opération invalide, au comportement indéfini"
                : "this indicates a bug in the program: it performed an invalid operation, and caused Undefined Behavior");
        if (!run.prevented().isEmpty()) {
            Diagnostic first = run.prevented().get(0);
            Span at = first.primarySpan();
            String code = first.code() == null ? "" : "[" + first.code() + "] ";
            ub.note((french ? "le vérificateur d'emprunts empêche cela : " : "the borrow checker prevents this: ")
                    + code + first.message() + (at == null ? "" : " (" + file.location(at) + ")"));
        }
        StringBuilder out = new StringBuilder(emitter.render(ub.build()));
        for (ExecutionResult.Origin o : r.origins()) {
            String what = o.deallocated()
                    ? (french ? " a été désallouée ici :" : " was deallocated here:")
                    : (french ? " a été allouée ici :" : " was allocated here:");
            Diagnostic d = new Diagnostic(Diagnostic.Kind.RUST, dev.heaplab.core.diag.Severity.HELP, null,
                    o.label() + what, List.of(dev.heaplab.core.diag.Label.primary(o.span(), "")));
            out.append(emitter.render(d));
        }
        return new Outcome(out.toString(), r.exitCode());
    }

    /** `error: internal: <what> (at FILE:LINE:COL)`, the location omitted when unknown. */
    public static String internal(String what, String location) {
        return "error: internal: " + what + (location == null ? "" : " (at " + location + ")") + "\n";
    }
}
