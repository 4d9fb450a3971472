package dev.heaplab.core.ub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.render.RunReport;
import dev.heaplab.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * `run --no-borrowck`: programs the borrow checker rejects run anyway and the machine reports the
 * undefined behaviour the checker prevents, as Miri does — and checking for it never changes what
 * a correct program does.
 */
class UndefinedBehaviorTest {
    private record Out(String stdout, String stderr, int exit, ExecutionResult exec) {}

    private static Out runUnchecked(String src, boolean french) {
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        SourceFile file = new SourceFile("ub.rs", src);
        Driver.Run run = Driver.run(file, false, Limits.DEFAULT, new ProgramOutput() {
            @Override public void stdout(String text) { out.append(text); }

            @Override public void stderr(String text) { err.append(text); }
        }, List.of());
        assertThat(run.execution()).as("compiles without the borrow checker").isNotNull();
        RunReport.Outcome o = RunReport.executedUnchecked(file, run, french);
        return new Out(out.toString(), err + o.stderr(), o.exitCode(), run.execution());
    }

    /** The line of each origin ("allocated" first), to check where the report points. */
    private static List<String> origins(Out o) {
        return o.exec().origins().stream().map(x -> (x.deallocated() ? "freed" : "alloc")).toList();
    }

    @Test
    void danglingReferenceToAStackSlotThatWentOutOfScope() {
        Out o = runUnchecked("""
                fn main() {
                    let r;
                    {
                        let s = String::from("hello");
                        r = &s;
                    }
                    println!("{}", r);
                }
                """, false);
        assertThat(o.exit()).isEqualTo(101);
        assertThat(o.stderr())
                .contains("error: Undefined Behavior: memory access failed: ")
                .contains("has been freed, so this pointer is dangling")
                .contains(" --> ub.rs:7:5")
                .contains("was allocated here:\n --> ub.rs:4:13")
                .contains("was deallocated here:\n --> ub.rs:6:5")
                .contains("the borrow checker prevents this: [E0597]");
        assertThat(o.stdout()).isEmpty();
    }

    @Test
    void iteratorInvalidationByAPushThatReallocates() {
        Out o = runUnchecked("""
                fn main() {
                    let mut v = vec![1, 2, 3];
                    let first = &v[0];
                    v.push(4);
                    println!("{}", first);
                }
                """, false);
        assertThat(o.exit()).isEqualTo(101);
        assertThat(o.stderr()).contains(" --> ub.rs:5:5")
                .contains("was allocated here:\n --> ub.rs:2:17")
                .contains("was deallocated here:\n --> ub.rs:4:")
                .contains("[E0502]");
        assertThat(origins(o)).containsExactly("alloc", "freed");
    }

    @Test
    void pushWithinCapacityDoesNotMoveTheBuffer() {
        // No reallocation, so the old reference stays valid in this run: the checker still rejects it.
        Out o = runUnchecked("""
                fn main() {
                    let mut v = Vec::with_capacity(8);
                    v.push(1);
                    let first = &v[0];
                    v.push(2);
                    println!("{}", first);
                }
                """, false);
        assertThat(o.exit()).isZero();
        assertThat(o.stdout()).isEqualTo("1\n");
        assertThat(o.stderr()).contains("note: the borrow checker rejects this program (E0502, ub.rs:5:5)")
                .contains("the aliasing it does is undefined behavior");
    }

    @Test
    void useAfterMoveDropsTheSameBufferTwice() {
        Out o = runUnchecked("""
                fn main() {
                    let s = String::from("hi");
                    let t = s;
                    drop(s);
                    drop(t);
                }
                """, false);
        assertThat(o.exit()).isEqualTo(101);
        assertThat(o.stderr()).contains("double free: alloc1 has already been freed")
                .contains(" --> ub.rs:5:5")
                .contains("alloc1 was allocated here:\n --> ub.rs:2:13")
                .contains("alloc1 was deallocated here:\n --> ub.rs:4:5")
                .contains("[E0382]");
    }

    @Test
    void returningAReferenceToALocal() {
        Out o = runUnchecked("""
                fn local<'a>() -> &'a String {
                    let s = String::from("local");
                    &s
                }
                fn main() {
                    let r = local();
                    println!("{}", r);
                }
                """, false);
        assertThat(o.exit()).isEqualTo(101);
        assertThat(o.stderr()).contains("has been freed").contains(" --> ub.rs:7:5")
                .contains("was allocated here:\n --> ub.rs:2:9").contains("[E0515]");
    }

    @Test
    void closureOutlivingTheLocalItBorrows() {
        Out o = runUnchecked("""
                fn make() -> Box<dyn Fn() -> usize> {
                    let s = String::from("abc");
                    Box::new(|| s.len())
                }
                fn main() {
                    let f = make();
                    println!("{}", f());
                }
                """, false);
        assertThat(o.exit()).isEqualTo(101);
        assertThat(o.stderr()).contains("has been freed").contains("[E0373]");
    }

    @Test
    void aRuleWithoutMemoryConsequenceRunsAndSaysSo() {
        Out o = runUnchecked("""
                fn main() {
                    let x = 5;
                    x = 7;
                    println!("{}", x);
                }
                """, true);
        assertThat(o.exit()).isZero();
        assertThat(o.stdout()).isEqualTo("7\n");
        assertThat(o.stderr()).contains("le vérificateur d'emprunts rejette ce programme (E0384, ub.rs:3:5)")
                .doesNotContain("aliasing");
    }

    @Test
    void frenchReport() {
        Out o = runUnchecked("""
                fn main() {
                    let mut v = vec![1];
                    let first = &v[0];
                    v.push(2);
                    println!("{}", first);
                }
                """, true);
        assertThat(o.stderr()).contains("le comportement indéfini a lieu ici").contains("a été allouée ici")
                .contains("a été désallouée ici");
    }

    /** Every accepted program of the run corpus behaves identically with the undefined-behaviour checks on. */
    @TestFactory
    Stream<DynamicTest> checksNeverChangeACorrectProgram() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("tests/ui"))) root = root.getParent();
        if (root == null) return Stream.empty();
        Path ui = root.resolve("tests/ui");
        List<Path> programs;
        try (Stream<Path> walk = Files.walk(ui)) {
            programs = walk.filter(p -> p.toString().endsWith(".rs") && !p.toString().contains("compile-fail"))
                    .sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(ui.relativize(p).toString(), () -> {
            String src = Files.readString(p);
            if (src.contains("//@ compile-fail")) return;
            SourceFile file = new SourceFile(p.getFileName().toString(), src);
            Driver.Compiled checked = Driver.compile(file, true);
            if (!checked.ok()) return; // not (yet) supported: nothing to compare
            StringBuilder a = new StringBuilder(), b = new StringBuilder();
            Driver.Run plain = Driver.run(file, true, Limits.DEFAULT, capture(a), List.of());
            Driver.Run unchecked = Driver.run(file, false, Limits.DEFAULT, capture(b), List.of());
            assertThat(unchecked.prevented()).isEmpty();
            assertThat(unchecked.execution().outcome()).as(() -> unchecked.execution().message())
                    .isEqualTo(plain.execution().outcome());
            assertThat(b.toString()).isEqualTo(a.toString());
            assertThat(unchecked.execution().stats()).isEqualTo(plain.execution().stats());
        }));
    }

    private static ProgramOutput capture(StringBuilder sb) {
        return new ProgramOutput() {
            @Override public void stdout(String text) { sb.append(text); }

            @Override public void stderr(String text) { sb.append(text); }
        };
    }
}
