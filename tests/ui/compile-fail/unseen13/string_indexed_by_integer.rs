//@ compile-fail
// A String is indexed by an integer as if it were an array of chars.
fn main() {
    let s = String::from("memoire");
    let c = s[0]; //~ ERROR E0277
    println!("{}", c);
}
