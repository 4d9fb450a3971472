//@ compile-fail
// `|&x|` for a closure whose argument is not a reference (E0308).
fn main() {
    let v = vec![1, 2, 3];
    let s: Vec<i32> = v.into_iter().map(|&x| x + 1).collect(); //~ ERROR E0308
    println!("{:?}", s);
}
