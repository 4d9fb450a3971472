//@ compile-fail
// Returning a slice of a String created inside the function.
fn make_label<'a>(prefix: &'a str, n: u32) -> &'a str {
    let label = format!("{}-{}", prefix, n);
    &label //~ ERROR E0515
}

fn main() {
    println!("{}", make_label("item", 3));
}
