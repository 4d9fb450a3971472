// A Money type in cents with Add, Sub, Mul<u32>, Neg, AddAssign, Sum and Display, splitting a bill fairly.
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Money(i64);

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
    fn mul(self, k: u32) -> Money {
        Money(self.0 * k as i64)
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
        iter.fold(Money(0), |a, b| a + b)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{}${}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100)
    }
}

fn split(total: Money, people: u32) -> Vec<Money> {
    let base = total.0 / people as i64;
    let extra = total.0 % people as i64;
    (0..people as i64).map(|i| Money(base + if i < extra { 1 } else { 0 })).collect()
}

fn main() {
    let items = [(Money(1250), 2), (Money(399), 3), (Money(5), 10)];
    let subtotal: Money = items.iter().map(|&(price, qty)| price * qty).sum();
    let discount = Money(300);
    let mut total = subtotal - discount;
    total += Money(120);
    println!("subtotal {} discount {} total {}", subtotal, -discount, total);
    let shares = split(total, 3);
    let shown: Vec<String> = shares.iter().map(|m| m.to_string()).collect();
    println!("shares: {}", shown.join(" + "));
    println!("shares add up: {}", shares.iter().copied().sum::<Money>() == total);
    let refund = Money(-4321);
    println!("refund {} and {:?}", refund, refund);
    println!("max {} min {}", shares.iter().max().unwrap(), shares.iter().min().unwrap());
    println!("{}", Money(7) - Money(100));
}
