package dev.heaplab.core.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.source.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random format strings: the parser returns a template or diagnostics, never throws. */
class ParserRobustnessTest {
    private static final String ALPHABET = "{}{}:.*$#+-0123456789xX?eEobp<^>_aé w\\\"r";

    @Test
    void randomFormatStringsNeverThrow() {
        Random rnd = new Random(20261122);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(14);
            for (int k = 0; k < len; k++) sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            String value = sb.toString();
            String raw = "\"" + value + "\"";
            FormatParse p = FormatStringParser.parse(value, LiteralMap.of(value, new Span(10, 10 + raw.length()), raw),
                    MacroArgs.unlocated(rnd.nextInt(3), rnd.nextBoolean() ? List.of("a") : List.of()));
            assertThat(p.template() != null || p.hasErrors()).as(value).isTrue();
            for (var d : p.diagnostics()) assertThat(d.message()).isNotBlank();
        }
    }
}
