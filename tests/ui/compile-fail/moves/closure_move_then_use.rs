//@ compile-fail
// A `move` closure takes the String; using it afterwards fails.
fn main() {
    let s = String::from("x");
    let f = move || println!("{}", s);
    f();
    println!("{}", s); //~ ERROR E0382
}
