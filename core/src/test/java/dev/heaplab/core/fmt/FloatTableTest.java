package dev.heaplab.core.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.fmt.FormatTemplate.Align;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** Checks float formatting against the table rustc printed (src/test/rust/float_table.rs). */
class FloatTableTest {
    private static final String[] COLUMNS = {"{}", "{:?}", "{:.3}", "{:e}", "{:.0}", "{:.2e}", "{:+.1?}", "{:E}"};

    @Test
    void everyLineOfTheRustcTableMatches() throws IOException {
        List<String> failures = new ArrayList<>();
        int lines = 0;
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/fmt/floats.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                String[] cols = line.split("\t");
                boolean isF64 = cols[0].equals("d");
                double d = isF64 ? Double.longBitsToDouble(Long.parseUnsignedLong(cols[1], 16)) : 0;
                float fl = isF64 ? 0 : Float.intBitsToFloat(Integer.parseUnsignedInt(cols[1], 16));
                for (int c = 0; c < COLUMNS.length; c++) {
                    String got = render(c, isF64, d, fl);
                    if (!got.equals(cols[c + 2])) {
                        failures.add(cols[0] + " " + cols[1] + " " + COLUMNS[c] + ": expected " + cols[c + 2] + " got " + got);
                    }
                }
            }
        }
        assertThat(lines).isGreaterThan(3000);
        assertThat(failures).as(String.join("\n", failures.subList(0, Math.min(30, failures.size())))).isEmpty();
    }

    private static String render(int column, boolean isF64, double d, float fl) {
        StringBuilder sb = new StringBuilder();
        int precision = switch (column) { case 2 -> 3; case 4 -> 0; case 5 -> 2; case 6 -> 1; default -> RustFormatter.NONE; };
        RustFormatter f = RustFormatter.of(sb::append, ' ', Align.NONE, column == 6, false, false,
                RustFormatter.NONE, precision, 0);
        BiConsumer<RustFormatter, Object> op = switch (column) {
            case 0, 2, 4 -> (g, v) -> { if (v instanceof Double x) FloatFormat.display(g, x); else FloatFormat.display(g, (Float) v); };
            case 1, 6 -> (g, v) -> { if (v instanceof Double x) FloatFormat.debug(g, x); else FloatFormat.debug(g, (Float) v); };
            case 3, 5 -> (g, v) -> { if (v instanceof Double x) FloatFormat.lowerExp(g, x); else FloatFormat.lowerExp(g, (Float) v); };
            default -> (g, v) -> { if (v instanceof Double x) FloatFormat.upperExp(g, x); else FloatFormat.upperExp(g, (Float) v); };
        };
        op.accept(f, isF64 ? (Object) d : (Object) fl);
        return sb.toString();
    }
}
