package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The node structure of a std BTreeMap (B = 6: nodes hold 5..=11 keys), kept so that the machine
 * allocates and frees nodes exactly when std does: a leaf at the first insertion, a new node per
 * split (std's split points), a new root when the root splits, a freed node per merge and when an
 * emptied internal root is popped. The entries themselves live in the map's sorted entry list;
 * this class only tracks how many keys each node holds.
 */
final class BTreeShape {
    static final int CAPACITY = 11, MIN_LEN = 5;

    /** One node: its key count, children (empty for a leaf) and heap allocation. */
    static final class Node {
        int len;
        final List<Node> edges = new ArrayList<>();
        Allocation alloc;

        boolean leaf() { return edges.isEmpty(); }

        int size() {
            int n = len;
            for (Node e : edges) n += e.size();
            return n;
        }
    }

    private final Interp m;
    private final long leafSize, internalSize;
    private final String what;
    Node root;

    BTreeShape(Interp m, long leafSize, long internalSize, String what) {
        this.m = m;
        this.leafSize = leafSize;
        this.internalSize = internalSize;
        this.what = what;
    }

    private Node alloc(boolean leaf, Span span) {
        Node n = new Node();
        n.alloc = m.heap.alloc(leaf ? leafSize : internalSize, 8, new Value.Agg(0, new Value[0]), what, span);
        return n;
    }

    private void free(Node n, Span span) { m.heap.dealloc(n.alloc, span); }

    /** Records the insertion of a new key whose rank among all keys (after insertion) is {@code rank}. */
    void insert(int rank, Span span) {
        if (root == null) root = alloc(true, span);
        List<Node> path = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        Node n = root;
        int p = rank;
        while (!n.leaf()) {
            int i = 0;
            while (p > n.edges.get(i).size()) {
                p -= n.edges.get(i).size() + 1;
                i++;
            }
            path.add(n);
            idx.add(i);
            n = n.edges.get(i);
        }
        Node child = null;
        int edge = p;
        for (int level = path.size(); ; level--) {
            if (n.len < CAPACITY) {
                n.len++;
                if (child != null) n.edges.add(edge + 1, child);
                return;
            }
            // Split around std's split point, then insert on the chosen side.
            int middle = edge < 5 ? 4 : edge == 5 || edge == 6 ? 5 : 6;
            boolean left = edge <= 5;
            int insertAt = left ? edge : edge == 6 ? 0 : edge - 7;
            Node right = alloc(n.leaf(), span);
            right.len = CAPACITY - middle - 1;
            n.len = middle;
            if (!n.leaf()) {
                List<Node> moved = new ArrayList<>(n.edges.subList(middle + 1, n.edges.size()));
                n.edges.subList(middle + 1, n.edges.size()).clear();
                right.edges.addAll(moved);
            }
            Node target = left ? n : right;
            target.len++;
            if (child != null) target.edges.add(insertAt + 1, child);
            if (level == 0) {
                Node r = alloc(false, span);
                r.len = 1;
                r.edges.add(n);
                r.edges.add(right);
                root = r;
                return;
            }
            child = right;
            n = path.get(level - 1);
            edge = idx.get(level - 1);
        }
    }

    /** Records the removal of the key of rank {@code rank}. */
    void remove(int rank, Span span) {
        List<Node> path = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        Node n = root;
        int p = rank;
        while (true) {
            if (n.leaf()) break;
            int i = 0;
            boolean hit = false;
            while (i < n.edges.size()) {
                int s = n.edges.get(i).size();
                if (p < s) break;
                if (p == s) {
                    hit = true;
                    break;
                }
                p -= s + 1;
                i++;
            }
            path.add(n);
            idx.add(i);
            n = n.edges.get(i);
            if (hit) {
                // An internal key: std removes its predecessor (the last key of the left subtree's last leaf).
                while (!n.leaf()) {
                    path.add(n);
                    idx.add(n.edges.size() - 1);
                    n = n.edges.get(n.edges.size() - 1);
                }
                break;
            }
        }
        n.len--;
        if (path.isEmpty() || n.len >= MIN_LEN) return;
        // Leaf underflow: merge with or steal one from a sibling, then fix the ancestors.
        boolean rootEmptied = !fix(path, idx, path.size(), 1, span);
        if (rootEmptied && !root.leaf() && root.len == 0) {
            Node old = root;
            root = old.edges.get(0);
            free(old, span);
        }
    }

    /**
     * Fixes the underfull node at depth {@code depth} (its parent is path[depth-1]); returns false when
     * the root became an empty internal node.
     */
    private boolean fix(List<Node> path, List<Integer> idx, int depth, int stealLeaf, Span span) {
        while (depth > 0) {
            Node parent = path.get(depth - 1);
            int i = idx.get(depth - 1);
            Node node = parent.edges.get(i);
            if (node.len >= MIN_LEN) return true;
            boolean useLeft = i > 0;
            Node left = useLeft ? parent.edges.get(i - 1) : node, right = useLeft ? node : parent.edges.get(i + 1);
            int steal = node.leaf() ? stealLeaf : MIN_LEN - node.len;
            if (left.len + 1 + right.len <= CAPACITY) {
                left.len += 1 + right.len;
                left.edges.addAll(right.edges);
                parent.edges.remove(right);
                parent.len--;
                free(right, span);
                if (depth - 1 == 0) return parent.len > 0;
                depth--;
                continue;
            }
            if (useLeft) {
                stealLeft(left, right, steal);
            } else {
                right.len -= steal;
                left.len += steal;
                if (!right.leaf()) {
                    List<Node> moved = new ArrayList<>(right.edges.subList(0, steal));
                    right.edges.subList(0, steal).clear();
                    left.edges.addAll(moved);
                }
            }
            return true;
        }
        return true;
    }

    /*
     * Bulk building, as std's `bulk_push` does when collecting into a map or set:
     * keys fill the rightmost leaf; when it is full, the key goes up to the nearest ancestor with room
     * (a new root level when none has), with a new empty right subtree of the right height below it;
     * at the end each node of the right border with fewer than MIN_LEN keys takes keys from its left
     * sibling (`fix_right_border_of_plentiful`).
     */

    private List<Node> border; // while bulk-building: the right border, root first

    /**
     * `split_off` of a tree that is one leaf: std's `new_pillar` allocates the right tree's leaf, which
     * takes the keys from rank {@code at} on (the borders of one leaf need no fixing).
     */
    void splitLeafOff(BTreeShape right, int at, Span span) {
        right.root = right.alloc(true, span);
        right.root.len = root.len - at;
        root.len = at;
    }

    /** Is the tree at most one leaf? */
    boolean oneLeaf() { return root == null || root.leaf(); }

    /** Starts a bulk build of a fresh tree (std allocates its first leaf before taking any key). */
    void bulkStart(Span span) {
        root = alloc(true, span);
        border = new ArrayList<>();
        border.add(root);
    }

    /** Appends one key at the right end. */
    void bulkPush(Span span) {
        Node leaf = border.get(border.size() - 1);
        if (leaf.len < CAPACITY) {
            leaf.len++;
            return;
        }
        int open = border.size() - 2;
        while (open >= 0 && border.get(open).len >= CAPACITY) open--;
        if (open < 0) {
            Node r = alloc(false, span);
            r.edges.add(root);
            root = r;
            border.add(0, r);
            open = 0;
        }
        Node parent = border.get(open);
        int height = border.size() - 1 - open - 1; // of the new right subtree
        Node sub = alloc(true, span);
        for (int h = 0; h < height; h++) {
            Node up = alloc(false, span);
            up.edges.add(sub);
            sub = up;
        }
        parent.len++;
        parent.edges.add(sub);
        while (border.size() > open + 1) border.remove(border.size() - 1);
        for (Node x = sub; ; x = x.edges.get(x.edges.size() - 1)) {
            border.add(x);
            if (x.leaf()) break;
        }
    }

    /** Ends a bulk build: `fix_right_border_of_plentiful`. */
    void bulkFinish() {
        border = null;
        for (Node x = root; !x.leaf(); x = x.edges.get(x.edges.size() - 1)) {
            Node right = x.edges.get(x.edges.size() - 1), left = x.edges.get(x.edges.size() - 2);
            if (right.len >= MIN_LEN) continue;
            stealLeft(left, right, MIN_LEN - right.len);
        }
    }

    /** Moves {@code count} keys (and their edges) from a node to its right sibling, through the parent. */
    private static void stealLeft(Node left, Node right, int count) {
        left.len -= count;
        right.len += count;
        if (!left.leaf()) {
            List<Node> moved = new ArrayList<>(left.edges.subList(left.edges.size() - count, left.edges.size()));
            left.edges.subList(left.edges.size() - count, left.edges.size()).clear();
            right.edges.addAll(0, moved);
        }
    }

    /** Allocates a copy of {@code other}'s nodes (std clones a tree node by node). */
    void copyOf(BTreeShape other, Span span) {
        root = other.root == null ? null : copy(other.root, span);
    }

    private Node copy(Node n, Span span) {
        Node out = alloc(n.leaf(), span);
        out.len = n.len;
        for (Node e : n.edges) out.edges.add(copy(e, span));
        return out;
    }

    /** Frees every node (dropping or clearing the map). */
    void freeAll(Span span) {
        if (root != null) freeTree(root, span);
        root = null;
    }

    private void freeTree(Node n, Span span) {
        for (Node e : n.edges) freeTree(e, span);
        free(n, span);
    }
}
