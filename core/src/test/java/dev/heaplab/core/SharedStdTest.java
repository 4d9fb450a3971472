package dev.heaplab.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.HumanEmitter;
import dev.heaplab.core.interp.Limits;
import dev.heaplab.core.interp.Machine;
import dev.heaplab.core.interp.ProgramOutput;
import dev.heaplab.core.lower.LoweredStd;
import dev.heaplab.core.lower.Lowering;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.render.MirPrinter;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.SourceMap;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.typeck.CheckedStd;
import dev.heaplab.core.typeck.TypeChecker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The std stubs are checked and lowered once per JVM and shared by every compile: programs compiled
 * one after another or at the same time must each get exactly what a compile against freshly built
 * stubs (as in a new JVM) gives — same diagnostics, same MIR (DefIds included), same run — and never
 * see another program's definitions.
 */
class SharedStdTest {
    /** Defines a struct, a trait, impls of its own and of std traits, closures, a helper function. */
    static final String A = """
            use std::fmt;
            struct Point { x: i32, y: i32 }
            impl fmt::Display for Point {
                fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({}, {})", self.x, self.y) }
            }
            trait Area { fn area(&self) -> i32; }
            impl Area for Point { fn area(&self) -> i32 { self.x * self.y } }
            fn helper(v: &Vec<i32>) -> i32 { v.iter().map(|x| x * 2).sum() }
            fn main() {
                let p = Point { x: 3, y: 4 };
                let v = vec![1, 2, 3];
                println!("{} {} {}", p, p.area(), helper(&v));
                let s: Vec<String> = v.iter().map(|x| x.to_string()).filter(|s| s != "2").collect();
                println!("{:?} {:?}", s, v.iter().rev().collect::<Vec<_>>());
            }
            """;
    /** Uses A's names without defining them: each must stay unknown (E0425, E0422, E0599). */
    static final String B = """
            fn main() {
                let v = vec![1, 2, 3];
                println!("{}", helper(&v));
                let p = Point { x: 1, y: 2 };
                let n: i32 = 5;
                println!("{}", n.area());
            }
            """;
    /** Its own `Point` (an enum with a different Display) and an Iterator impl feeding std's adapters. */
    static final String C = """
            use std::fmt;
            enum Point { Origin, At(i32) }
            impl fmt::Display for Point {
                fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    match self { Point::Origin => write!(f, "origin"), Point::At(n) => write!(f, "at {}", n) }
                }
            }
            struct Counter { n: u32 }
            impl Iterator for Counter {
                type Item = u32;
                fn next(&mut self) -> Option<u32> {
                    if self.n < 5 { self.n += 1; Some(self.n) } else { None }
                }
            }
            fn main() {
                let total: u32 = Counter { n: 0 }.zip(Counter { n: 0 }.skip(1)).map(|(a, b)| a * b).filter(|x| x % 3 == 0).sum();
                println!("{} {} {}", Point::Origin, Point::At(total as i32), Counter { n: 2 }.count());
            }
            """;
    /** Rejected by the borrow checker (E0502) and by a mismatched type in a closure (E0308 first stops it). */
    static final String D = """
            fn main() {
                let mut v = vec![1, 2, 3];
                let first = &v[0];
                v.push(4);
                println!("{}", first);
                let mut count = 0;
                let mut inc = || count += 1;
                inc();
                println!("{}", count);
            }
            """;
    static final String E = """
            fn main() {
                let x: i32 = "five";
                let opt = Some(3);
                match opt { Some(n) => println!("{}", n) }
            }
            """;
    static final List<String> PROGRAMS = List.of(A, B, C, D, E);

    static List<String> fresh;

    @BeforeAll
    static void freshBaselines() {
        fresh = new ArrayList<>();
        for (String p : PROGRAMS) fresh.add(outcome(p, freshStd()));
    }

    /** Stubs built anew, as in a new JVM. */
    static LoweredStd freshStd() { return Lowering.lowerStd(TypeChecker.checkStd(TypeChecker.loadStd())); }

    /** Everything a compile shows: exit code, diagnostics, all MIR, the user's bodies and the run's output. */
    static String outcome(String src, LoweredStd std) {
        SourceFile file = new SourceFile("main.rs", src);
        Driver.Compiled c = Driver.compile(file, true, std);
        StringBuilder out = new StringBuilder("exit " + c.exitCode() + "\n");
        out.append(HumanEmitter.forFile(file).renderAll(c.diagnostics()));
        Driver.Compiled unchecked = Driver.compile(file, false, std);
        if (unchecked.ok()) {
            out.append(MirPrinter.printAll(unchecked.mir()));
            List<Body> own = new ArrayList<>();
            for (Body b : unchecked.mir().bodies().values()) if (file.contains(b.span().lo())) own.add(b);
            own.sort(Comparator.comparingInt((Body b) -> b.def().index()));
            out.append("\nuser bodies: ").append(own.stream().map(b -> b.name() + "=" + b.def().index()).toList()).append('\n');
        }
        if (c.ok()) {
            StringBuilder stdout = new StringBuilder();
            var r = new Machine(c.mir(), Limits.DEFAULT, new ProgramOutput() {
                @Override public void stdout(String text) { stdout.append(text); }

                @Override public void stderr(String text) { stdout.append("[err]").append(text); }
            }, List.of()).run();
            out.append("run ").append(r.exitCode()).append(": ").append(stdout);
        }
        return out.toString();
    }

