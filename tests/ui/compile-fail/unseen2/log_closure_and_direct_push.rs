//@ compile-fail
// A closure that pushes to a Vec holds it mutably; pushing directly in between is a second `&mut`.
fn main() {
    let mut log = Vec::new();
    let mut add = |s: &str| log.push(s.to_string());
    add("start");
    log.push(String::from("direct")); //~ ERROR E0499
    add("end");
    println!("{:?}", log);
}
