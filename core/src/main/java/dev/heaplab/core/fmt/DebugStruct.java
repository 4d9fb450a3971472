package dev.heaplab.core.fmt;

/**
 * Rust's {@code DebugStruct}: `Name { a: 1, b: 2 }`, or with `#` one field per line indented by
 * four spaces with trailing commas. Field values are formatted by callbacks with the same options.
 */
public final class DebugStruct {
    private final RustFormatter f;
    private boolean hasFields;

    DebugStruct(RustFormatter f, String name) {
        this.f = f;
        f.write(name);
    }

    public DebugStruct field(String name, RustFormatter.Fmt value) {
        if (f.alternate()) {
            if (!hasFields) f.write(" {\n");
            RustFormatter inner = f.withSink(new PadAdapter(f.sink()));
            inner.write(name);
            inner.write(": ");
            value.fmt(inner);
            inner.write(",\n");
        } else {
            f.write(hasFields ? ", " : " { ");
            f.write(name);
            f.write(": ");
            value.fmt(f);
        }
        hasFields = true;
        return this;
    }

    /** `Name { a: 1, .. }`: some fields are not shown. */
    public void finishNonExhaustive() {
        if (hasFields) {
            if (f.alternate()) {
                f.withSink(new PadAdapter(f.sink())).write("..\n");
                f.write("}");
            } else {
                f.write(", .. }");
            }
        } else {
            f.write(" { .. }");
        }
    }

    public void finish() {
        if (hasFields) f.write(f.alternate() ? "}" : " }");
    }
}
