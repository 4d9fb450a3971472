package dev.heaplab.core.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.fmt.FormatTemplate.Align;
import dev.heaplab.core.fmt.FormatTemplate.Trait;
import dev.heaplab.core.types.IntTy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Checks integer formatting against the table rustc printed (src/test/rust/int_table.rs). */
class IntTableTest {
    /** One column of the table: its spec as options. */
    private record Column(String spec, Trait trait, int fill, Align align, boolean plus, boolean alt, boolean zero,
                          int width, int precision, int debugHex) {}

    private static final int N = RustFormatter.NONE;
    private static final List<Column> COLUMNS = List.of(
            new Column("{}", Trait.DISPLAY, ' ', Align.NONE, false, false, false, N, N, 0),
            new Column("{:x}", Trait.LOWER_HEX, ' ', Align.NONE, false, false, false, N, N, 0),
            new Column("{:X}", Trait.UPPER_HEX, ' ', Align.NONE, false, false, false, N, N, 0),
            new Column("{:o}", Trait.OCTAL, ' ', Align.NONE, false, false, false, N, N, 0),
            new Column("{:b}", Trait.BINARY, ' ', Align.NONE, false, false, false, N, N, 0),
            new Column("{:#x}", Trait.LOWER_HEX, ' ', Align.NONE, false, true, false, N, N, 0),
            new Column("{:+08}", Trait.DISPLAY, ' ', Align.NONE, true, false, true, 8, N, 0),
            new Column("{:e}", Trait.LOWER_EXP, ' ', Align.NONE, false, false, false, N, N, 0),
            new Column("{:.1e}", Trait.LOWER_EXP, ' ', Align.NONE, false, false, false, N, 1, 0),
            new Column("{:#012b}", Trait.BINARY, ' ', Align.NONE, false, true, true, 12, N, 0),
            new Column("{:^+9}", Trait.DISPLAY, ' ', Align.CENTER, true, false, false, 9, N, 0),
            new Column("{:#X?}", Trait.DEBUG, ' ', Align.NONE, false, true, false, N, N, 2),
            new Column("{:<#7o}", Trait.OCTAL, ' ', Align.LEFT, false, true, false, 7, N, 0),
            new Column("{:E}", Trait.UPPER_EXP, ' ', Align.NONE, false, false, false, N, N, 0));

    @Test
    void everyLineOfTheRustcTableMatches() throws IOException {
        List<String> failures = new ArrayList<>();
        int lines = 0;
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/fmt/ints.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                String[] cols = line.split("\t");
                IntTy ty = IntTy.byName(cols[0]);
                BigInteger value = new BigInteger(cols[1]);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Column col = COLUMNS.get(c);
                    String expected = cols[c + 1];
                    StringBuilder big = new StringBuilder();
                    IntFormat.format(formatter(big, col), col.trait(), value, ty);
                    if (!big.toString().equals(expected)) failures.add(line(ty, value, col, expected, big, "big"));
                    if (ty.bits() <= 64) {
                        StringBuilder small = new StringBuilder();
                        IntFormat.format(formatter(small, col), col.trait(), value.longValue(), ty);
                        if (!small.toString().equals(expected)) failures.add(line(ty, value, col, expected, small, "long"));
                    }
                }
            }
        }
        assertThat(lines).isGreaterThan(1000);
        assertThat(failures).as(String.join("\n", failures.subList(0, Math.min(30, failures.size())))).isEmpty();
    }

    private static String line(IntTy ty, BigInteger v, Column c, String expected, StringBuilder got, String path) {
        return ty.rustName() + " " + v + " " + c.spec() + " (" + path + "): expected " + expected + " got " + got;
    }

    private static RustFormatter formatter(StringBuilder sb, Column c) {
        return RustFormatter.of(sb::append, c.fill(), c.align(), c.plus(), c.alt(), c.zero(), c.width(), c.precision(), c.debugHex());
    }
}
