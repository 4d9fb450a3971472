package dev.heaplab.doc;

import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.HeapStats;

/**
 * What checking one block produced. Fields that do not apply are null (a non-Rust block has no
 * program; a block that was not run has no output).
 *
 * @param diagnostics heaplab's diagnostics rendered as `heaplab check` prints them ("" when none)
 * @param exitCode    the exit code `heaplab run` would give (null when not compiled)
 * @param figures     extra HTML from {@link BlockFigures} ("" when none)
 * @param execution   how the run ended (null when not run)
 */
public record BlockResult(CodeBlock block, Doctest doctest, Verdict verdict, String diagnostics, String stdout,
                          String stderr, Integer exitCode, HeapStats stats, String figures,
                          ExecutionResult execution) {
    public BlockResult withFigures(String html) {
        return new BlockResult(block, doctest, verdict, diagnostics, stdout, stderr, exitCode, stats, html, execution);
    }
}
