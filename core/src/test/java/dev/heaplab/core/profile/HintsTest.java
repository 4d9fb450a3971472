package dev.heaplab.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which shapes give which hint, and which must give none; every hint given is verified by {@link HintCheck}. */
class HintsTest {
    private static List<Hint> hints(String program) throws Exception {
        ProfileRuns.Profiled run = ProfileRuns.profile("t.rs", program);
        for (Hint h : run.profile().hints()) HintCheck.verify("t.rs", program, run, h);
        return run.profile().hints();
    }

    @Test void withCapacityForPushesInALoop() throws Exception {
        List<Hint> hs = hints("""
                fn main() {
                    let mut v = Vec::new();
                    for i in 0..33u64 { v.push(i); }
                    println!("{}", v.len());
                }
                """);
        assertThat(hs).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Hint.Kind.WITH_CAPACITY);
            assertThat(h.to()).isEqualTo("Vec::with_capacity(33)");
            assertThat(h.savedReallocs()).isEqualTo(4); // 4 → 8 → 16 → 32 → 64
            assertThat(h.line()).isEqualTo(2);
        });
    }

    @Test void noHintWhenTheVectorShrinksIsMovedOrNeverReallocates() throws Exception {
        assertThat(hints("""
                fn main() {
                    let mut v = Vec::new();
                    for i in 0..40 { v.push(i); if i % 2 == 0 { v.pop(); } }
                    let mut w = Vec::new();
                    for i in 0..40 { w.push(i); }
                    let moved = w;
                    let mut few = Vec::new();
                    for i in 0..3 { few.push(i); }
                    println!("{} {} {}", v.len(), moved.len(), few.len());
                }
                """)).isEmpty();
    }

    @Test void borrowedParameterCountsTheCallersAllocations() throws Exception {
        List<Hint> hs = hints("""
                fn greet(name: String) -> usize {
                    println!("hello {name}");
                    name.len()
                }
                fn main() {
                    let who = "world";
                    let mut n = greet(who.to_string());
                    for _ in 0..4 { n += greet(String::from("again")); }
                    n += greet(String::from(""));
                    println!("{n}");
                }
                """);
        assertThat(hs).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Hint.Kind.BORROW_PARAM);
            assertThat(h.count()).isEqualTo(6);
            assertThat(h.savedAllocs()).isEqualTo(5); // an empty String allocates nothing
        });
    }

    @Test void noBorrowHintWhenTheParameterIsMovedMutatedOrNeededAsString() throws Exception {
        assertThat(hints("""
                fn keep(v: &mut Vec<String>, s: String) { v.push(s); }
                fn grow(mut s: String) -> usize { s.push('!'); s.len() }
                fn exact(s: &String) -> usize { s.len() }
                fn via(s: String) -> usize { exact(&s) }
                fn cloned(s: String) -> String { s.clone() }
                fn by_value(s: String) -> usize { s.len() }
                fn main() {
                    let mut v = Vec::new();
                    keep(&mut v, "a".to_string());
                    let owned = String::from("abc");
                    let n = grow("x".to_string()) + via("y".to_string()) + cloned("z".to_string()).len()
                        + by_value(owned);
                    let f = by_value;
                    println!("{} {}", n + f(String::from("q")), v.len());
                }
                """)).isEmpty();
    }

    @Test void reuseABufferAllocatedInEachIteration() throws Exception {
        List<Hint> hs = hints("""
                fn main() {
                    let mut total = 0;
                    for i in 1..=5 {
                        let mut line = String::new();
                        for _ in 0..i { line.push_str("xy"); }
                        total += line.len();
                    }
                    println!("{total}");
                }
                """);
        assertThat(hs).filteredOn(h -> h.kind() == Hint.Kind.REUSE_BUFFER).singleElement().satisfies(h -> {
            assertThat(h.count()).isEqualTo(5);
            assertThat(h.savedAllocs()).isEqualTo(4);
            assertThat(h.apply("""
                    fn main() {
                        let mut total = 0;
                        for i in 1..=5 {
                            let mut line = String::new();
                            for _ in 0..i { line.push_str("xy"); }
                            total += line.len();
                        }
                        println!("{total}");
                    }
                    """)).contains("    let mut line = String::new();\n    for i in 1..=5 {\n        line.clear();");
        });
    }

    @Test void noReuseHintWhenTheBufferLeavesTheLoopOrANameWouldBeShadowed() throws Exception {
        assertThat(hints("""
                fn main() {
                    let mut rows = Vec::new();
                    for i in 0..4 {
                        let mut row = Vec::new();
                        row.push(i);
                        rows.push(row);
                    }
                    let line = 7;
                    for i in 0..4 {
                        let mut line = String::new();
                        line.push_str("ab");
                        println!("{line} {i}");
                    }
                    println!("{} {line}", rows.len());
                }
                """)).noneMatch(h -> h.kind() == Hint.Kind.REUSE_BUFFER);
        assertThat(hints("""
                fn line() -> usize { 3 }
                fn main() {
                    for i in 0..4 {
                        let mut line = String::new();
                        line.push_str("ab");
                        println!("{line} {i}");
                    }
                    println!("{}", line());
                }
                """)).noneMatch(h -> h.kind() == Hint.Kind.REUSE_BUFFER);
    }

    @Test void noReuseHintWhenTheLoopIsNotAStatement() throws Exception {
        assertThat(hints("""
                fn main() {
                    let total: usize =
                        (0..4).map(|i| {
                            let mut s = String::new();
                            s.push_str("ab");
                            s.len() + i
                        }).sum();
                    let mut n = 0;
                    let last =
                        loop {
                            let mut s = String::new();
                            s.push_str("abc");
                            n += 1;
                            if n == 3 { break s.len(); }
                        };
                    println!("{total} {last}");
                }
                """)).noneMatch(h -> h.kind() == Hint.Kind.REUSE_BUFFER);
    }

    @Test void noHintsForARunCutShortByAPanic() throws Exception {
        ProfileRuns.Profiled run = ProfileRuns.profile("t.rs", """
                fn main() {
                    let mut v = Vec::new();
                    for i in 0..40u32 { v.push(i); }
                    let i = v.len();
                    println!("{}", v[i]);
                }
                """);
        assertThat(run.exit()).isEqualTo(101);
        assertThat(run.profile().totals().reallocs()).isEqualTo(4);
        assertThat(run.profile().hints()).isEmpty();
    }
}
