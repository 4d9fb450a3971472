//@ compile-fail
// A String moved into `vec![..]`, then used.
fn main() {
    let s = String::from("a");
    let v = vec![s];
    println!("{:?} {}", v, s); //~ ERROR E0382
}
