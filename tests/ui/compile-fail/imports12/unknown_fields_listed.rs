//@ compile-fail
// Fields unlike any other: rustc lists the available ones instead.
struct Pixel {
    red: u8,
    green: u8,
    blue: u8,
}

fn main() {
    let p = Pixel { alpha: 255, red: 1, green: 2, blue: 3 }; //~ ERROR E0560
    let pair = (p.red, p.green);
    println!("{} {}", p.opacity, pair.2); //~ ERROR E0609
    //~^ ERROR E0609
}
