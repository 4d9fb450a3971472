//@ compile-fail
// trim() is called on the String returned by a function, and the trimmed slice is kept after the statement.
fn read_name() -> String {
    String::from("  Grace Hopper  ")
}

fn main() {
    let name = read_name().trim(); //~ ERROR E0716
    println!("hello, {}!", name);
}
