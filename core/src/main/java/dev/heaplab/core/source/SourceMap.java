package dev.heaplab.core.source;

import java.util.ArrayList;
import java.util.List;

/**
 * All source files of a compilation in one position space (the user's file first, at 0, then the
 * std stubs), so that any {@link Span} can be located.
 */
public final class SourceMap {
    private final List<SourceFile> files = new ArrayList<>();

    /** Adds a file after the existing ones and returns it positioned there. */
    public SourceFile add(String displayPath, String text) {
        int start = files.isEmpty() ? 0 : files.get(files.size() - 1).endPos() + 1;
        SourceFile f = new SourceFile(displayPath, text, start);
        files.add(f);
        return f;
    }

    /** Registers an already positioned file (its range must not overlap the others). */
    public void add(SourceFile file) { files.add(file); }

    /** The file containing a position, or null. */
    public SourceFile fileOf(int pos) {
        for (SourceFile f : files) if (f.contains(pos)) return f;
        return null;
    }

    public SourceFile fileOf(Span span) { return fileOf(span.lo()); }

    public List<SourceFile> files() { return List.copyOf(files); }
}
