// Advent-style start-of-packet marker: windows over bytes, distinctness by HashSet and by a bit mask, position arithmetic
use std::collections::HashSet;

fn all_distinct_set(w: &[u8]) -> bool {
    let set: HashSet<&u8> = w.iter().collect();
    set.len() == w.len()
}

fn all_distinct_bits(w: &[u8]) -> bool {
    let mut seen = 0u32;
    for &b in w {
        let bit = 1 << (b - b'a');
        if seen & bit != 0 {
            return false;
        }
        seen |= bit;
    }
    true
}

fn marker(signal: &str, size: usize) -> Option<usize> {
    signal
        .as_bytes()
        .windows(size)
        .position(all_distinct_bits)
        .map(|p| p + size)
}

fn marker_slow(signal: &str, size: usize) -> Option<usize> {
    let bytes = signal.as_bytes();
    (size..=bytes.len()).find(|&end| all_distinct_set(&bytes[end - size..end]))
}

const SIGNALS: [&str; 5] = [
    "mjqjpqmgbljsphdztnvjfqwrcgsmlb",
    "bvwbjplbgvbhsrlpgdmjqwftvncz",
    "nppdvjthqldpwncqszvftbrmjlhg",
    "nznrnfrfntjfmvfwmzdfjlvtqnbhcprsg",
    "zcfzfwzzqfrljwzlrfnpqdbhtmscgvjw",
];

fn main() {
    for s in SIGNALS {
        let p4 = marker(s, 4);
        let p14 = marker(s, 14);
        assert_eq!(p4, marker_slow(s, 4));
        assert_eq!(p14, marker_slow(s, 14));
        println!("{:<34} packet {:?} message {:?}", s, p4, p14);
    }
    let none = marker("aaaaaaa", 4);
    println!("no marker: {:?}", none);
    let total: usize = SIGNALS.iter().filter_map(|s| marker(s, 4)).sum();
    println!("sum of packet markers: {total}");
    let first = SIGNALS[0];
    let end = marker(first, 4).unwrap();
    println!("marker text: {}", &first[end - 4..end]);
}
