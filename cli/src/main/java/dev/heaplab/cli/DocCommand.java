package dev.heaplab.cli;

import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.doc.CodeBlock;
import dev.heaplab.doc.LessonDoc;
import dev.heaplab.doc.LessonReport;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `heaplab doc LESSON.md`: check every Rust block of a lesson and write one standalone HTML page. */
@Command(name = "doc", mixinStandardHelpOptions = true,
        description = "Check the Rust blocks of a Markdown lesson (rustdoc's conventions) and write a standalone HTML page.")
final class DocCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LESSON.md") String file;

    @Option(names = {"-o", "--output"}, paramLabel = "LESSON.html", description = "Where to write the page (default: the lesson's name with .html).")
    Path output;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the page and of the messages: ${COMPLETION-CANDIDATES}.")
    Lang lang;

    @Option(names = "--max-steps", paramLabel = "N", description = "Step limit for each block's run.") Long maxSteps;

    /** Set by tests: whether progress lines overwrite each other (a terminal) or are plain lines. */
    Boolean terminal;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SourceFile lesson = SourceInput.read(file, err);
        if (lesson == null) return Driver.EXIT_REJECTED;
        Path out = output != null ? output : defaultOutput(Path.of(file));
        try {
            if (Files.exists(out) && Files.isSameFile(out, Path.of(file))) {
                err.println(lang.t("error: the output would overwrite the lesson: ", "erreur : la sortie écraserait la leçon : ") + out);
                return Driver.EXIT_UNSUPPORTED;
            }
        } catch (IOException e) {
            // Cannot compare: the write below reports any real problem.
        }
        dev.heaplab.doc.Lang l = lang == Lang.fr ? dev.heaplab.doc.Lang.FR : dev.heaplab.doc.Lang.EN;
        Limits d = Limits.DEFAULT;
        Limits limits = new Limits(maxSteps != null ? maxSteps : d.maxSteps(), d.maxHeapBytes(), d.maxStackDepth(),
                d.maxOutputBytes(), d.maxWallMillis());
        LessonDoc.Options options = new LessonDoc.Options(l, limits, new dev.heaplab.doc.HeapStatsFigures());
        LessonReport report = LessonDoc.process(file, lesson.text(), options, progress(err, l));
        try {
            Files.writeString(out, report.html(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println(l.t("error: couldn't write `", "erreur : impossible d'écrire `") + out + "`: " + e.getMessage());
            return Driver.EXIT_UNSUPPORTED;
        }
        err.print(report.summary());
        err.println(l.t("doc: wrote ", "doc : page écrite dans ") + out);
        err.flush();
        return report.exitCode();
    }

    static Path defaultOutput(Path lesson) {
        String name = lesson.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3)
                : name.toLowerCase(java.util.Locale.ROOT).endsWith(".markdown") ? name.substring(0, name.length() - 9) : name;
        return lesson.resolveSibling(base + ".html");
    }

    /** `[3/12] checking block at line 120…`: overwritten in place on a terminal, one line each otherwise. */
    private LessonDoc.Progress progress(PrintWriter err, dev.heaplab.doc.Lang l) {
        boolean tty = terminal != null ? terminal : isTerminal();
        return new LessonDoc.Progress() {
            private boolean pending;

            @Override public void checking(int index, int total, CodeBlock block) {
                String text = "[" + index + "/" + total + "] " + l.t("checking block at line ", "vérification du bloc à la ligne ")
                        + block.line() + "…";
                if (tty) {
                    err.print("\r\033[K" + text);
                    pending = true;
                } else {
                    err.println(text);
                }
                err.flush();
            }

            @Override public void done() {
                if (pending) err.print("\r\033[K");
                err.flush();
            }
        };
    }

    /** Whether stderr is a terminal; JDK 22+ answers with Console.isTerminal, JDK 21 with a null console. */
    private static boolean isTerminal() {
        Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }
}
