//@ compile-fail
// Matching a String directly against &str literal patterns.
fn main() {
    let cmd = String::from("add");
    let code = match cmd {
        "add" => 1, //~ ERROR E0308
        "remove" => 2, //~ ERROR E0308
        _ => 0,
    };
    println!("{}", code);
}
