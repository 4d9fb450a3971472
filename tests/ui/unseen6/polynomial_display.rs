// Polynomials as Vec<i64> of coefficients: Display with signs, evaluation, Add and Mul impls.
use std::fmt;
use std::ops::{Add, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Poly {
    coef: Vec<i64>,
}

impl Poly {
    fn new(mut coef: Vec<i64>) -> Poly {
        while coef.len() > 1 && *coef.last().unwrap() == 0 {
            coef.pop();
        }
        Poly { coef }
    }

    fn eval(&self, x: i64) -> i64 {
        self.coef.iter().rev().fold(0, |acc, &c| acc * x + c)
    }

    fn degree(&self) -> usize {
        self.coef.len() - 1
    }

    fn derivative(&self) -> Poly {
        let coef: Vec<i64> = self.coef.iter().enumerate().skip(1).map(|(i, &c)| c * i as i64).collect();
        if coef.is_empty() { Poly::new(vec![0]) } else { Poly::new(coef) }
    }
}

impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut first = true;
        for (i, &c) in self.coef.iter().enumerate().rev() {
            if c == 0 && self.coef.len() > 1 {
                continue;
            }
            let sign = if c < 0 { "-" } else { "+" };
            if first {
                if c < 0 {
                    write!(f, "-")?;
                }
            } else {
                write!(f, " {} ", sign)?;
            }
            let a = c.abs();
            match (i, a) {
                (0, _) => write!(f, "{}", a)?,
                (1, 1) => write!(f, "x")?,
                (1, _) => write!(f, "{}x", a)?,
                (_, 1) => write!(f, "x^{}", i)?,
                _ => write!(f, "{}x^{}", a, i)?,
            }
            first = false;
        }
        Ok(())
    }
}

impl Add for &Poly {
    type Output = Poly;
    fn add(self, other: &Poly) -> Poly {
        let n = self.coef.len().max(other.coef.len());
        let coef = (0..n)
            .map(|i| self.coef.get(i).unwrap_or(&0) + other.coef.get(i).unwrap_or(&0))
            .collect();
        Poly::new(coef)
    }
}

impl Mul for &Poly {
    type Output = Poly;
    fn mul(self, other: &Poly) -> Poly {
        let mut coef = vec![0; self.coef.len() + other.coef.len() - 1];
        for (i, a) in self.coef.iter().enumerate() {
            for (j, b) in other.coef.iter().enumerate() {
                coef[i + j] += a * b;
            }
        }
        Poly::new(coef)
    }
}

fn main() {
    let p = Poly::new(vec![-1, 0, 3]);
    let q = Poly::new(vec![2, -1]);
    println!("p = {}", p);
    println!("q = {}", q);
    println!("p + q = {}", &p + &q);
    println!("p * q = {}", &p * &q);
    println!("p' = {}", p.derivative());
    println!("(p*q)' = {}", (&p * &q).derivative());
    for x in -2..=2 {
        println!("p({:>2}) = {:>3}   q({:>2}) = {:>3}", x, p.eval(x), x, q.eval(x));
    }
    let zero = &p + &Poly::new(vec![1, 0, -3]);
    println!("p + (1 - 3x^2) = {} (degree {})", zero, zero.degree());
    println!("{:?}", Poly::new(vec![0, 1, 0, 0]));
    let cube = &(&q * &q) * &q;
    println!("q^3 = {} ; at 1: {}", cube, cube.eval(1));
}
