// A Money newtype in cents: Add, Sub, Mul<u32>, Neg, AddAssign, Sum over an iterator, Display with signs.
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Money(i64);

impl Money {
    fn from_str_cents(s: &str) -> Option<Money> {
        let (units, cents) = s.split_once('.').unwrap_or((s, "0"));
        let u: i64 = units.parse().ok()?;
        let c: i64 = format!("{:0<2}", cents).parse().ok()?;
        if c > 99 {
            return None;
        }
        Some(Money(if u < 0 { u * 100 - c } else { u * 100 + c }))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{}${}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100)
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0 + o.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, o: Money) -> Money {
        Money(self.0 - o.0)
    }
}

impl Mul<u32> for Money {
    type Output = Money;
    fn mul(self, n: u32) -> Money {
        Money(self.0 * n as i64)
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, o: Money) {
        self.0 += o.0;
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::default(), |a, b| a + b)
    }
}

fn main() {
    let prices = ["3.5", "12.99", "0.05", "-2.5", "7", "1.234", "abc"];
    let parsed: Vec<Option<Money>> = prices.iter().map(|p| Money::from_str_cents(p)).collect();
    for (p, m) in prices.iter().zip(&parsed) {
        match m {
            Some(m) => println!("{:>6} -> {}", p, m),
            None => println!("{:>6} -> invalid", p),
        }
    }
    let valid: Vec<Money> = parsed.into_iter().flatten().collect();
    let total: Money = valid.iter().copied().sum();
    println!("total {}", total);
    let mut running = Money::default();
    for m in &valid {
        running += *m * 2;
    }
    println!("doubled {}", running);
    println!("difference {}", valid[0] - valid[1]);
    println!("negated {}", -valid[1]);
    println!("max {:?}, min {:?}", valid.iter().max(), valid.iter().min());
    let mut sorted = valid.clone();
    sorted.sort();
    let shown: Vec<String> = sorted.iter().map(|m| m.to_string()).collect();
    println!("{}", shown.join(" <= "));
}
