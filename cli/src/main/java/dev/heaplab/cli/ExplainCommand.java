package dev.heaplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `heaplab explain E0382`: prints the error code's explanation from docs/error-codes (bundled in the jar). */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain an error code.")
final class ExplainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXXXX") String code;

    @Option(names = "--lang", defaultValue = "en", description = "${COMPLETION-CANDIDATES}")
    Lang lang;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!code.matches("E\\d{4}")) {
            err.print("error: " + code + " is not a valid error code\n\n");
            return 1;
        }
        String text = lang == Lang.fr ? load(code + ".fr.md") : null;
        if (text == null) text = load(code + ".md");
        if (text == null) {
            err.print("error: no explanation for " + code + " yet\n\n");
            return 1;
        }
        out.print(text.endsWith("\n") ? text : text + "\n");
        out.flush();
        return 0;
    }

    static String load(String name) throws IOException {
        try (InputStream in = ExplainCommand.class.getResourceAsStream("/docs/error-codes/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
