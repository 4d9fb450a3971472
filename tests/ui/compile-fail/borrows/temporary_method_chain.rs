//@ compile-fail
// `as_str` on a temporary String returned by `format!` outlives the temporary.
fn main() {
    let name = "world";
    let greeting = format!("hello {}", name).as_str(); //~ ERROR E0716
    println!("{}", greeting);
}
