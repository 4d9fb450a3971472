//@ compile-fail
// len() on an Option<Vec<i32>> (E0624: Option's own `len` is private).
fn main() {
    let o = Some(vec![1]);
    println!("{}", o.len()); //~ ERROR E0624
}
