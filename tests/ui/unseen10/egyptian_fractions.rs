// Writes fractions as sums of distinct unit fractions (greedy Egyptian fractions) with u64 gcd arithmetic.
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Frac {
    num: u64,
    den: u64,
}

impl Frac {
    fn new(num: u64, den: u64) -> Frac {
        let g = gcd(num, den);
        Frac { num: num / g, den: den / g }
    }
    fn sub(self, other: Frac) -> Frac {
        Frac::new(self.num * other.den - other.num * self.den, self.den * other.den)
    }
}

fn egyptian(mut f: Frac) -> Vec<u64> {
    let mut dens = Vec::new();
    while f.num != 0 {
        let d = (f.den + f.num - 1) / f.num;
        dens.push(d);
        f = f.sub(Frac::new(1, d));
    }
    dens
}

fn main() {
    let cases = [(2, 3), (4, 13), (5, 6), (7, 15), (1, 7), (6, 14)];
    for &(n, d) in cases.iter() {
        let dens = egyptian(Frac::new(n, d));
        let terms: Vec<String> = dens.iter().map(|d| format!("1/{}", d)).collect();
        println!("{}/{} = {}", n, d, terms.join(" + "));
        let back = dens.iter().fold(Frac::new(0, 1), |acc, &d| {
            Frac::new(acc.num * d + acc.den, acc.den * d)
        });
        assert_eq!(back, Frac::new(n, d));
    }
    let longest = cases
        .iter()
        .map(|&(n, d)| (egyptian(Frac::new(n, d)).len(), n, d))
        .max()
        .unwrap();
    println!("most terms: {}/{} with {}", longest.1, longest.2, longest.0);
}
