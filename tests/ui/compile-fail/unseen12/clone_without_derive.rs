//@ compile-fail
// A struct without #[derive(Clone)] is cloned.
struct Ticket {
    seat: u32,
}

fn main() {
    let t = Ticket { seat: 12 };
    let copy = t.clone(); //~ ERROR E0599
    println!("{} {}", t.seat, copy.seat);
}
