// a cast of a closure's argument deep in an adapter chain: the argument's type is the item of the adapter below, not the cast's target
fn main() {
    let n = (0i32..3)
        .map(|p| p)
        .map(|a| (a, a))
        .map(|p| p.0 * 10 + p.1)
        .filter(|v| v % 2 == 0)
        .map(|v| v as u64)
        .sum::<u64>();
    println!("{n}");
    let bytes: Vec<u8> = "hello".chars().map(|c| c as u32).map(|c| c + 1).map(|c| c as u8).collect();
    println!("{:?}", bytes);
    let total: f64 = [1u8, 2, 3].iter().map(|&b| b as i32 * 2).filter(|x| *x > 2).map(|x| x as f64 / 2.0).sum();
    println!("{total}");
}
