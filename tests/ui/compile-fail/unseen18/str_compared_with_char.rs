//@ compile-fail
// Comparing a &str field from split() with a char literal.
fn main() {
    let fields: Vec<&str> = "x;y;-".split(';').collect();
    let dashes = fields.iter().filter(|f| **f == '-').count(); //~ ERROR E0277
    println!("{}", dashes);
}
