//@ compile-fail
// Using a String after moving it into a `move` closure (E0382).
fn main() {
    let s = String::from("a");
    let f = move || println!("{}", s);
    f();
    println!("{}", s); //~ ERROR E0382
}
