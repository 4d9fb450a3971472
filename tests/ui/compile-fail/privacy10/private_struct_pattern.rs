//@ compile-fail
// A struct pattern outside the module may not name a private field (`..` may skip it).
mod m {
    pub struct P {
        pub a: i32,
        b: i32,
    }

    pub fn p() -> P {
        P { a: 1, b: 2 }
    }
}

fn main() {
    let m::P { a, .. } = m::p();
    match m::p() {
        m::P { a: 1, b } => println!("{}", b), //~ ERROR E0451
        _ => {}
    }
    println!("{}", a);
}
