//@ compile-fail
// Collecting iter() items into Vec<i32> (E0277).
fn main() {
    let v = vec![1, 2];
    let w: Vec<i32> = v.iter().collect(); //~ ERROR E0277
    println!("{:?}", w);
}
