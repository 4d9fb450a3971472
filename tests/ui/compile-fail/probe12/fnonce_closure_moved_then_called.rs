//@ compile-fail
// A closure moved into another binding, then called through the first.
fn main() {
    let s = String::from("a");
    let f = move || s.len();
    let g = f;
    println!("{}", g());
    let t = String::from("b");
    let h = move || t;
    let k = h;
    let _ = h(); //~ ERROR E0382
    let _ = k;
}
