// Writing an owned value through a `&mut` parameter.
struct Slot {
    name: String,
}

fn fill(s: &mut Slot, from: &str) {
    s.name = from.to_uppercase();
}

fn main() {
    let mut s = Slot { name: String::new() };
    fill(&mut s, "abc");
    println!("{}", s.name);
}
