package dev.heaplab.core.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * A mutable borrow of an immutable `static` (rustc's E0596) is refused: heaplab copies a static at each
 * use, so the borrow would silently go to a copy. Shared borrows and method calls through `&self` stay.
 * A constant's initialiser calling a std function not known to be `const`, or a macro, is refused too.
 */
class StaticBorrowTest {
    private static int exit(String src) { return Driver.compile(new SourceFile("s.rs", src)).exitCode(); }

    @Test
    void mutableBorrowsAreRefused() {
        assertThat(exit("static V: Vec<i32> = Vec::new();\nfn main() { V.push(1); }\n")).isEqualTo(Driver.EXIT_UNSUPPORTED);
        assertThat(exit("static V: Vec<i32> = Vec::new();\nfn main() { let r = &mut V; r.push(1); }\n")).isEqualTo(Driver.EXIT_UNSUPPORTED);
        assertThat(exit("struct C { n: i32 }\nimpl C { fn bump(&mut self) { self.n += 1; } }\nstatic K: C = C { n: 0 };\n"
                + "fn main() { K.bump(); }\n")).isEqualTo(Driver.EXIT_UNSUPPORTED);
    }

    @Test
    void sharedUsesAreAccepted() {
        assertThat(exit("static V: Vec<i32> = Vec::new();\nfn main() { println!(\"{} {}\", V.len(), V.iter().count()); }\n"))
                .isEqualTo(0);
    }

    @Test
    void constantInitialisersCallOnlyKnownConstFunctions() {
        // std calls rustc's E0015 is known for are its error; other std calls stay refused
        assertThat(exit("const N: String = String::from(\"x\");\nfn main() { println!(\"{}\", N); }\n")).isEqualTo(Driver.EXIT_REJECTED);
        assertThat(exit("const V: Vec<i32> = vec![1];\nfn main() { println!(\"{:?}\", V); }\n")).isEqualTo(Driver.EXIT_REJECTED);
        assertThat(exit("const V: Vec<i32> = Vec::with_capacity(2);\nfn main() { println!(\"{:?}\", V); }\n")).isEqualTo(Driver.EXIT_UNSUPPORTED);
        assertThat(exit("const fn sq(x: u32) -> u32 { x * x }\nconst N: u32 = sq(3);\nconst E: Vec<i32> = Vec::new();\n"
                + "fn main() { println!(\"{} {:?}\", N, E); }\n")).isEqualTo(0);
    }
}
