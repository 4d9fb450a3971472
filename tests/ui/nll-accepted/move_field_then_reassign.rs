// Moving a field out of a struct and putting a new value back makes the struct whole again.
#[derive(Debug)]
struct Slot {
    name: String,
    uses: u32,
}

fn main() {
    let mut s = Slot { name: String::from("old"), uses: 1 };
    let old = s.name;
    s.name = old.to_uppercase();
    s.uses += 1;
    println!("{} {:?}", old, s);
    let moved = s;
    println!("{:?}", moved);
}
