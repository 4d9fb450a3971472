//@ compile-fail
// a Clock struct printed with {} though it has no Display impl
struct Clock {
    hours: u8,
    minutes: u8,
}

fn main() {
    let c = Clock { hours: 8, minutes: 5 };
    println!("{}", c); //~ ERROR E0277
    println!("{}:{}", c.hours, c.minutes);
}
