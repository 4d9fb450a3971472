//@ compile-fail
// join on a Vec<i32> (E0599).
fn main() {
    let v = vec![1, 2];
    println!("{}", v.join(",")); //~ ERROR E0599
}
