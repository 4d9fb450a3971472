package dev.heaplab.core.fmt;

import dev.heaplab.core.fmt.FormatTemplate.Align;
import dev.heaplab.core.fmt.FormatTemplate.FormatSpec;

/**
 * The state of one formatting hole as Rust's {@code fmt::Formatter}: fill, alignment, flags, width
 * and precision (resolved to numbers), and the sink the text goes to.
 *
 * <p>Nested values (struct fields, elements) are formatted with the same options: the Debug
 * builders hand callbacks either this formatter or a copy writing through a {@link PadAdapter}.
 * Width, precision and fill count Unicode scalar values (code points), as Rust counts chars.
 */
public final class RustFormatter {
    /** Where formatted text goes. */
    public interface Sink {
        void write(CharSequence text);
    }

    /** Formats one value into a formatter (a derived Debug field, an element, a map key...). */
    @FunctionalInterface
    public interface Fmt {
        void fmt(RustFormatter f);
    }

    /** No width or precision. */
    public static final int NONE = -1;

    private final Sink out;
    private final int fill;
    private final Align align;
    private final boolean plus;
    private final boolean alternate;
    private final boolean zeroPad;
    private final int width;
    private final int precision;
    private final int debugHex;

    private RustFormatter(Sink out, int fill, Align align, boolean plus, boolean alternate, boolean zeroPad,
                          int width, int precision, int debugHex) {
        this.out = out;
        this.fill = fill;
        this.align = align;
        this.plus = plus;
        this.alternate = alternate;
        this.zeroPad = zeroPad;
        this.width = width;
        this.precision = precision;
        this.debugHex = debugHex;
    }

    /** A formatter with default options (`{}`) writing to {@code buf}. */
    public static RustFormatter of(StringBuilder buf) {
        return of(buf, FormatSpec.DEFAULT, NONE, NONE);
    }

    /**
     * A formatter for one hole; the caller resolves the spec's width and precision counts (literal or
     * taken from a `usize` argument) into {@code width} and {@code precision}, {@link #NONE} if absent.
     */
    public static RustFormatter of(StringBuilder buf, FormatSpec spec, int width, int precision) {
        return new RustFormatter(buf::append, spec.fill(), spec.align(), spec.plus(), spec.alternate(),
                spec.zeroPad(), width, precision, spec.debugHex());
    }

    /** A formatter from explicit options, mainly for tests and the machine's own needs. */
    public static RustFormatter of(Sink out, int fill, Align align, boolean plus, boolean alternate,
                                   boolean zeroPad, int width, int precision, int debugHex) {
        return new RustFormatter(out, fill, align, plus, alternate, zeroPad, width, precision, debugHex);
    }

    /** The same options writing to another sink. */
    public RustFormatter withSink(Sink sink) {
        return new RustFormatter(sink, fill, align, plus, alternate, zeroPad, width, precision, debugHex);
    }

    /** The same sink with default options, as `write!(f, "{}", x)` inside a Display impl would use. */
    public RustFormatter withDefaults() {
        return new RustFormatter(out, ' ', Align.NONE, false, false, false, NONE, NONE, 0);
    }

    /** The options Rust's pointer formatting uses: `#` always, and under `#` zero padding to 18. */
    RustFormatter forPointer() {
        int w = alternate && width == NONE ? 18 : width;
        return new RustFormatter(out, fill, align, plus, true, zeroPad || alternate, w, precision, debugHex);
    }

    public boolean alternate() { return alternate; }
    public boolean signPlus() { return plus; }
    public boolean signAwareZeroPad() { return zeroPad; }
    public int width() { return width; }
    public int precision() { return precision; }
    public boolean debugLowerHex() { return debugHex == 1; }
    public boolean debugUpperHex() { return debugHex == 2; }
    public Sink sink() { return out; }

    public void write(CharSequence s) { out.write(s); }

    public void writeChar(int codePoint) { out.write(Character.toString(codePoint)); }

