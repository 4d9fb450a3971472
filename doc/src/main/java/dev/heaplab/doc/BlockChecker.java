package dev.heaplab.doc;

import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.Machine;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.render.RunReport;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks one block: compiles it with heaplab, runs it unless marked otherwise, and gives the verdict. */
final class BlockChecker {
    private BlockChecker() {}

    static BlockResult check(CodeBlock block, String displayPath, Lang lang, Limits limits, BlockFigures figures) {
        InfoString info = block.info();
        if (!info.rust()) {
            return new BlockResult(block, null, new Verdict.NotChecked(Verdict.Reason.NOT_RUST, info.language()),
                    "", null, null, null, null, "", null);
        }
        Doctest doctest = Doctest.prepare(block, true);
        if (info.ignore()) {
            return notRun(block, doctest, new Verdict.NotChecked(Verdict.Reason.IGNORED, "ignore"));
        }
        if (info.heaplabSkip()) {
            return notRun(block, doctest, new Verdict.NotChecked(Verdict.Reason.SKIPPED, "heaplab-skip"));
        }
        SourceFile file = new SourceFile(displayPath, doctest.program());
        try {
            return compileAndRun(block, doctest, file, lang, limits, figures.forBlock(block, file));
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            // A heaplab bug on this block: reported on the block, never thrown at the user.
            return new BlockResult(block, doctest, new Verdict.Internal(Driver.describe(e)), "", null, null,
                    Driver.EXIT_INTERNAL, null, "", null);
        }
    }

    private static BlockResult notRun(CodeBlock block, Doctest doctest, Verdict verdict) {
        return new BlockResult(block, doctest, verdict, "", null, null, null, null, "", null);
    }

