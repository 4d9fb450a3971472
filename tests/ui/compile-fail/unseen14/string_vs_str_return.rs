//@ compile-fail
// Returning a &str literal where the signature promises a String (E0308)
fn greeting(name: &str) -> String {
    if name.is_empty() {
        return "stranger"; //~ ERROR E0308
    }
    format!("hello {}", name)
}

fn main() {
    println!("{}", greeting(""));
}
