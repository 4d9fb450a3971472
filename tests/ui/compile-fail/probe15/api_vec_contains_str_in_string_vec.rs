//@ compile-fail
// Vec<String>::contains with a &&str (E0308).
fn main() {
    let v = vec![String::from("a")];
    println!("{}", v.contains(&"a")); //~ ERROR E0308
}
