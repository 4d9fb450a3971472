// A prime sieve on a Vec<u64> bitset with bit operations, count_ones, twin primes and Goldbach pairs.
struct BitSet {
    words: Vec<u64>,
    len: usize,
}

impl BitSet {
    fn filled(len: usize) -> Self {
        let n = (len + 63) / 64;
        let mut words = vec![u64::MAX; n];
        let extra = n * 64 - len;
        if extra > 0 {
            let last = words.len() - 1;
            words[last] >>= extra;
        }
        BitSet { words, len }
    }
    fn get(&self, i: usize) -> bool {
        self.words[i / 64] >> (i % 64) & 1 == 1
    }
    fn clear(&mut self, i: usize) {
        self.words[i / 64] &= !(1u64 << (i % 64));
    }
    fn count(&self) -> u32 {
        self.words.iter().map(|w| w.count_ones()).sum()
    }
}

fn sieve(limit: usize) -> BitSet {
    let mut bits = BitSet::filled(limit + 1);
    bits.clear(0);
    bits.clear(1);
    let mut p = 2;
    while p * p <= limit {
        if bits.get(p) {
            let mut m = p * p;
            while m <= limit {
                bits.clear(m);
                m += p;
            }
        }
        p += 1;
    }
    bits
}

fn main() {
    let limit = 200;
    let primes = sieve(limit);
    println!("primes up to {}: {} ({} words)", limit, primes.count(), primes.words.len());
    let list: Vec<usize> = (0..=primes.len - 1).filter(|&i| primes.get(i)).collect();
    println!("first ten: {:?}", &list[..10]);
    println!("last three: {:?}", &list[list.len() - 3..]);
    let twins: Vec<(usize, usize)> = list.windows(2).filter(|w| w[1] - w[0] == 2).map(|w| (w[0], w[1])).collect();
    println!("{} twin pairs, last {:?}", twins.len(), twins.last().unwrap());
    for even in [28, 100, 198] {
        let pairs: Vec<String> = list
            .iter()
            .take_while(|&&p| p <= even / 2)
            .filter(|&&p| primes.get(even - p))
            .map(|p| format!("{}+{}", p, even - p))
            .collect();
        println!("{} = {}", even, pairs.join(" = "));
    }
    let gaps = list.windows(2).map(|w| w[1] - w[0]).max().unwrap_or(0);
    println!("largest gap: {}", gaps);
    println!("word 0: {:#018x}", primes.words[0]);
}
