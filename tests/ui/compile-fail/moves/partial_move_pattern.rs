//@ compile-fail
// Destructuring with a by-value binding partially moves the tuple.
fn main() {
    let t = (String::from("a"), 1);
    let (s, _) = t;
    println!("{}", s);
    let u = t; //~ ERROR E0382
    println!("{}", u.1);
}
