//@ compile-fail
// Two traits of the type define `SIDES`: `T3::SIDES` is ambiguous (E0034), `<T3 as Shape>::SIDES` would pick one.
trait Shape {
    const SIDES: u8;
}

trait Other {
    const SIDES: u8;
}

struct T3;

impl Shape for T3 {
    const SIDES: u8 = 3;
}

impl Other for T3 {
    const SIDES: u8 = 4;
}

fn main() {
    println!("{}", T3::SIDES); //~ ERROR E0034
}
