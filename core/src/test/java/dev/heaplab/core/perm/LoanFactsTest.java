package dev.heaplab.core.perm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import org.junit.jupiter.api.Test;

/** Where borrows are created and last used, as the trace asks for them: by the span of the borrow expression. */
class LoanFactsTest {
    private static final String PROGRAM = """
            fn main() {
                let mut v = vec![1, 2];
                let r = &v;
                let n = r.len();
                v.push(n);
                let m = &mut v;
                m.push(3);
                println!("{:?}", v);
            }
            """;

    @Test void lastUseOfEachBorrowIsItsNonLexicalEnd() {
        SourceFile source = new SourceFile("loans.rs", PROGRAM);
        Driver.Compiled compiled = Driver.compile(source);
        assertThat(compiled.ok()).isTrue();
        LoanFacts facts = LoanFacts.of(compiled.mir());
        Span shared = span(source, "&v;");
        assertThat(facts.find(shared)).hasValueSatisfying(l -> {
            assertThat(l.line()).isEqualTo(3);
            assertThat(l.place()).isEqualTo("v");
            assertThat(l.mutable()).isFalse();
            assertThat(l.lastUseLine()).isEqualTo(4);
        });
        assertThat(facts.lastUse(shared).map(s -> source.line(s.lo()))).contains(4);
        Span mutable = span(source, "&mut v");
        assertThat(facts.find(mutable)).hasValueSatisfying(l -> {
            assertThat(l.mutable()).isTrue();
            assertThat(l.lastUseLine()).isEqualTo(7);
        });
        assertThat(facts.lastUse(span(source, "fn main"))).isEmpty();
    }

    private static Span span(SourceFile source, String text) {
        int at = PROGRAM.indexOf(text);
        String borrow = text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
        return new Span(source.startPos() + at, source.startPos() + at + borrow.length());
    }
}
