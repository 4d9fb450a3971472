package dev.heaplab.doc;

import dev.heaplab.core.interp.Limits;
import java.util.ArrayList;
import java.util.List;

/** `heaplab doc`: parse the lesson, check each Rust block, render the page. Never throws on any Markdown. */
public final class LessonDoc {
    private LessonDoc() {}

    public record Options(Lang lang, Limits limits, BlockFigures figures) {
        public static Options defaults(Lang lang) { return new Options(lang, Limits.DEFAULT, new HeapStatsFigures()); }
    }

    /** Told before each Rust block is checked (the CLI prints `[3/12] checking block at line 120…`). */
    @FunctionalInterface
    public interface Progress {
        void checking(int index, int total, CodeBlock block);

        /** After the last block. */
        default void done() { }

        Progress NONE = (i, n, b) -> { };
    }

    public static LessonReport process(String displayPath, String markdown, Options options, Progress progress) {
        Lesson lesson = Lesson.parse(markdown);
        long total = lesson.blocks().stream().filter(b -> b.info().rust()).count();
        List<BlockResult> results = new ArrayList<>();
        int index = 0;
        for (CodeBlock block : lesson.blocks()) {
            if (block.info().rust()) progress.checking(++index, (int) total, block);
            results.add(BlockChecker.check(block, displayPath, options.lang(), options.limits(),
                    options.figures()));
        }
        progress.done();
        String title = lesson.title().isEmpty() ? fileName(displayPath) : lesson.title();
        String html = HtmlPage.render(lesson, title, displayPath, results, options.lang());
        return new LessonReport(displayPath, options.lang(), results, html);
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
