package dev.heaplab.core.types;

import java.util.List;
import java.util.OptionalLong;

/** Renders a {@link Layout} as indented text: size and alignment, fields by offset, variants and tags. */
final class LayoutText {
    private LayoutText() {}

    static String describe(Layout l) {
        StringBuilder sb = new StringBuilder();
        append(sb, l, "");
        return sb.toString().stripTrailing();
    }

    private static void append(StringBuilder sb, Layout l, String indent) {
        sb.append("size ").append(l.size()).append(", align ").append(l.align());
        if (!l.sized()) sb.append(", unsized");
        if (l.uninhabited()) sb.append(", uninhabited");
        if (l.fields() instanceof Layout.Fields.Array a && a.count() > 0) {
            sb.append(", ").append(a.count()).append(" x ").append(a.stride()).append(" bytes");
        }
        if (l.largestNiche() != null) sb.append(", ").append(l.largestNiche());
        sb.append('\n');
        switch (l.variants()) {
            case Layout.Variants.Single s -> fields(sb, l.fieldLines(), indent);
            case Layout.Variants.Empty e -> { }
            case Layout.Variants.Multiple m -> {
                sb.append(indent).append("  tag ").append(m.tag()).append(" @").append(m.tagOffset());
                if (m.encoding() instanceof Layout.TagEncoding.Niche n) {
                    sb.append(" (niche in variant ").append(m.names().get(n.untaggedVariant())).append(')');
                }
                sb.append('\n');
                for (int i = 0; i < m.layouts().size(); i++) {
                    OptionalLong tag = l.tagValue(i);
                    sb.append(indent).append("  variant ").append(m.names().get(i))
                            .append(tag.isPresent() ? " (tag " + Long.toUnsignedString(tag.getAsLong()) + ")" : " (untagged)")
                            .append(": ");
                    append(sb, m.layouts().get(i), indent + "  ");
                }
            }
        }
    }

    private static void fields(StringBuilder sb, List<String> lines, String indent) {
        for (String line : lines) sb.append(indent).append("  ").append(line).append('\n');
    }
}
