//@ compile-fail
// Moving a String into a Vec while a slice of it is still used.
fn main() {
    let mut log = Vec::new();
    let line = String::from("error: disk full");
    let level = &line[..5];
    log.push(line); //~ ERROR E0505
    println!("level {} entries {}", level, log.len());
}
