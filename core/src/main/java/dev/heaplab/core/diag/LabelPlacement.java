package dev.heaplab.core.diag;

import dev.heaplab.core.diag.SnippetRenderer.Positioned;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the row of each label under one source line, as rustc does.
 *
 * <p>Rules, annotations visited from the rightmost start column leftwards:
 * <ul>
 * <li>the rightmost label stays on the underline row unless a later one overlaps it;</li>
 * <li>a label moves one row further down whenever a later (more left) label would collide with it,
 *     counting the label text plus two columns of padding, or when multi-line edges are involved;</li>
 * <li>an unlabelled annotation over the same columns does not push a label down.</li>
 * </ul>
 */
final class LabelPlacement {
    private LabelPlacement() {}

    static List<Positioned> place(List<SnippetAnnotation> anns) {
        List<Positioned> out = new ArrayList<>();
        int p = 0;
        for (int i = 0; i < anns.size(); i++) {
            SnippetAnnotation ann = anns.get(i);
            for (int j = i + 1; j < anns.size(); j++) {
                SnippetAnnotation next = anns.get(j);
                if (overlaps(next, ann, 0) && ann.hasLabel() && p == 0) {
                    if (next.startCol() == ann.startCol() && next.endCol() == ann.endCol() && !next.hasLabel()) continue;
                    p++;
                    break;
                }
            }
            out.add(new Positioned(p, ann));
            for (int j = i + 1; j < anns.size(); j++) {
                SnippetAnnotation next = anns.get(j);
                int l = next.label() == null ? 0 : next.label().length() + 2;
                if ((overlaps(next, ann, l) && ann.hasLabel() && next.hasLabel())
                        || (ann.takesSpace() && next.hasLabel())
                        || (ann.hasLabel() && next.takesSpace())
                        || (ann.takesSpace() && next.takesSpace())
                        || (overlaps(next, ann, l) && next.endCol() <= ann.endCol() && next.hasLabel() && p == 0)) {
                    p++;
                    break;
                }
            }
        }
        return out;
    }

    /** Whether {@code a1} (extended right by {@code padding}) and {@code a2} share a column. */
    private static boolean overlaps(SnippetAnnotation a1, SnippetAnnotation a2, int padding) {
        int aStart = a1.startCol(), aEnd = a1.endCol() + padding, bStart = a2.startCol(), bEnd = a2.endCol();
        return (aStart >= bStart && aStart < bEnd) || (bStart >= aStart && bStart < aEnd);
    }
}
