// `Sum` for integers overflows inside std (accum.rs), not at the caller's line.
fn total(xs: &[u8]) -> u8 {
    xs.iter().sum()
}
fn main() {
    let small = vec![10u8, 20, 30];
    println!("small: {}", total(&small));
    let big: Vec<u8> = (0..30).map(|i| i * 8).collect();
    println!("product of a few: {}", big[1..3].iter().product::<u8>());
    println!("big: {}", total(&big));
}
