//@ compile-fail
// A variable is declared and read on a path where it was never initialised.
fn main() {
    let buffer: Vec<u8>;
    let big = std::env::args().count() > 3;
    if big {
        buffer = Vec::with_capacity(1024);
    }
    println!("{}", buffer.capacity()); //~ ERROR E0381
}
