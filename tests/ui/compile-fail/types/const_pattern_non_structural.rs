//@ compile-fail
// A constant of a struct that does not derive `PartialEq` cannot be used as a pattern (structural equality).
#[derive(Debug, Clone, Copy)]
struct Rgb(u8, u8, u8);

const BLACK: Rgb = Rgb(0, 0, 0);

fn main() {
    let c = Rgb(0, 0, 0);
    match c {
        BLACK => println!("black"), //~ ERROR constant of non-structural type
        Rgb(r, g, b) => println!("{} {} {}", r, g, b),
    }
}
