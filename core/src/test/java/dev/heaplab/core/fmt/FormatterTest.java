package dev.heaplab.core.fmt;

import static dev.heaplab.core.fmt.Render.format;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** End-to-end formatting of single values; every expectation was printed by rustc 1.95. */
class FormatterTest {
    @Test
    void floatsRoundHalfToEvenAndPrintWithoutExponentInDisplay() {
        assertThat(format("[{:.1}] [{:.1}] [{:.0}] [{:.0}] [{:.0}] [{:.0}]", 0.25, 0.35, 2.5, 0.5, 1.5, 3.5))
                .isEqualTo("[0.2] [0.3] [2] [0] [2] [4]");
        assertThat(format("[{}] [{:?}] [{}] [{:?}] [{:?}] [{:?}]", -0.0, -0.0, 1e21, 1e-5, 1e16, 1.5e20))
                .isEqualTo("[-0] [-0.0] [1000000000000000000000] [1e-5] [1e16] [1.5e20]");
        assertThat(format("{} {} {:?} {}", 0.1 + 0.2, 1.0, 1.0, 0.1f)).isEqualTo("0.30000000000000004 1 1.0 0.1");
        assertThat(format("[{:e}] [{:E}] [{:.2e}] [{:e}] [{:e}] [{:e}] [{:.0e}] [{:.0e}]", 1.0, 1234.5, 1234.5, 0.0, -0.0, 1e-7, 2.5, 1250.0))
                .isEqualTo("[1e0] [1.2345E3] [1.23e3] [0e0] [-0e0] [1e-7] [2e0] [1e3]");
    }

    @Test
    void floatPaddingIsSignAware() {
        assertThat(format("[{:10?}] [{:>8}] [{:08.2}] [{:+}] [{:+?}] [{:+}]", 1.5, 2.5, -3.14159, 0.0, -0.0, Double.NaN))
                .isEqualTo("[       1.5] [     2.5] [-0003.14] [+0] [-0.0] [NaN]");
        assertThat(format("[{:08}] [{:08}] [{:>8}] [{:08?}] [{:+08}]", Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, -1.0, 1.0))
                .isEqualTo("[00000inf] [00000NaN] [     NaN] [-00001.0] [+0000001]");
        assertThat(format("[{:08.3}] [{:+.2e}] [{:010e}]", 1.0f, 12345.678, 5.0)).isEqualTo("[0001.000] [+1.23e4] [00000005e0]");
    }

    @Test
    void integersInEveryRadixWithFlags() {
        assertThat(format("[{:x}] [{:#x}] [{:#010x}] [{:#b}] [{:o}] [{:x}] [{:x}]", (byte) -1, 255, 255, 5, 8, Long.MIN_VALUE, (short) -2))
                .isEqualTo("[ff] [0xff] [0x000000ff] [0b101] [10] [8000000000000000] [fffe]");
        assertThat(format("[{:5}] [{:<5}] [{:^5}] [{:05}] [{:+05}] [{:#06x}] [{:<#6x}] [{:^+6}]", 42, -42, 42, -42, 42, 42, 42, 7))
                .isEqualTo("[   42] [-42  ] [ 42  ] [-0042] [+0042] [0x002a] [0x2a  ] [  +7  ]");
        assertThat(format("[{:x?}] [{:#X?}] [{:#x?}]", (byte) -1, 255, 255)).isEqualTo("[ff] [0xFF] [0xff]");
        assertThat(format("[{:e}] [{:e}] [{:.2e}] [{:.0e}] [{:.0e}] [{:.1e}] [{:e}]", 1234, 1200, 1235, 25, 35, 1250, 0))
                .isEqualTo("[1.234e3] [1.2e3] [1.24e3] [2e1] [4e1] [1.2e3] [0e0]");
    }

    @Test
    void widthAndPrecisionFromArgumentsAndCaptures() {
        assertThat(format("[{:1$}] [{:.*}] [{:>1$.3}]", 7, 4, 2, 1.23456)).isEqualTo("[   7] [2] [1.235]");
        assertThat(Render.withCaptures("[{x:>w$}] [{x:^w$.2}] [{:w$}] [{0:.w$}] [{:>1$}]",
                java.util.Map.of("w", 6, "x", 1.5), 3, 5)).isEqualTo("[   1.5] [ 1.50 ] [     3] [3] [    5]");
    }

    @Test
    void stringsPadAndTruncateByCharsButDebugIgnoresWidth() {
        assertThat(format("[{:10?}] [{:<10?}] [{:5}] [{:<5}] [{:^5}] [{:*^6}] [{:.2}]", "ab", 'c', true, 'x', "ab", "abc", "abcdef"))
                .isEqualTo("[\"ab\"] ['c'] [true ] [x    ] [ ab  ] [*abc**] [ab]");
        assertThat(format("[{:-^9}] [{:^5.1}]", "é", "héllo")).isEqualTo("[----é----] [  h  ]");
        assertThat(format("{:?} {:?} {:?}", "a\"b'c\n\t\r\\\0\u007f\u200bé😀", '\'', '"'))
                .isEqualTo("\"a\\\"b'c\\n\\t\\r\\\\\\0\\u{7f}\\u{200b}é😀\" '\\'' '\"'");
        assertThat(format("{:?} {:?} {:?} {:?}", "e\u0301", '\u0301', "\u00ad\u00a0", 'é'))
                .isEqualTo("\"e\\u{301}\" '\\u{301}' \"\\u{ad}\\u{a0}\" 'é'");
    }

    @Test
    void pointersAndWideIntegers() {
        RustFormatter.Fmt ptr = f -> IntFormat.pointer(f, 0x1000);
        assertThat(format("[{:p}] [{:#p}] [{:20p}] [{:<#22p}] [{:08p}]", ptr, ptr, ptr, ptr, ptr))
                .isEqualTo("[0x1000] [0x0000000000001000] [              0x1000] [0x00000000000000001000] [0x001000]");
        StringBuilder sb = new StringBuilder();
        IntFormat.format(RustFormatter.of(sb), FormatTemplate.Trait.DISPLAY, -1L, dev.heaplab.core.types.IntTy.U64);
        IntFormat.format(RustFormatter.of(sb.append(' ')), FormatTemplate.Trait.LOWER_HEX, -1L, dev.heaplab.core.types.IntTy.I128);
        assertThat(sb.toString()).isEqualTo("18446744073709551615 ffffffffffffffffffffffffffffffff");
    }
}
