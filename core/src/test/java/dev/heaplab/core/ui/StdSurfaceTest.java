package dev.heaplab.core.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Std methods added in the prelude and the machine, with allocation counts taken from rustc 1.95. */
class StdSurfaceTest {
    /**
     * rustc: 12 ascending u64 keys split the 11-key leaf (leaf 192 bytes, internal node 288): 3 nodes;
     * 40 ascending keys need 6 leaves and one internal root; removing them all merges nodes back and
     * frees everything at the end: allocs=10 deallocs=10 bytes=2112.
     */
    @Test
    void btreeMapAllocatesNodesAsStd() {
        UiRunner.Actual a = UiRunner.run("bt.rs", """
                use std::collections::BTreeMap;
                fn main() {
                    let mut m: BTreeMap<u64, u64> = BTreeMap::new();
                    for i in 0..12u64 { m.insert(i, i); }
                    let mut n: BTreeMap<u64, u64> = BTreeMap::new();
                    for i in 0..40u64 { n.insert(i, i); }
                    for i in 0..40u64 { n.remove(&i); }
                    println!("{} {} {:?}", m.len(), n.len(), m.range(3..6).map(|(k, _)| *k).sum::<u64>());
                }
                """);
        assertThat(a.stderr()).isEmpty();
        assertThat(a.stdout()).isEqualTo("12 0 12\n");
        assertThat(a.stats().allocs()).isEqualTo(10);
        assertThat(a.stats().deallocs()).isEqualTo(10);
        assertThat(a.stats().bytesAllocated()).isEqualTo(2112);
    }

    /** rustc: `(0..20).step_by(3)` is TrustedLen (one exact 28-byte Vec); Take<Cycle> reserves its lower bound (7). */
    @Test
    void adapterSizeHintsDriveCollect() {
        UiRunner.Actual a = UiRunner.run("it.rs", """
                fn main() {
                    let v: Vec<i32> = (0..20).step_by(3).collect();
                    let c: Vec<i32> = (1..4).cycle().take(7).collect();
                    println!("{:?} {:?} {}", v, c, v.capacity() + c.capacity());
                }
                """);
        assertThat(a.stdout()).isEqualTo("[0, 3, 6, 9, 12, 15, 18] [1, 2, 3, 1, 2, 3, 1] 14\n");
        assertThat(a.stats().reallocs()).isZero();
        assertThat(a.stats().bytesAllocated()).isEqualTo(56);
    }

    /** Char and closure patterns, and Option combinators written in the prelude. */
    @Test
    void patternsAndOptionCombinators() {
        UiRunner.Actual a = UiRunner.run("p.rs", """
                fn main() {
                    let s = "a-b_c";
                    let parts: Vec<&str> = s.split(|c: char| c == '-' || c == '_').collect();
                    let mut o: Option<Vec<i32>> = None;
                    o.get_or_insert_with(Vec::new).push(1);
                    println!("{:?} {} {:?} {:?}", parts, s.contains('b'), Some(1).xor(None), o.as_deref());
                }
                """);
        assertThat(a.stderr()).isEmpty();
        assertThat(a.stdout()).isEqualTo("[\"a\", \"b\", \"c\"] true Some(1) Some([1])\n");
    }
}
