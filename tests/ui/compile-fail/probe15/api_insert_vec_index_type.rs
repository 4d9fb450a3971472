//@ compile-fail
// Vec::insert with an i32 index (E0308).
fn main() {
    let mut v = vec![1];
    let i: i32 = 0;
    v.insert(i, 5); //~ ERROR E0308
    println!("{:?}", v);
}
