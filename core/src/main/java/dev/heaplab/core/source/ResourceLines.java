package dev.heaplab.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The data lines of a generated table shipped as a resource (blank lines and `#` comments left out). */
public final class ResourceLines {
    private ResourceLines() {}

    /** The trimmed data lines of {@code resource}; none when it is missing or unreadable (callers fall back). */
    public static List<String> of(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
            if (in == null) return out;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.trim());
            }
        } catch (IOException e) {
            out.clear();
        }
        return out;
    }

    /**
     * A `key|name|location` table (rustc's std notes: scripts/std-self-notes.sh, std-bound-notes.sh):
     * per key, its name and location; lines of another shape are left out.
     */
    public static java.util.Map<String, String[]> noteTable(String resource) {
        java.util.Map<String, String[]> table = new java.util.HashMap<>();
        for (String line : of(resource)) {
            String[] f = line.split("\\|");
            if (f.length == 3) table.put(f[0], new String[] {f[1], f[2]});
        }
        return table;
    }
}
