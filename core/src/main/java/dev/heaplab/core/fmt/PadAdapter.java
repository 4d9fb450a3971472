package dev.heaplab.core.fmt;

/**
 * A sink that indents every line written through it by four spaces, as Rust's {@code PadAdapter}
 * does for the fields of pretty Debug output (`{:#?}`); nesting adapters nests indentation.
 */
final class PadAdapter implements RustFormatter.Sink {
    private final RustFormatter.Sink inner;
    private boolean onNewline = true;

    PadAdapter(RustFormatter.Sink inner) { this.inner = inner; }

    @Override
    public void write(CharSequence text) {
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = indexOfNewline(text, start);
            int end = nl < 0 ? n : nl + 1;
            if (onNewline) inner.write("    ");
            inner.write(text.subSequence(start, end));
            onNewline = nl >= 0;
            start = end;
        }
    }

    private static int indexOfNewline(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) if (text.charAt(i) == '\n') return i;
        return -1;
    }
}
