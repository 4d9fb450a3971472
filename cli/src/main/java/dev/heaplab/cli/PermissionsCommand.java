package dev.heaplab.cli;

import dev.heaplab.core.Driver;
import dev.heaplab.core.borrowck.BorrowCheck;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.perm.PermissionJson;
import dev.heaplab.core.perm.PermissionTable;
import dev.heaplab.core.perm.PermissionText;
import dev.heaplab.core.perm.Permissions;
import dev.heaplab.core.source.SourceFile;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `heaplab permissions FILE.rs`: the read / write / own permissions of each place after each line,
 * with why one is missing. Shown also for programs the borrow checker rejects (exit 1 then), with
 * each error under the line where the missing permission is needed.
 */
@Command(name = "permissions", mixinStandardHelpOptions = true,
        description = "Show the read/write/own permissions of each place, line by line.")
final class PermissionsCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.rs") String file;

    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES}") Format format;

    @Option(names = "--lang", defaultValue = "en", description = "${COMPLETION-CANDIDATES}") Lang lang;

    @Override public Integer call() {
        return show(file, format == Format.json, lang, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The permissions view of FILE as text or JSON; also `heaplab trace --permissions`. */
    static int show(String file, boolean json, Lang lang, PrintWriter out, PrintWriter err) {
        SourceFile source = SourceInput.read(file, err);
        if (source == null) return Driver.EXIT_REJECTED;
        // Lowered without the checker, which then runs here so that its errors can be placed on lines.
        Driver.Compiled compiled = Driver.compile(source, false);
        if (!compiled.ok()) return CompileReport.report(source, compiled, CompileReport.Format.human, false, lang == Lang.fr, err);
        Diagnostics diags = new Diagnostics();
        BorrowCheck.check(compiled.mir(), diags);
        List<Diagnostic> errors = diags.all();
        PermissionTable table = Permissions.of(compiled.mir(), errors);
        out.print(json ? PermissionJson.render(table, lang == Lang.fr) : new PermissionText(lang == Lang.fr).render(table));
        out.flush();
        boolean rejected = errors.stream().anyMatch(Diagnostic::isError);
        if (rejected) {
            err.println(lang.t("error: the borrow checker rejects this program (see ✗ above)",
                    "erreur : le vérificateur d'emprunts rejette ce programme (voir ✗ ci-dessus)"));
        }
        return rejected ? Driver.EXIT_REJECTED : Driver.EXIT_OK;
    }
}
