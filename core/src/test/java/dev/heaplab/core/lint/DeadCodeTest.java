package dev.heaplab.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.French;
import dev.heaplab.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dead-code lint's reach (tests/ui/lints/dead_code.rs holds rustc's text); here: when it runs, and French. */
class DeadCodeTest {
    private static List<String> deadCode(String program) {
        Driver.Compiled c = Driver.compile(new SourceFile("t.rs", program));
        return c.diagnostics().stream().filter(d -> "dead_code".equals(d.code())).map(Diagnostic::message).toList();
    }

    @Test
    void reportsWhatMainNeverReaches() {
        assertThat(deadCode("fn a() { b() }\nfn b() {}\nstruct S { x: i32, y: i32 }\nfn main() { let s = S { x: 1, y: 2 }; println!(\"{}\", s.x); }"))
                .containsExactly("function `a` is never used", "function `b` is never used", "field `y` is never read");
    }

    @Test
    void traitImplItemsLiveThroughTheirTraitAndSelfType() {
        String p = "trait T { fn f(&self) -> i32; fn g(&self); }\nstruct A(i32);\nstruct B(i32);\n"
                + "impl T for A { fn f(&self) -> i32 { self.0 } fn g(&self) {} }\nimpl T for B { fn f(&self) -> i32 { self.0 } fn g(&self) {} }\n"
                + "fn main() { println!(\"{}\", A(1).f()); }";
        assertThat(deadCode(p)).containsExactly("method `g` is never used", "struct `B` is never constructed");
    }

    @Test
    void silentWhenTheBorrowCheckerRejects() {
        String p = "fn unused() {}\nfn main() { let s = String::new(); let t = s; println!(\"{s}{t}\"); }";
        assertThat(deadCode(p)).isEmpty();
        assertThat(deadCode("fn unused() {}\nfn main() {}")).containsExactly("function `unused` is never used");
    }

    @Test
    void frenchAgreesWithTheNoun() {
        assertThat(French.text("fields `a`, `b`, and `c` are never read")).isEqualTo("les champs `a`, `b` et `c` ne sont jamais lus");
        assertThat(French.text("struct `S` is never constructed")).isEqualTo("la structure `S` n'est jamais construite");
        assertThat(French.text("associated items `a` and `B` are never used")).isEqualTo("les éléments associés `a` et `B` ne sont jamais utilisés");
        assertThat(French.text("methods in this implementation")).isEqualTo("méthodes de cette implémentation");
    }
}
