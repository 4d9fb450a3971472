// An arithmetic expression tree with Box, recursive evaluation, simplification and Display.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(f64),
    Var(char),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

use Expr::*;

fn add(a: Expr, b: Expr) -> Expr {
    Add(Box::new(a), Box::new(b))
}
fn mul(a: Expr, b: Expr) -> Expr {
    Mul(Box::new(a), Box::new(b))
}

impl Expr {
    fn eval(&self, x: f64) -> f64 {
        match self {
            Num(n) => *n,
            Var(_) => x,
            Add(a, b) => a.eval(x) + b.eval(x),
            Mul(a, b) => a.eval(x) * b.eval(x),
            Neg(e) => -e.eval(x),
        }
    }

    fn simplify(self) -> Expr {
        match self {
            Add(a, b) => match (a.simplify(), b.simplify()) {
                (Num(x), Num(y)) => Num(x + y),
                (Num(z), e) | (e, Num(z)) if z == 0.0 => e,
                (l, r) => add(l, r),
            },
            Mul(a, b) => match (a.simplify(), b.simplify()) {
                (Num(x), Num(y)) => Num(x * y),
                (Num(z), _) | (_, Num(z)) if z == 0.0 => Num(0.0),
                (Num(o), e) | (e, Num(o)) if o == 1.0 => e,
                (l, r) => mul(l, r),
            },
            Neg(e) => match e.simplify() {
                Num(n) => Num(-n),
                Neg(inner) => *inner,
                other => Neg(Box::new(other)),
            },
            leaf => leaf,
        }
    }

    fn size(&self) -> usize {
        match self {
            Num(_) | Var(_) => 1,
            Add(a, b) | Mul(a, b) => 1 + a.size() + b.size(),
            Neg(e) => 1 + e.size(),
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Num(n) => write!(f, "{}", n),
            Var(v) => write!(f, "{}", v),
            Add(a, b) => write!(f, "({} + {})", a, b),
            Mul(a, b) => write!(f, "{} * {}", a, b),
            Neg(e) => write!(f, "-{}", e),
        }
    }
}

fn main() {
    let e = add(mul(Num(1.0), Var('x')), add(Num(0.0), mul(Num(2.0), Num(3.5))));
    println!("{} has {} nodes", e, e.size());
    for x in [0.0, 1.0, -2.5] {
        println!("f({}) = {}", x, e.eval(x));
    }
    let s = e.clone().simplify();
    println!("simplified: {} ({} nodes)", s, s.size());
    let n = Neg(Box::new(Neg(Box::new(add(Var('y'), Num(0.0))))));
    println!("{} => {}", n, n.clone().simplify());
    let z = mul(Var('x'), add(Num(0.0), Num(0.0)));
    println!("{} => {:?}", z, z.clone().simplify());
    println!("equal after simplify: {}", e.simplify() == add(Var('x'), Num(7.0)));
}
