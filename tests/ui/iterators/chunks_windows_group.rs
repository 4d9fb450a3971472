// Pairs via windows, chunks_exact with remainder, and rev over chars.
fn main() {
    let v = [1, 4, 9, 16, 25, 36, 49];
    let diffs: Vec<i32> = v.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{diffs:?}");
    let mut ch = v.chunks_exact(3);
    for c in ch.by_ref() {
        println!("{c:?}");
    }
    println!("rest {:?}", ch.remainder());
    let word = "stressed";
    println!("{}", word.chars().rev().collect::<String>());
    let sums: Vec<i32> = v.chunks(2).map(|c| c.iter().sum()).collect();
    println!("{sums:?}");
}
