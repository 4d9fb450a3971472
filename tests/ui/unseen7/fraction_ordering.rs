// Fractions normalised by gcd, with Ord implemented by cross-multiplication, sorted and summed.
use std::cmp::Ordering;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Frac {
    num: i64,
    den: i64,
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

impl Frac {
    fn new(num: i64, den: i64) -> Option<Frac> {
        if den == 0 {
            return None;
        }
        let g = gcd(num, den);
        let sign = if den < 0 { -1 } else { 1 };
        Some(Frac { num: sign * num / g, den: sign * den / g })
    }
    fn add(self, o: Frac) -> Frac {
        Frac::new(self.num * o.den + o.num * self.den, self.den * o.den).unwrap()
    }
}

impl Ord for Frac {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

impl PartialOrd for Frac {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Frac {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.den == 1 { write!(f, "{}", self.num) } else { write!(f, "{}/{}", self.num, self.den) }
    }
}

fn parse(s: &str) -> Result<Frac, String> {
    let (n, d) = s.split_once('/').unwrap_or((s, "1"));
    let n: i64 = n.trim().parse().map_err(|e| format!("{:?}: {}", s, e))?;
    let d: i64 = d.trim().parse().map_err(|e| format!("{:?}: {}", s, e))?;
    Frac::new(n, d).ok_or(format!("{:?}: zero denominator", s))
}

fn main() {
    let inputs = ["3/4", "2/-8", "6/8", "5", "1/3", "x/2", "7/0", "-10/4", "0/5"];
    let mut fracs = Vec::new();
    for s in inputs {
        match parse(s) {
            Ok(f) => {
                println!("{:>6} -> {}", s, f);
                fracs.push(f);
            }
            Err(e) => println!("{:>6} -> error {}", s, e),
        }
    }
    fracs.sort();
    let shown: Vec<String> = fracs.iter().map(|f| f.to_string()).collect();
    println!("sorted: {}", shown.join(" < "));
    fracs.dedup();
    println!("distinct: {}", fracs.len());
    let total = fracs.iter().fold(Frac::new(0, 1).unwrap(), |acc, f| acc.add(*f));
    println!("sum: {}", total);
    println!("max {} min {}", fracs.iter().max().unwrap(), fracs.iter().min().unwrap());
    let half = Frac::new(1, 2).unwrap();
    let above: Vec<String> = fracs.iter().filter(|f| **f > half).map(|f| format!("{}", f)).collect();
    println!("above 1/2: {:?}", above);
    println!("{:?}", Frac::new(2, 4).unwrap().cmp(&Frac::new(1, 2).unwrap()));
}
