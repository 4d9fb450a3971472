//@ compile-fail
// vec![0; n] with an i32 count (E0308).
fn main() {
    let n: i32 = 3;
    let v = vec![0; n]; //~ ERROR E0308
    println!("{}", v.len());
}
