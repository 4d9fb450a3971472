//@ compile-fail
// The line String is moved into a Vec while a slice of its key is still used.
fn main() {
    let mut lines: Vec<String> = Vec::new();
    let line = String::from("user=ana");
    let key = line.split('=').next().unwrap();
    lines.push(line); //~ ERROR E0505
    println!("{} {}", key, lines.len());
}
