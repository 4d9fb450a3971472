// Sums and products of different numeric types, partition and unzip.
fn main() {
    let f: f64 = [0.5, 0.25, 0.125].iter().sum();
    println!("{f}");
    let p: u64 = (1..=15u64).product();
    println!("{p}");
    let (even, odd): (Vec<i32>, Vec<i32>) = (1..=9).partition(|x| x % 2 == 0);
    println!("{even:?} {odd:?}");
    let (names, ages): (Vec<&str>, Vec<u32>) = [("a", 3), ("b", 5)].into_iter().unzip();
    println!("{names:?} {ages:?}");
    let avg = ages.iter().sum::<u32>() as f64 / ages.len() as f64;
    println!("{avg}");
}
