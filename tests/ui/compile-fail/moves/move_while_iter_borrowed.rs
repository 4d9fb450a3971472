//@ compile-fail
// Moving a vector while an iterator borrows it.
fn main() {
    let v = vec![1, 2];
    let mut it = v.iter();
    let w = v; //~ ERROR E0505
    println!("{:?} {:?}", it.next(), w);
}
