//@ compile-fail
// `v.get(0).unwrap()` is &String, bound to String (E0308).
fn main() {
    let v = vec![String::from("a")];
    let s: String = v.get(0).unwrap(); //~ ERROR E0308
    println!("{}", s);
}
