package dev.heaplab.core.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.render.RunReport;
import dev.heaplab.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runaway programs are stopped by the limit they exceed with `error: limit: …` (exit 3), the
 * message naming the limit's option and the arrow pointing at the line that ran into it.
 */
class LimitsTest {
    private static final Limits ROOMY = new Limits(10_000_000, 64L << 20, 1_000, 1 << 20, 20_000);

    /** stderr after the program's own output, and the exit code, as `heaplab run` reports them. */
    private record Ended(ExecutionResult result, String stderr, int exit, int printed) {}

    private static Ended run(String program, Limits limits) {
        SourceFile file = new SourceFile("limits.rs", program);
        int[] printed = {0};
        ProgramOutput out = new ProgramOutput() {
            @Override public void stdout(String s) { printed[0] += s.length(); }

            @Override public void stderr(String s) { printed[0] += s.length(); }
        };
        Driver.Run run = Driver.run(file, limits, out, List.of());
        assertThat(run.execution()).as("compiles: %s", run.compiled().diagnostics()).isNotNull();
        RunReport.Outcome end = RunReport.executed(file, run.execution());
        return new Ended(run.execution(), end.stderr(), end.exitCode(), printed[0]);
    }

    private static void assertLimit(Ended e, String option, int line) { assertLimit(e, option, line, line); }

    /** The arrow points into lines {@code first..last} (a loop is charged at its back edge). */
    private static void assertLimit(Ended e, String option, int first, int last) {
        assertThat(e.exit()).as(e.stderr()).isEqualTo(Driver.EXIT_LIMIT);
        assertThat(e.result().outcome()).isEqualTo(ExecutionResult.Outcome.LIMIT);
        assertThat(e.stderr()).startsWith("error: limit: the ").doesNotContain("limit: limit")
                .contains("(see " + option + ")").contains(" --> limits.rs:");
        int line = Integer.parseInt(e.stderr().replaceAll("(?s).* --> limits.rs:(\\d+):.*", "$1"));
        assertThat(line).as(e.stderr()).isBetween(first, last);
    }

    @Test
    void infiniteLoopIsStoppedByTheStepLimit() {
        String p = """
            fn main() {
                let mut n: u64 = 0;
                loop {
                    n = n.wrapping_add(1);
                }
            }
            """;
        assertLimit(run(p, ROOMY), "--max-steps", 3, 5);
    }

    @Test
    void infiniteLoopIsStoppedByTheWallClockWhenStepsAreUnbounded() {
        String p = """
            fn main() {
                let mut n: u64 = 0;
                while n != 7 { n = n.wrapping_add(2) & 1; }
            }
            """;
        long t0 = System.nanoTime();
        Ended e = run(p, new Limits(Long.MAX_VALUE, 64L << 20, 1_000, 1 << 20, 300));
        assertLimit(e, "--timeout", 3);
        assertThat((System.nanoTime() - t0) / 1_000_000).as("stops soon after the deadline").isLessThan(5_000);
    }

    @Test
    void unboundedRecursionIsStoppedByTheDepthLimit() {
        String p = """
            fn depth(n: u64) -> u64 {
                depth(n + 1) + 1
            }

            fn main() {
                println!("{}", depth(0));
            }
            """;
        Ended e = run(p, ROOMY);
        assertLimit(e, "--max-depth", 2);
        assertThat(e.stderr()).contains("deeper than 1000 frames");
    }

    @Test
    void hugeAllocationIsStoppedByTheHeapLimitBeforeTheMachineAllocates() {
        String p = """
            fn main() {
                let small = vec![1u8; 16];
                let v: Vec<u64> = Vec::with_capacity(1 << 40);
                println!("{} {}", small.len(), v.capacity());
            }
            """;
        Ended e = run(p, ROOMY);
        assertLimit(e, "--max-heap", 3);
        assertThat(e.stderr()).contains("more than " + (64L << 20) + " bytes of heap");
    }

    @Test
    void growingVectorIsStoppedByTheHeapLimit() {
        String p = """
            fn main() {
                let mut v: Vec<String> = Vec::new();
                loop {
                    v.push(String::from("grow"));
                }
            }
            """;
        assertLimit(run(p, new Limits(Long.MAX_VALUE, 1L << 20, 1_000, 1 << 20, 20_000)), "--max-heap", 4, 4);
    }

    @Test
    void repeatedStringIsCheckedBeforeItIsBuilt() {
        String p = """
            fn main() {
                let n: usize = 1 << 34;
                let s = "ab".repeat(n);
                println!("{}", s.len());
            }
            """;
        assertLimit(run(p, ROOMY), "--max-heap", 3);
    }

    @Test
    void hugeOutputIsStoppedByTheOutputLimit() {
        String p = """
            fn main() {
                loop {
                    println!("spam spam spam spam spam spam spam");
                }
            }
            """;
        Ended e = run(p, new Limits(Long.MAX_VALUE, 64L << 20, 1_000, 4096, 20_000));
        assertLimit(e, "--max-output", 3);
        assertThat(e.printed()).as("output stops at the limit").isLessThanOrEqualTo(4096);
    }
}
