//@ compile-fail
// A reference to the first task is kept while a new task is pushed onto the Vec.
fn main() {
    let mut tasks = vec![String::from("write"), String::from("test")];
    let first = &tasks[0];
    tasks.push(String::from("ship")); //~ ERROR E0502
    println!("first task: {}", first);
}
