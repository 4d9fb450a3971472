//@ compile-fail
// `T::SIDES` needs a `T: Shape` bound.
trait Shape {
    const SIDES: u32;
}

fn sides<T>() -> u32 {
    T::SIDES //~ ERROR E0599
}

fn main() {
    println!("{}", sides::<u8>());
}
