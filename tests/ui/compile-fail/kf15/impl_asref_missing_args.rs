//@ compile-fail
// `impl AsRef for Name`: `AsRef` needs its type parameter (E0107).
struct Name(String);
impl AsRef for Name { //~ ERROR E0107
    fn as_ref(&self) -> &str {
        &self.0
    }
}
fn main() {
    let n = Name(String::from("x"));
    println!("{}", n.0);
}
