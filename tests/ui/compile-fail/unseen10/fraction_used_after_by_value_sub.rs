//@ compile-fail
// A fraction type without Copy is consumed by a by-value method and then printed.
#[derive(Debug)]
struct Frac {
    num: u64,
    den: u64,
}

impl Frac {
    fn sub(self, other: &Frac) -> Frac {
        Frac { num: self.num * other.den - other.num * self.den, den: self.den * other.den }
    }
}

fn main() {
    let f = Frac { num: 4, den: 13 };
    let unit = Frac { num: 1, den: 4 };
    let rest = f.sub(&unit);
    println!("{:?} - {:?} = {:?}", f, unit, rest); //~ ERROR E0382
}
