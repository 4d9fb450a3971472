//@ compile-fail
// Option<&Ticket>::cloned needs Ticket: Clone, a bound on the method itself (E0277).
struct Ticket {
    seat: u32,
}

fn main() {
    let tickets = vec![Ticket { seat: 12 }];
    let first = tickets.first().cloned(); //~ ERROR E0277
    println!("{}", first.map_or(0, |t| t.seat));
}
