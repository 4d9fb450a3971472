//@ compile-fail
// A `usize` passed where the function takes a `u32`: rustc points at the parameter.
fn percent(part: u32, total: u32) -> u32 {
    part * 100 / total
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", percent(v.len(), 10)); //~ ERROR E0308
}
