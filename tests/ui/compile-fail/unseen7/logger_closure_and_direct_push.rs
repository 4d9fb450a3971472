//@ compile-fail
// A closure that pushes to `messages` is alive while main pushes to `messages` directly.
fn main() {
    let mut messages: Vec<String> = Vec::new();
    let mut log = |m: &str| messages.push(format!("[log] {}", m));
    log("starting");
    messages.push(String::from("direct entry")); //~ ERROR E0499
    log("finished");
    println!("{:?}", messages);
}
