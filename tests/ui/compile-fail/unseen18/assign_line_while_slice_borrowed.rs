//@ compile-fail
// A new line is assigned to the buffer while the previous line's prefix is still in use.
fn main() {
    let mut line = String::from("GET /index.html");
    let method = &line[..3];
    line = String::from("POST /form"); //~ ERROR E0506
    println!("{} {}", method, line);
}
