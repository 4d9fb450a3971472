//@ compile-fail
// `vec!` of `&str` where `Vec<String>` is declared: only the first element is reported.
fn main() {
    let names: Vec<String> = vec!["ann", "bob", "cy"]; //~ ERROR E0308
    println!("{:?}", names);
}
