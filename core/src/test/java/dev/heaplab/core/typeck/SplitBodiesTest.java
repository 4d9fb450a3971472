package dev.heaplab.core.typeck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.Parallel;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.diag.HumanEmitter;
import dev.heaplab.core.lower.LoweredStd;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bodies type-checked in two contexts ({@link SplitBodies}) give what one context checking them in
 * order gives: the same diagnostics in the same order, the same run. Programs whose bodies depend on
 * each other are not split.
 */
class SplitBodiesTest {
    private static SplitBodies.Split split(String src) {
        SourceFile file = new SourceFile("main.rs", src);
        Diagnostics diags = new Diagnostics();
        var crate = Parser.parse(file, diags);
        TypeChecker.Front front = TypeChecker.front(crate, diags, LoweredStd.shared().typed());
        return always(() -> SplitBodies.split(front.cx(), front.bodies(), crate));
    }

    /** Runs {@code work} with `-Dheaplab.split=always` (every program that may split does, on the caller if need be). */
    private static <T> T always(Supplier<T> work) {
        String before = System.getProperty("heaplab.split");
        System.setProperty("heaplab.split", "always");
        try {
            return work.get();
        } finally {
            if (before == null) System.clearProperty("heaplab.split");
            else System.setProperty("heaplab.split", before);
        }
    }

    private static final String FOUR = """
            fn a(v: &Vec<i32>) -> i32 { v.iter().map(|x| x * 2).sum() }
            fn b(v: &Vec<i32>) -> i32 { v.iter().map(|x| x * 3).sum() }
            fn c(v: &Vec<i32>) -> i32 { v.iter().map(|x| x * 4).sum() }
            fn d(v: &Vec<i32>) -> i32 { v.iter().map(|x| x * 5).sum() }
            """;

    @Test
    void theSecondHalfStartsHalfwayThroughTheBodiesText() {
        SplitBodies.Split s = split(FOUR + "fn main() {}\n");
        assertThat(s).isNotNull();
        assertThat(s.opaque()).isZero();
        assertThat(s.order()).hasSize(5);
        assertThat(s.second()).isEqualTo(2);
    }

    @Test
    void bodiesReturningImplTraitComeFirstAndAreNotSplit() {
        SplitBodies.Split s = split(FOUR + "fn evens() -> impl Iterator<Item = i32> { (0..10).filter(|x| x % 2 == 0) }\nfn main() {}\n");
        assertThat(s).isNotNull();
        assertThat(s.opaque()).isEqualTo(1);
        assertThat(s.second()).isGreaterThan(1);
    }

    @Test
    void bodiesThatOtherBodiesDependOnAreNotSplit() {
        assertThat(split(FOUR + "const N: usize = 3;\nfn main() { let a = [0; N]; }\n")).as("const").isNull();
        assertThat(split(FOUR + "static GREETING: &str = \"hi\";\nfn main() {}\n")).as("static").isNull();
        assertThat(split(FOUR + "const fn n() -> usize { 3 }\nfn main() {}\n")).as("const fn").isNull();
        assertThat(split(FOUR + "fn main() { fn inner() {} inner(); }\n")).as("an item in a body").isNull();
        assertThat(split(FOUR + "fn main() { let f = |x: i32| { struct P; x }; f(1); }\n")).as("an item in a closure").isNull();
        assertThat(split("use std::collections::*;\n" + FOUR + "fn main() {}\n")).as("a glob import").isNull();
        assertThat(split("mod m { pub use std::fmt::*; }\n" + FOUR + "fn main() {}\n")).as("a glob import in a module").isNull();
        assertThat(split("fn main() {}\n")).as("one body").isNull();
    }

    private static String check(SourceFile f) {
        Driver.Compiled c = Driver.compile(f);
        return c.exitCode() + "\n" + HumanEmitter.forFile(f).renderAll(c.diagnostics());
    }

    @Test
    void anErrorInTheFirstHalfSilencesTheSecondHalfAsInOneContext() {
        // rustc stays silent on a type it cannot infer once an error was reported: the helper's context,
        // which saw no error, reports one; the caller, which did, checks the second half itself
        SourceFile f = new SourceFile("main.rs", """
                fn first() {
                    let x: i32 = "not a number";
                    println!("{}", x);
                }

                fn second() {
                    let v = Vec::new();
                    println!("{}", v.len());
                }

                fn main() {
                    first();
                    second();
                }
                """);
        String one = Parallel.serially(() -> check(f));
        assertThat(one).contains("E0308").doesNotContain("E0282");
        assertThat(always(() -> check(f))).isEqualTo(one);
        SourceFile alone = new SourceFile("main.rs", f.text().replace("let x: i32 = \"not a number\";", "let x: i32 = 7;"));
        assertThat(always(() -> check(alone))).contains("E0282").isEqualTo(Parallel.serially(() -> check(alone)));
    }

    @Test
    void anErrorInTheHelpersBodiesHasTheCallerCheckThemAgain() {
        // the helper takes `main` first, whose unknown type it reports (no error before it in its context),
        // and stops; the caller takes the bodies left, `second`'s error among them, and checks `main` again:
        // its unknown type is not reported, as in one context
        SourceFile f = new SourceFile("main.rs", FOUR + """
                fn second() -> u8 {
                    let total: u8 = a(&vec![1, 2, 3]);
                    total + b(&vec![1]) as u8 + c(&vec![2]) as u8 + d(&vec![3]) as u8
                }

                fn main() {
                    let v = Vec::new();
                    println!("{} {}", v.len(), second());
                }
                """);
        String one = Parallel.serially(() -> check(f));
        assertThat(one).contains("E0308").doesNotContain("E0282");
        assertThat(always(() -> check(f))).isEqualTo(one);
        SourceFile alone = new SourceFile("main.rs", f.text().replace("let total: u8 =", "let total: u8 = 1; let _x: i32 ="));
        assertThat(always(() -> check(alone))).contains("E0282").doesNotContain("E0308").isEqualTo(Parallel.serially(() -> check(alone)));
    }

    @Test
    void splitChecksGiveTheOneContextOutput() throws IOException {
        Path root = root();
        List<SourceFile> files = new ArrayList<>();
        for (String dir : List.of("tests/ui/compile-fail/probe14", "tests/ui/compile-fail/unseen15", "tests/ui/compile-fail/unseen16",
                "tests/ui/compile-fail/lints", "tests/ui/unseen16", "tests/ui/nll-accepted/unseen12", "bench/programs/check200")) {
            if (!Files.isDirectory(root.resolve(dir))) continue;
            try (Stream<Path> paths = Files.walk(root.resolve(dir))) {
                for (Path p : paths.filter(p -> p.toString().endsWith(".rs")).sorted().toList())
                    files.add(new SourceFile(root.relativize(p).toString(), Files.readString(p)));
            }
        }
        int split = 0;
        for (SourceFile f : files) {
            String one = Parallel.serially(() -> check(f));
            assertThat(always(() -> check(f))).as(f.displayPath()).isEqualTo(one);
            Diagnostics diags = new Diagnostics();
            var crate = Parser.parse(file(f), diags);
            if (diags.hasErrors()) continue;
            TypeChecker.Front front = TypeChecker.front(crate, diags, LoweredStd.shared().typed());
            if (always(() -> SplitBodies.split(front.cx(), front.bodies(), crate)) != null) split++;
        }
        assertThat(split).as("programs split").isGreaterThan(120);
    }

    private static SourceFile file(SourceFile f) { return new SourceFile(f.displayPath(), f.text()); }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("tests").resolve("ui"))) return dir;
        }
        throw new IllegalStateException("tests/ui not found");
    }
}
