// Polynomials as BTreeMap<exponent, coefficient>: addition, multiplication, evaluation and pretty printing.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
struct Poly {
    terms: BTreeMap<u32, i64>,
}

impl Poly {
    fn from_pairs(pairs: &[(u32, i64)]) -> Poly {
        let mut terms = BTreeMap::new();
        for &(e, c) in pairs {
            *terms.entry(e).or_insert(0) += c;
        }
        terms.retain(|_, c| *c != 0);
        Poly { terms }
    }

    fn add(&self, other: &Poly) -> Poly {
        let mut pairs: Vec<(u32, i64)> = self.terms.iter().map(|(&e, &c)| (e, c)).collect();
        pairs.extend(other.terms.iter().map(|(&e, &c)| (e, c)));
        Poly::from_pairs(&pairs)
    }

    fn mul(&self, other: &Poly) -> Poly {
        let mut pairs = Vec::new();
        for (e1, c1) in &self.terms {
            for (e2, c2) in &other.terms {
                pairs.push((e1 + e2, c1 * c2));
            }
        }
        Poly::from_pairs(&pairs)
    }

    fn eval(&self, x: i64) -> i64 {
        self.terms.iter().map(|(&e, &c)| c * x.pow(e)).sum()
    }

    fn degree(&self) -> Option<u32> {
        self.terms.keys().next_back().copied()
    }
}

impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.terms.is_empty() {
            return write!(f, "0");
        }
        let mut first = true;
        for (&e, &c) in self.terms.iter().rev() {
            let sign = if c < 0 { "-" } else if first { "" } else { "+" };
            if !first {
                write!(f, " {} ", sign)?;
            } else {
                write!(f, "{}", sign)?;
            }
            let a = c.abs();
            match (a, e) {
                (_, 0) => write!(f, "{}", a)?,
                (1, 1) => write!(f, "x")?,
                (1, _) => write!(f, "x^{}", e)?,
                (_, 1) => write!(f, "{}x", a)?,
                _ => write!(f, "{}x^{}", a, e)?,
            }
            first = false;
        }
        Ok(())
    }
}

fn main() {
    let p = Poly::from_pairs(&[(2, 1), (0, -1)]);
    let q = Poly::from_pairs(&[(1, 1), (0, 1)]);
    let r = Poly::from_pairs(&[(3, 2), (1, -4), (0, 7)]);
    println!("p = {}", p);
    println!("q = {}", q);
    println!("r = {}", r);
    println!("p + q = {}", p.add(&q));
    println!("p * q = {}", p.mul(&q));
    println!("q * q * q = {}", q.mul(&q).mul(&q));
    let neg = Poly::from_pairs(&[(2, -1), (0, 1)]);
    println!("p + (-p) = {} (degree {:?})", p.add(&neg), p.add(&neg).degree());
    for x in -2..=2 {
        println!("r({:>2}) = {:>4}", x, r.eval(x));
    }
    println!("equal: {}", p.mul(&q) == q.mul(&p));
}
