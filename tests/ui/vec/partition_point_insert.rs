// slice::partition_point keeps a Vec sorted on insert and counts items below a threshold.
fn main() {
    let mut sorted: Vec<u32> = Vec::new();
    for x in [42, 7, 19, 7, 88, 0, 23] {
        let at = sorted.partition_point(|&y| y < x);
        sorted.insert(at, x);
    }
    println!("{:?}", sorted);
    let below_20 = sorted.partition_point(|&y| y < 20);
    println!("{} below 20, first >= 20: {:?}", below_20, sorted.get(below_20));
    let words = ["ant", "bee", "cat", "dog"];
    let mut calls = 0;
    let p = words.partition_point(|w| {
        calls += 1;
        *w < "cow"
    });
    println!("{} after {} calls; empty: {}", p, calls, [0u8; 0].partition_point(|_| true));
}
