package dev.heaplab.core.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.render.RunReport;
import dev.heaplab.core.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Minimised reproducers of internal faults the robustness search found: each now ends as rustc
 * would (rejected with rustc's message), not with `error: internal`.
 */
class FoundFaultsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        type error without a code (NPE sorting diagnostics) | fn main() { let t = 1; let v = vec![1]; println!("{}", t << v[0]); let x: u8 = "s"; } | mismatched types
        parser expected-set empty                            | fn main() { let v = vec![1u32]; let a = v.iter().sum::? <u32>(); } | `?`
        assert_eq! with one argument                         | fn main() { let a = 1; assert_eq!(a << 2); } | unexpected end of macro invocation
        assert_ne! with one argument                         | fn main() { let a = 1; assert_ne!(a); } | unexpected end of macro invocation
        assert! without arguments                            | fn main() { assert!(); } | macro requires a boolean expression as an argument
        print! without arguments                             | fn main() { print!(); } | requires at least a format string argument
        write! without format                                | use std::fmt::Write; fn main() { let mut s = String::new(); write!(s); } | requires a destination and format arguments
        native std type used as a value                      | fn main() { println!("{:?}", String); } | `String`
        """)
    void endsAsARejectionNotAnInternalFault(String what, String program, String message) {
        SourceFile file = new SourceFile("repro.rs", program + "\n");
        Driver.Compiled c = Driver.compile(file);
        String stderr = RunReport.compiled(file, c, false).stderr();
        assertThat(c.exitCode()).as(stderr).isEqualTo(Driver.EXIT_REJECTED);
        assertThat(stderr).doesNotContain("internal").contains("error").contains(message);
    }
}
