//@ compile-fail
// A method taking `self` consumes the value.
struct Ticket {
    id: u32,
}

impl Ticket {
    fn redeem(self) -> u32 {
        self.id
    }
}

fn main() {
    let t = Ticket { id: 7 };
    println!("{}", t.redeem());
    println!("{}", t.id); //~ ERROR E0382
}
