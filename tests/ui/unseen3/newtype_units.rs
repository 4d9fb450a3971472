// Tuple structs and newtypes: Display impls, unit structs, destructuring and conversions with From.
use std::fmt;

struct Meters(f64);
struct Feet(f64);
#[derive(Debug, Clone, Copy, PartialEq)]
struct Color(u8, u8, u8);
#[derive(Debug)]
struct Marker;

impl From<Feet> for Meters {
    fn from(f: Feet) -> Meters {
        Meters(f.0 * 0.3048)
    }
}

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.2} m", self.0)
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02X}", self.0, self.1, self.2)
    }
}

impl Color {
    fn gray(level: u8) -> Color {
        Color(level, level, level)
    }

    fn brightness(&self) -> u32 {
        let Color(r, g, b) = *self;
        (r as u32 + g as u32 + b as u32) / 3
    }

    fn invert(self) -> Color {
        Color(255 - self.0, 255 - self.1, 255 - self.2)
    }
}

struct Wrapper(Vec<String>);

impl fmt::Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0.join(", "))
    }
}

fn main() {
    let m: Meters = Feet(10.0).into();
    println!("{}", m);
    let m2 = Meters::from(Feet(3.5));
    println!("{m2} and raw {}", m2.0);

    let c = Color(255, 128, 10);
    println!("{} {:?} brightness {}", c, c, c.brightness());
    let inv = c.invert();
    println!("inverted {inv}, equal? {}", inv == c);
    let g = Color::gray(200);
    println!("gray {g} {}", g.brightness());
    let Color(r, _, b) = g;
    println!("r {r} b {b}");

    let w = Wrapper(vec![String::from("hello"), String::from("world")]);
    println!("w = {w}");
    println!("{:?} is a unit struct of size {}", Marker, std::mem::size_of::<Marker>());
    println!("sizes: Color {} Meters {}", std::mem::size_of::<Color>(), std::mem::size_of::<Meters>());
    let palette = [Color(1, 2, 3), Color::gray(9), c];
    for (i, col) in palette.iter().enumerate() {
        println!("{i}: {col:>10} | {:<4}|", col.brightness());
    }
}