    /** Rust's {@code Formatter::pad}: precision truncates, then width pads (left-aligned by default). */
    public void pad(String s) {
        if (width == NONE && precision == NONE) { out.write(s); return; }
        String text = s;
        if (precision != NONE && s.codePointCount(0, s.length()) > precision) {
            text = s.substring(0, s.offsetByCodePoints(0, precision));
        }
        int chars = text.codePointCount(0, text.length());
        if (width == NONE || chars >= width) { out.write(text); return; }
        padded(width - chars, orDefault(Align.LEFT), fill, text);
    }

    /**
     * Rust's {@code Formatter::pad_integral}: sign, then the prefix when `#` is set, then digits;
     * zero padding goes between prefix and digits, other padding around all (right by default).
     */
    public void padIntegral(boolean nonNegative, String prefix, String digits) {
        String sign = !nonNegative ? "-" : plus ? "+" : "";
        String pre = alternate ? prefix : "";
        int len = sign.length() + pre.codePointCount(0, pre.length()) + digits.length();
        if (width == NONE || len >= width) {
            out.write(sign); out.write(pre); out.write(digits);
        } else if (zeroPad) {
            out.write(sign); out.write(pre);
            padded(width - len, Align.RIGHT, '0', digits);
        } else {
            padded(width - len, orDefault(Align.RIGHT), fill, sign, pre, digits);
        }
    }

    /**
     * Rust's {@code pad_formatted_parts} for floats and `{:e}` of integers: with `0` the sign is
     * written first and zeros fill up to the width, otherwise fill and alignment (right by default).
     */
    public void padFormatted(String sign, String... parts) {
        if (width == NONE) { writeAll(sign, parts); return; }
        int w = width;
        int f = fill;
        Align a = align;
        if (zeroPad) {
            out.write(sign);
            w = Math.max(0, w - sign.length());
            sign = "";
            f = '0';
            a = Align.RIGHT;
        }
        int len = sign.length();
        for (String part : parts) len += part.length();
        if (len >= w) { writeAll(sign, parts); return; }
        String[] all = new String[parts.length + 1];
        all[0] = sign;
        System.arraycopy(parts, 0, all, 1, parts.length);
        padded(w - len, a == Align.NONE ? Align.RIGHT : a, f, all);
    }

    private void writeAll(String sign, String[] parts) {
        out.write(sign);
        for (String part : parts) out.write(part);
    }

    private Align orDefault(Align defaultAlign) { return align == Align.NONE ? defaultAlign : align; }

    /** Rust's {@code Formatter::padding} around {@code parts}, each part one `write_str`. */
    private void padded(int padding, Align eff, int fillChar, String... parts) {
        int pre = switch (eff) { case LEFT -> 0; case RIGHT, NONE -> padding; case CENTER -> padding / 2; };
        writeFill(fillChar, pre);
        for (String part : parts) out.write(part);
        writeFill(fillChar, padding - pre);
    }

    /** Fill characters go out one `write_char` at a time, as std writes them (a String sink grows per char). */
    private void writeFill(int fillChar, int n) {
        String one = Character.toString(fillChar);
        for (int i = 0; i < n; i++) out.write(one);
    }

    /** Starts `Name { a: 1, b: 2 }` output; see {@link DebugStruct}. */
    public DebugStruct debugStruct(String name) { return new DebugStruct(this, name); }

    /** Starts `Name(1, 2)` output (an empty name gives a tuple); see {@link DebugTuple}. */
    public DebugTuple debugTuple(String name) { return new DebugTuple(this, name); }

    /** Starts `[1, 2]` output. */
    public DebugList debugList() { return new DebugList(this, "[", "]"); }

    /** Starts `{1, 2}` output. */
    public DebugList debugSet() { return new DebugList(this, "{", "}"); }

    /** Starts `{k: v}` output. */
    public DebugMap debugMap() { return new DebugMap(this); }
}
