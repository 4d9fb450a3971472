//@ compile-fail
// sort_by_key returning a reference into the element it is given
struct Elf {
    name: String,
    calories: u32,
}

fn main() {
    let mut elves = vec![
        Elf { name: "bob".to_string(), calories: 3 },
        Elf { name: "amy".to_string(), calories: 9 },
    ];
    elves.sort_by_key(|e| &e.name); //~ ERROR lifetime may not live long enough
    println!("{} {}", elves[0].name, elves[0].calories);
}
