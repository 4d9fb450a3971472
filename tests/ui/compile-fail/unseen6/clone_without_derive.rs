//@ compile-fail
// Calling `clone()` on a struct that does not derive Clone.
#[derive(Debug)]
struct Ticket {
    seat: u32,
}

fn main() {
    let t = Ticket { seat: 12 };
    let copy = t.clone(); //~ ERROR E0599
    println!("{:?} {:?}", t, copy);
}
