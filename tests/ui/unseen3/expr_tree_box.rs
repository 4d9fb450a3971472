// Box: a recursive expression tree with evaluation, simplification and Display.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(i64),
    Var(char),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

use Expr::*;

fn num(n: i64) -> Box<Expr> {
    Box::new(Num(n))
}

impl Expr {
    fn eval(&self, x: i64) -> i64 {
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
                (Num(0), e) | (e, Num(0)) => e,
                (Num(x), Num(y)) => Num(x + y),
                (l, r) => Add(Box::new(l), Box::new(r)),
            },
            Mul(a, b) => match (a.simplify(), b.simplify()) {
                (Num(0), _) | (_, Num(0)) => Num(0),
                (Num(1), e) | (e, Num(1)) => e,
                (Num(x), Num(y)) => Num(x * y),
                (l, r) => Mul(Box::new(l), Box::new(r)),
            },
            Neg(e) => match e.simplify() {
                Num(n) => Num(-n),
                Neg(inner) => *inner,
                other => Neg(Box::new(other)),
            },
            other => other,
        }
    }

    fn depth(&self) -> usize {
        match self {
            Num(_) | Var(_) => 1,
            Add(a, b) | Mul(a, b) => 1 + a.depth().max(b.depth()),
            Neg(e) => 1 + e.depth(),
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Num(n) if *n < 0 => write!(f, "({})", n),
            Num(n) => write!(f, "{}", n),
            Var(c) => write!(f, "{}", c),
            Add(a, b) => write!(f, "({} + {})", a, b),
            Mul(a, b) => write!(f, "{} * {}", a, b),
            Neg(e) => write!(f, "-{}", e),
        }
    }
}

fn main() {
    let e = Add(
        Box::new(Mul(num(3), Box::new(Var('x')))),
        Box::new(Add(num(0), Box::new(Neg(Box::new(Neg(num(4))))))),
    );
    println!("{}", e);
    println!("depth {}", e.depth());
    for x in [-2, 0, 5] {
        println!("x = {x}: {}", e.eval(x));
    }
    let s = e.clone().simplify();
    println!("simplified {} (depth {})", s, s.depth());
    println!("same value: {}", (0..5).all(|x| s.eval(x) == e.eval(x)));
    let z = Mul(Box::new(Add(num(1), num(2))), Box::new(Mul(num(1), Box::new(Var('y'))))).simplify();
    println!("{} / {:?}", z, z);
    let zero = Mul(Box::new(Var('x')), num(0)).simplify();
    println!("{zero} {}", zero == Num(0));
    let b: Box<i32> = Box::new(41);
    let unboxed = *b + 1;
    println!("{unboxed} {}", std::mem::size_of::<Box<Expr>>());
    let nested = Neg(Box::new(Num(-7)));
    println!("{} = {}", nested, nested.eval(0));
}