    private static BlockResult compileAndRun(CodeBlock block, Doctest doctest, SourceFile file, Lang lang, Limits limits,
                                             BlockFigures.Figure figure) {
        InfoString info = block.info();
        Driver.Compiled compiled = Driver.compile(file);
        RunReport.Outcome report = RunReport.compiled(file, compiled, true, lang.french());
        String diagnostics = compiled.diagnostics().isEmpty() && report.exitCode() == Driver.EXIT_OK ? "" : report.stderr();
        int exit = report.exitCode();
        Diagnostic firstError = compiled.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElse(null);
        int errorLine = line(file, firstError == null ? null : firstError.primarySpan());

        Verdict verdict;
        if (exit == Driver.EXIT_INTERNAL) {
            verdict = new Verdict.Internal(firstError == null ? "compilation stopped without a diagnostic" : firstError.message());
        } else if (exit == Driver.EXIT_UNSUPPORTED) {
            Diagnostic u = compiled.diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.UNSUPPORTED)
                    .findFirst().orElse(firstError);
            int l = line(file, u == null ? null : u.primarySpan());
            verdict = new Verdict.NotChecked(Verdict.Reason.UNSUPPORTED,
                    (u == null ? "unsupported" : u.message()) + (l > 0 ? " (" + lang.t("line ", "ligne ") + l + ")" : ""));
        } else if (info.compileFail()) {
            verdict = compileFail(info, compiled, errorLine, lang);
        } else if (!compiled.ok()) {
            String hint = block.fenced() && !info.raw().isEmpty() ? "" : lang.t(
                    " (rustdoc treats a block without a language as Rust: label it ```text if it is not Rust)",
                    " (rustdoc considère un bloc sans langage comme du Rust : marquez-le ```text s'il n'en est pas)");
            verdict = new Verdict.Failed(lang.t("rejected by the compiler: ", "rejeté par le compilateur : ")
                    + header(firstError, lang) + hint, errorLine);
        } else if (info.noRun()) {
            verdict = new Verdict.Passed(lang.t("compiled (not run: no_run)", "compilé (non exécuté : no_run)"));
        } else {
            return run(block, doctest, file, compiled, diagnostics, lang, limits, figure);
        }
        BlockResult r = new BlockResult(block, doctest, verdict, diagnostics, null, null, exit, null, "", null);
        return r.withFigures(figure.html(r, lang));
    }

    private static Verdict compileFail(InfoString info, Driver.Compiled compiled, int errorLine, Lang lang) {
        if (compiled.ok()) {
            return new Verdict.Failed(lang.t("compiled, but it is marked compile_fail",
                    "compilé, alors qu'il est marqué compile_fail"), 0);
        }
        List<String> codes = compiled.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code)
                .filter(Objects::nonNull).distinct().toList();
        List<String> missing = info.errorCodes().stream().filter(c -> !codes.contains(c)).toList();
        if (!missing.isEmpty()) {
            String got = codes.isEmpty() ? lang.t("no error code", "aucun code d'erreur") : String.join(", ", codes);
            return new Verdict.Failed(lang.t("rejected, but with ", "rejeté, mais avec ") + got
                    + lang.t(" instead of ", " au lieu de ") + String.join(", ", missing), errorLine);
        }
        return new Verdict.Passed(codes.isEmpty() || info.errorCodes().isEmpty()
                ? lang.t("rejected by the compiler, as marked", "rejeté par le compilateur, comme annoncé")
                : lang.t("rejected with ", "rejeté avec ") + String.join(", ", info.errorCodes())
                        + lang.t(", as marked", ", comme annoncé"));
    }

    private static BlockResult run(CodeBlock block, Doctest doctest, SourceFile file, Driver.Compiled compiled,
                                   String diagnostics, Lang lang, Limits limits, BlockFigures.Figure figure) {
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        ProgramOutput capture = new ProgramOutput() {
            @Override public void stdout(String text) { out.append(text); }

            @Override public void stderr(String text) { err.append(text); }
        };
        ExecutionResult r = new Machine(compiled.mir(), limits, capture, figure.observers()).run();
        RunReport.Outcome end = RunReport.executed(file, r);
        err.append(end.stderr());
        int at = r.span() != null ? line(file, r.span()) : panicLine(err.toString(), file.displayPath());
        boolean shouldPanic = block.info().shouldPanic();
        Verdict verdict = switch (r.outcome()) {
            case COMPLETED -> shouldPanic
                    ? new Verdict.Failed(lang.t("ran to completion, but it is marked should_panic",
                            "s'est exécuté jusqu'au bout, alors qu'il est marqué should_panic"), 0)
                    : new Verdict.Passed(lang.t("compiled and ran (exit code 0)", "compilé et exécuté (code de sortie 0)"));
            case PANICKED, MAIN_RETURNED_ERR -> shouldPanic
                    ? new Verdict.Passed(lang.t("panicked, as marked (should_panic)", "a paniqué, comme annoncé (should_panic)"))
                    : new Verdict.Failed(r.outcome() == ExecutionResult.Outcome.PANICKED
                            ? lang.t("panicked (exit code 101)", "a paniqué (code de sortie 101)")
                            : lang.t("main returned Err (exit code 1)", "main a renvoyé Err (code de sortie 1)"), at);
            case LIMIT -> new Verdict.Failed(lang.t("stopped by a limit: ", "arrêté par une limite : ") + r.message(), at);
            case UNDEFINED_BEHAVIOR -> new Verdict.Failed(lang.t("undefined behavior: ", "comportement indéfini : ") + r.message(), at);
            case INTERNAL_ERROR -> new Verdict.Internal(r.message());
        };
        BlockResult result = new BlockResult(block, doctest, verdict, diagnostics, out.toString(), err.toString(),
                end.exitCode(), r.stats(), "", r);
        return result.withFigures(figure.html(result, lang));
    }

    /** `error[E0599]: message`, the first line of a diagnostic. */
    private static String header(Diagnostic d, Lang lang) {
        if (d == null) return lang.t("error", "erreur");
        return lang.t("error", "erreur") + (d.code() == null ? "" : "[" + d.code() + "]") + ": " + d.message();
    }

    /** The Markdown line of a span inside the block's program (0 when it points elsewhere, e.g. into std). */
    private static int line(SourceFile file, Span span) {
        if (span == null || !file.contains(span.lo()) || span.equals(Span.DUMMY)) return 0;
        return file.line(span.lo());
    }

    private static int panicLine(String stderr, String path) {
        Matcher m = Pattern.compile("panicked at " + Pattern.quote(path) + ":(\\d+):\\d+").matcher(stderr);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
