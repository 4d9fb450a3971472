//@ compile-fail
// A function without parameters returning &str with no lifetime named.
fn default_name() -> &str { //~ ERROR E0106
    "anonymous"
}

fn main() {
    let name = default_name();
    println!("hello, {}", name);
}
