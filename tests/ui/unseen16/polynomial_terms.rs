// Polynomials as sorted linked lists of terms (as ported from a C course): add, multiply, evaluate, and Display.
use std::fmt;

#[derive(Clone)]
struct Term {
    coef: i64,
    exp: u32,
    next: Option<Box<Term>>,
}

#[derive(Clone, Default)]
struct Poly {
    head: Option<Box<Term>>,
}

impl Poly {
    fn add_term(&mut self, coef: i64, exp: u32) {
        if coef == 0 {
            return;
        }
        let mut cur = &mut self.head;
        while cur.as_ref().map_or(false, |t| t.exp > exp) {
            cur = &mut cur.as_mut().unwrap().next;
        }
        match cur {
            Some(t) if t.exp == exp => {
                t.coef += coef;
                if t.coef == 0 {
                    let rest = t.next.take();
                    *cur = rest;
                }
            }
            _ => {
                let rest = cur.take();
                *cur = Some(Box::new(Term { coef, exp, next: rest }));
            }
        }
    }

    fn from(pairs: &[(i64, u32)]) -> Poly {
        let mut p = Poly::default();
        for &(c, e) in pairs {
            p.add_term(c, e);
        }
        p
    }

    fn terms(&self) -> Vec<(i64, u32)> {
        let mut v = Vec::new();
        let mut cur = self.head.as_deref();
        while let Some(t) = cur {
            v.push((t.coef, t.exp));
            cur = t.next.as_deref();
        }
        v
    }

    fn add(&self, other: &Poly) -> Poly {
        let mut r = self.clone();
        for (c, e) in other.terms() {
            r.add_term(c, e);
        }
        r
    }

    fn mul(&self, other: &Poly) -> Poly {
        let mut r = Poly::default();
        for (c1, e1) in self.terms() {
            for (c2, e2) in other.terms() {
                r.add_term(c1 * c2, e1 + e2);
            }
        }
        r
    }

    fn eval(&self, x: i64) -> i64 {
        self.terms().iter().map(|&(c, e)| c * x.pow(e)).sum()
    }
}

impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ts = self.terms();
        if ts.is_empty() {
            return write!(f, "0");
        }
        for (i, (c, e)) in ts.iter().enumerate() {
            let sign = if *c < 0 { "-" } else if i > 0 { "+" } else { "" };
            let sep = if i > 0 { " " } else { "" };
            let a = c.abs();
            let coef = if a == 1 && *e > 0 { String::new() } else { a.to_string() };
            let var = match e { 0 => String::new(), 1 => "x".to_string(), _ => format!("x^{}", e) };
            let space = if i > 0 { " " } else { "" };
            write!(f, "{}{}{}{}{}", sep, sign, space, coef, var)?;
        }
        Ok(())
    }
}

fn main() {
    let p = Poly::from(&[(3, 2), (-2, 1), (5, 0)]);
    let q = Poly::from(&[(1, 1), (-1, 0)]);
    println!("p = {}", p);
    println!("q = {}", q);
    println!("p + q = {}", p.add(&q));
    println!("p * q = {}", p.mul(&q));
    let sq = q.mul(&q);
    println!("q^2 = {} terms {:?}", sq, sq.terms());
    let cancel = p.add(&Poly::from(&[(-3, 2), (2, 1), (-5, 0)]));
    println!("p - p = {}", cancel);
    for x in [-2, 0, 1, 3] {
        println!("p({}) = {}, (p*q)({}) = {}", x, p.eval(x), x, p.mul(&q).eval(x));
    }
}
