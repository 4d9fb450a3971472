package dev.heaplab.core.borrowck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.source.SourceFile;
import org.junit.jupiter.api.Test;

class StatementStartTest {
    /** The text from the statement start found for the first occurrence of {@code at}. */
    private static String startFor(String text, String at) {
        SourceFile f = new SourceFile("t.rs", text);
        int pos = f.startPos() + text.indexOf(at);
        int start = StatementStart.of(f, pos);
        return text.substring(start - f.startPos(), Math.min(text.length(), start - f.startPos() + 12));
    }

    @Test
    void findsTheStatementThroughOpenCallsAndPastBracesInStrings() {
        String text = """
                fn main() {
                    let data = vec![1]; // a comment; with { braces }
                    println!("{}", 1);
                    for _ in 0..2 {
                        hs.push(thread::spawn(move || data.len()));
                    }
                }
                """;
        assertThat(startFor(text, "move ||")).isEqualTo("hs.push(thre");
        assertThat(startFor(text, "1);")).isEqualTo("println!(\"{}");
    }

    @Test
    void aStatementSpreadOverLinesStartsAtItsFirstLine() {
        String text = """
                fn main() {
                    let f = compose(
                        // one; two {
                        move |x| x + 1,
                    );
                }
                """;
        assertThat(startFor(text, "move |x|")).isEqualTo("let f = comp");
    }

    @Test
    void indentationIsTheLinesLeadingWhitespace() {
        String text = "fn main() {\n        let x = 1;\n}\n";
        SourceFile f = new SourceFile("t.rs", text);
        assertThat(StatementStart.indent(f, f.startPos() + text.indexOf("x ="))).isEqualTo("        ");
    }
}
