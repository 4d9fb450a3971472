//@ compile-fail
// `let (ref a, _) = t;` then moving `t` while `a` is used.
fn main() {
    let t = (String::from("a"), 1);
    let (ref a, _) = t;
    let u = t; //~ ERROR E0505
    println!("{} {}", a, u.1);
}
