// enum methods matching on `self`, `&self` and `&mut self`, with a state transition
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}
impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }
    fn secs(&self) -> u32 {
        match *self {
            Light::Red => 30,
            Light::Yellow => 3,
            Light::Green => 25,
        }
    }
    fn advance(&mut self) {
        *self = self.next();
    }
}
enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
}
impl Expr {
    fn eval(&self) -> i64 {
        match self {
            Expr::Num(n) => *n,
            Expr::Add(a, b) => a.eval() + b.eval(),
            Expr::Mul(a, b) => a.eval() * b.eval(),
        }
    }
}
fn main() {
    let mut l = Light::Red;
    let mut total = 0;
    for _ in 0..4 {
        total += l.secs();
        l.advance();
    }
    println!("{:?} {}", l, total);
    let e = Expr::Add(Box::new(Expr::Num(2)), Box::new(Expr::Mul(Box::new(Expr::Num(3)), Box::new(Expr::Num(4)))));
    println!("{}", e.eval());
}
