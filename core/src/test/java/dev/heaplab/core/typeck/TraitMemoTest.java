package dev.heaplab.core.typeck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.render.MirPrinter;
import dev.heaplab.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The trait solver remembers evaluations by a canonical key (resolved types with their variables
 * renumbered, trait, depth, the version of the program's impls, closure signatures as resolved). A key
 * that forgot an input would give a goal another goal's answer: these tests compare every answer with
 * the memo and without it, and check programs whose answers differ only in what a key might forget
 * (the where-clauses, which a memo shared between bodies would have to key on: with such a memo keyed
 * without them, the two where-clause tests fail; an impl added by a block; closures of one shape).
 */
class TraitMemoTest {
    @AfterEach
    void memoBackOn() { TraitSolver.memoOn = true; }

    /** Diagnostics, and MIR when the program compiles: everything the checker's answers decide. */
    private static String outcome(SourceFile f, boolean memo) {
        TraitSolver.memoOn = memo;
        try {
            Driver.Compiled c = Driver.compile(f);
            StringBuilder sb = new StringBuilder();
            for (Diagnostic d : c.diagnostics()) sb.append(d).append('\n');
            if (c.ok()) sb.append(MirPrinter.print(c.mir()));
            return sb.toString();
        } finally {
            TraitSolver.memoOn = true;
        }
    }

    @Test
    void everyConformanceAndBenchmarkProgramGetsTheSameAnswersWithoutTheMemo() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("../tests/ui"), Path.of("../bench/programs"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".rs")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(500);
        List<String> differ = new ArrayList<>();
        for (Path p : files) {
            SourceFile f = new SourceFile(p.toString(), Files.readString(p));
            if (!outcome(f, true).equals(outcome(f, false))) differ.add(p.toString());
        }
        assertThat(differ).isEmpty();
    }

    private static List<String> codes(String src, boolean memo) {
        TraitSolver.memoOn = memo;
        try {
            return Driver.compile(new SourceFile("memo.rs", src)).diagnostics().stream()
                    .map(d -> d.code() == null || d.code().isEmpty() ? d.message() : d.code()).toList();
        } finally {
            TraitSolver.memoOn = true;
        }
    }

    @Test
    void theSameBoundUnderOtherWhereClausesIsAnsweredAgain() {
        // `T: Debug` holds in `shown` (its where-clause) and not in `hidden`: the same goal, other bodies.
        String src = """
                use std::fmt::Debug;
                fn shown<T: Debug>(x: T) { println!("{:?}", x); }
                fn hidden<T>(x: T) { println!("{:?}", x); }
                fn main() { shown(1); hidden(2); }
                """;
        assertThat(codes(src, true)).containsExactly("E0277").isEqualTo(codes(src, false));
        // and in the other order
        String reversed = src.replace("fn shown<T: Debug>(x: T)", "fn shown0<T: Debug>(x: T)")
                .replace("fn hidden<T>(x: T) { println!(\"{:?}\", x); }", "")
                .replace("use std::fmt::Debug;", "use std::fmt::Debug;\nfn hidden<T>(x: T) { println!(\"{:?}\", x); }")
                .replace("shown(1)", "shown0(1)");
        assertThat(codes(reversed, true)).containsExactly("E0277").isEqualTo(codes(reversed, false));
    }

    @Test
    void methodProbingUnderOtherWhereClauses() {
        String src = """
                fn twice<T: Clone>(x: T) -> (T, T) { (x.clone(), x) }
                fn once<T>(x: T) -> (T, T) { (x.clone(), x) }
                fn main() { let _ = twice(1); let _ = once(2); }
                """;
        assertThat(codes(src, true)).contains("E0599").isEqualTo(codes(src, false));
    }

    @Test
    void closuresWithTheSameShapeButOtherSignatures() {
        // Two closures passed where `Fn(i32) -> i32` is expected: the second's signature does not fit.
        String src = """
                fn apply<F: Fn(i32) -> i32>(f: F) -> i32 { f(1) }
                fn main() {
                    let a = |x: i32| x + 1;
                    let b = |x: &str| x.len() as i32;
                    println!("{}", apply(a));
                    println!("{}", apply(b));
                }
                """;
        List<String> with = codes(src, true);
        assertThat(with).isNotEmpty().isEqualTo(codes(src, false));
    }

    @Test
    void anImplInABlockAddsAnAnswer() {
        // The impl sits in a block of `main`, checked after `show` asked for `S: Display`.
        String src = """
                use std::fmt;
                struct S;
                fn show(s: &S) -> String { format!("{}", s) }
                fn main() {
                    impl fmt::Display for S {
                        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "S") }
                    }
                    println!("{} {}", show(&S), S);
                }
                """;
        assertThat(codes(src, true)).isEqualTo(codes(src, false));
    }
}
