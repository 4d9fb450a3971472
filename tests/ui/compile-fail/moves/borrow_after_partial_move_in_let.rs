//@ compile-fail
// Borrowing a struct whose field was moved by a let pattern.
struct Pt {
    label: String,
    x: i32,
}

fn main() {
    let p = Pt { label: String::from("p"), x: 1 };
    let Pt { label, .. } = p;
    let r = &p; //~ ERROR E0382
    println!("{} {}", label, r.x);
}
