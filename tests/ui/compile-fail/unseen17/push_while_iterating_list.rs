//@ compile-fail
// Appending to a Vec inside a `for` over it, as Python's `for x in items: items.append(...)`.
fn main() {
    let mut tasks = vec!["build".to_string(), "test".to_string()];
    for t in &tasks {
        if t == "build" {
            tasks.push("deploy".to_string()); //~ ERROR E0502
        }
    }
    println!("{:?}", tasks);
}
