//@ compile-fail
// A bitset's `clear` method takes `&self` but writes into its words.
struct BitSet {
    words: Vec<u64>,
}

impl BitSet {
    fn clear(&self, i: usize) {
        self.words[i / 64] &= !(1u64 << (i % 64)); //~ ERROR E0596
    }
}

fn main() {
    let b = BitSet { words: vec![u64::MAX] };
    b.clear(3);
    println!("{:x}", b.words[0]);
}
