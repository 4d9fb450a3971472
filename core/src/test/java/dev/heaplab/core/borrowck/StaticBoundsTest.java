package dev.heaplab.core.borrowck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * `T: 'static` on a struct, enum or impl, given a type that may borrow, is refused (rustc rejects the
 * borrows of locals there with E0597; heaplab does not check them, so it must never accept them);
 * borrow-free type arguments are accepted as rustc does.
 */
class StaticBoundsTest {
    private static int exit(String src) {
        return Driver.compile(new SourceFile("t.rs", src)).exitCode();
    }

    @Test
    void borrowingTypeArgumentsAreRefused() {
        String[] refused = {
            "struct Keep<T: 'static>(T);\nfn main() { let s = String::from(\"a\"); let k = Keep(&s); println!(\"{}\", k.0); }\n",
            "struct Keep<T>(T) where T: 'static;\nfn main() { let s = String::from(\"a\"); let k = Keep(&s); println!(\"{}\", k.0); }\n",
            "enum E<T: 'static> { A(T), B }\nfn main() { let s = String::from(\"a\"); if let E::A(x) = E::A(&s) { println!(\"{}\", x); } }\n",
            "struct Keep<T>(T);\nimpl<T: 'static> Keep<T> { fn new(t: T) -> Self { Keep(t) } }\n"
                    + "fn main() { let s = String::from(\"a\"); let k = Keep::new(&s); println!(\"{}\", k.0); }\n",
            "struct Keep<T> { t: T }\nimpl<T> Keep<T> where T: std::fmt::Debug + 'static { fn show(&self) { println!(\"{:?}\", self.t); } }\n"
                    + "fn main() { let s = String::from(\"a\"); let k = Keep { t: &s }; k.show(); }\n",
        };
        for (String src : refused) assertThat(exit(src)).as(src).isEqualTo(Driver.EXIT_UNSUPPORTED);
    }

    @Test
    void borrowFreeTypeArgumentsAreAccepted() {
        String[] accepted = {
            "struct Keep<T: 'static>(T);\nfn main() { let k = Keep(String::from(\"a\")); let l = Keep(\"lit\"); println!(\"{} {}\", k.0, l.0); }\n",
            "struct Keep<T>(T);\nimpl<T: 'static> Keep<T> { fn new(t: T) -> Self { Keep(t) } }\n"
                    + "fn main() { let k = Keep::new(5); println!(\"{}\", k.0); }\n",
            "struct Keep<T> { name: &'static str, t: T }\nfn main() { let s = 1; let k = Keep { name: \"n\", t: &s }; println!(\"{} {}\", k.name, k.t); }\n",
        };
        for (String src : accepted) assertThat(exit(src)).as(src).isEqualTo(0);
    }
}