    @Test
    void programsOneAfterAnotherMatchFreshStubs() {
        LoweredStd shared = LoweredStd.shared();
        int defsBefore = shared.typed().defs().size(), implsBefore = shared.typed().defs().impls().size();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < PROGRAMS.size(); i++) {
                assertThat(outcome(PROGRAMS.get(i), shared)).as("program %d, round %d", i, round).isEqualTo(fresh.get(i));
            }
        }
        // A then B then A again, through the public entry point
        for (int i : new int[] {0, 1, 0, 2, 1}) {
            assertThat(outcome(PROGRAMS.get(i), LoweredStd.shared())).isEqualTo(fresh.get(i));
        }
        assertThat(shared.typed().defs().size()).isEqualTo(defsBefore);
        assertThat(shared.typed().defs().impls().size()).isEqualTo(implsBefore);
    }

    @Test
    void baselinesSayWhatTheProgramsAre() {
        assertThat(fresh.get(0)).startsWith("exit 0\n").contains("run 0: (3, 4) 12 12\n[\"1\", \"3\"] [3, 2, 1]\n");
        assertThat(fresh.get(1)).startsWith("exit 1\n").contains("error[E0425]: cannot find function `helper`")
                .contains("Point").contains("area");
        assertThat(fresh.get(2)).startsWith("exit 0\n").contains("run 0: origin at ");
        assertThat(fresh.get(3)).startsWith("exit 1\n").contains("error[E0502]");
        assertThat(fresh.get(4)).startsWith("exit 1\n").contains("error[E0308]");
    }

    @Test
    void concurrentCompilesMatchFreshStubs() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                int i = k % PROGRAMS.size();
                results.add(pool.submit(() -> outcome(PROGRAMS.get(i), LoweredStd.shared()).equals(fresh.get(i))));
            }
            for (Future<Boolean> f : results) assertThat(f.get()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stubsKeepTheirPlacesWhateverTheProgram() {
        CheckedStd std = LoweredStd.shared().typed();
        assertThat(std.files().get(0).startPos()).isEqualTo(CheckedStd.FIRST_POS);
        assertThat(std.crates().get(0).firstNodeId()).isEqualTo(CheckedStd.FIRST_NODE);
        for (int i = 1; i < std.files().size(); i++) {
            assertThat(std.files().get(i).startPos()).isGreaterThan(std.files().get(i - 1).endPos());
        }
        for (int i = 0; i < std.crates().size(); i++) {
            // each file's NodeIds from a fixed base, so that the files are parsed at the same time
            assertThat(std.crates().get(i).firstNodeId()).isEqualTo(CheckedStd.FIRST_NODE + i * CheckedStd.NODES_PER_FILE);
            assertThat(std.crates().get(i).nextNodeId()).isLessThanOrEqualTo(CheckedStd.FIRST_NODE + (i + 1) * CheckedStd.NODES_PER_FILE);
        }
        assertThat(std.diagnostics()).isEmpty();
    }

    @Test
    void diagnosticsPointingIntoTheStubsRender() {
        CheckedStd std = LoweredStd.shared().typed();
        SourceFile prelude = std.files().get(0);
        Item.EnumDecl option = std.crates().get(0).items().stream()
                .filter(it -> it instanceof Item.EnumDecl e && e.name().name().equals("Option"))
                .map(it -> (Item.EnumDecl) it).findFirst().orElseThrow();
        SourceFile user = new SourceFile("main.rs", "fn main() {\n    let x: Option<i32> = None;\n}\n");
        Diagnostic d = Diagnostic.error("E0000", "a test").primary(new Span(23, 34), "here")
                .secondary(option.name().span(), "`Option` defined here").build();
        SourceMap map = new SourceMap();
        map.add(user);
        std.files().forEach(map::add);
        String shown = new HumanEmitter(map, "heaplab explain").render(d);
        int line = prelude.line(option.name().span().lo());
        assertThat(shown).contains(" --> main.rs:2:12").contains("::: <std>/prelude.rs:" + line + ":")
                .contains(prelude.lineText(line).strip()).contains("`Option` defined here");
        // Against the user's file alone (what the CLI prints), labels in the stubs are left out, as before.
        assertThat(HumanEmitter.forFile(user).render(d)).contains(" --> main.rs:2:12").doesNotContain("<std>");
    }
}
