//@ compile-fail
// A Vec is used after being passed to drop.
fn main() {
    let v = vec![1, 2, 3];
    drop(v);
    println!("{}", v.len()); //~ ERROR E0382
}
