//@ compile-fail
// Reading a misspelled field of a parsed record.
struct Entry<'a> {
    level: &'a str,
    message: &'a str,
}

fn main() {
    let line = "WARN disk almost full";
    let (level, message) = line.split_once(' ').unwrap();
    let e = Entry { level, message };
    println!("[{}] {}", e.level, e.mesage); //~ ERROR E0609
}
