//@ compile-fail
// A closure moving out of its capture called twice (E0382).
fn main() {
    let s = String::from("a");
    let f = move || s;
    let a = f();
    let b = f(); //~ ERROR E0382
    println!("{} {}", a, b);
}
