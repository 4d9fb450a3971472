// `impl Trait` in argument position: iterators, closures and Display
use std::fmt::Display;
fn total(xs: impl IntoIterator<Item = u32>) -> u32 {
    xs.into_iter().sum()
}
fn apply_twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}
fn banner(title: impl Display, width: usize) -> String {
    format!("{:=^w$}", format!(" {} ", title), w = width)
}
fn collect_mut(mut f: impl FnMut(u32), n: u32) {
    for i in 0..n {
        f(i);
    }
}
fn main() {
    println!("{}", total(vec![1, 2, 3]));
    println!("{}", total([4u32; 3]));
    println!("{}", total((1..5).map(|x| x * x)));
    println!("{}", apply_twice(|x| x * 3, 2));
    println!("{}", banner("menu", 14));
    println!("{}", banner(42, 10));
    let mut seen = Vec::new();
    collect_mut(|i| seen.push(i * 2), 4);
    println!("{:?}", seen);
}
