//@ compile-fail
// A loader builds a line String locally and returns a Record borrowing it.
struct Record<'a> {
    name: &'a str,
    age: u32,
}

fn parse(line: &str) -> Record<'_> {
    let (name, age) = line.split_once(',').unwrap();
    Record { name, age: age.parse().unwrap() }
}

fn load() -> Record<'static> {
    let line = format!("{},{}", "ana", 31);
    parse(&line) //~ ERROR E0515
}

fn main() {
    let r = load();
    println!("{} {}", r.name, r.age);
}
