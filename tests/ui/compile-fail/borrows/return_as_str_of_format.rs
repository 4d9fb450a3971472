//@ compile-fail
// Returning `as_str()` of a String built in the function.
fn label(n: i32) -> &'static str {
    let s = format!("#{}", n);
    s.as_str() //~ ERROR E0515
}

fn main() {
    println!("{}", label(3));
}
