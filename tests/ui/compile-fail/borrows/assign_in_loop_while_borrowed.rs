//@ compile-fail
// Each iteration keeps a reference to `current` while the next iteration overwrites it.
fn main() {
    let mut current = String::from("start");
    let mut seen: Vec<&String> = Vec::new();
    for i in 0..2 {
        seen.push(&current);
        current = format!("step{}", i); //~ ERROR E0506
    }
    println!("{}", seen.len());
}
