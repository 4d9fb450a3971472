package dev.heaplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `heaplab run` with each limit option: exit 3, `error: limit: …` naming the option, and the line. */
class LimitsCliTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        --max-steps  | 1000    | fn main() { let mut n = 0u64; loop { n = n.wrapping_add(1); } }
        --max-depth  | 50      | fn f(n: u32) -> u32 { f(n + 1) }\\nfn main() { f(0); }
        --max-heap   | 4096    | fn main() { let mut v = Vec::new(); loop { v.push(1u64); } }
        --max-output | 100     | fn main() { loop { println!("0123456789"); } }
        --timeout    | 200     | fn main() { let mut n = 0u64; while n != 7 { n = n.wrapping_add(2) & 1; } }
        """)
    void eachLimitStopsTheRunWithExitThree(String option, String value, String program) throws Exception {
        Path file = dir.resolve("limit.rs");
        Files.writeString(file, program.replace("\\n", "\n") + "\n");
        CliRun r = CliRun.of("run", option, value, file.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: limit: ").contains("(see " + option + ")")
                .containsPattern(" --> .*limit\\.rs:\\d+:\\d+\n");
        if (option.equals("--max-output")) assertThat(r.out().length()).isLessThanOrEqualTo(100);
    }
}
