//@ compile-fail
// A Box owns its heap block; moving it leaves the old name empty.
fn main() {
    let a = Box::new(vec![1, 2, 3]);
    let b = a;
    println!("{:?}", b);
    println!("{:?}", a); //~ ERROR E0382
}
