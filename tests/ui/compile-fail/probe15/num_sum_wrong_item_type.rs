//@ compile-fail
// sum::<i64> over i32 items (E0277).
fn main() {
    let v: Vec<i32> = vec![1, 2];
    let s: i64 = v.iter().sum(); //~ ERROR E0277
    println!("{}", s);
}
