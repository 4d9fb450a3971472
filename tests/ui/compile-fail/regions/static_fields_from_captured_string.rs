//@ compile-fail
// A `&'static str` field given a borrow of a captured local String: the capture must be `'static`.
struct Named {
    name: &'static str,
    n: u32,
}

fn build(k: u32) -> Vec<Named> {
    let label = String::from("x");
    (0..k).map(|n| Named { name: &label, n }).collect() //~ ERROR E0597
}

fn main() {
    println!("{}", build(2).len());
}
