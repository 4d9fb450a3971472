// Generics/traits: a trait with an associated const and type, blanket impl over T: Display, where clauses.
use std::fmt::{self, Display};

trait Shape {
    const SIDES: u32;
    type Unit;
    fn unit(&self) -> Self::Unit;
    fn sides(&self) -> u32 {
        Self::SIDES
    }
}

struct Triangle;
struct Square(f64);

impl Shape for Triangle {
    const SIDES: u32 = 3;
    type Unit = &'static str;
    fn unit(&self) -> &'static str {
        "cm"
    }
}

impl Shape for Square {
    const SIDES: u32 = 4;
    type Unit = f64;
    fn unit(&self) -> f64 {
        self.0
    }
}

trait Loud {
    fn loud(&self) -> String;
}

impl<T: Display> Loud for T {
    fn loud(&self) -> String {
        format!("{}!", self.to_string().to_uppercase())
    }
}

struct Pair<A, B> {
    a: A,
    b: B,
}

impl<A: Display, B: Display> Display for Pair<A, B> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}, {}>", self.a, self.b)
    }
}

impl<A, B> Pair<A, B> {
    fn swap(self) -> Pair<B, A> {
        Pair { a: self.b, b: self.a }
    }
}

fn describe<S>(s: &S) -> String
where
    S: Shape,
    S::Unit: fmt::Debug,
{
    format!("{} sides, unit {:?}", s.sides(), s.unit())
}

fn main() {
    println!("{}", describe(&Triangle));
    println!("{}", describe(&Square(2.5)));
    println!("{} {}", Triangle::SIDES, <Square as Shape>::SIDES);
    println!("{}", "hello".loud());
    println!("{}", 42.loud());
    let p = Pair { a: 1, b: "one" };
    println!("{p} {}", p.loud());
    let q = p.swap();
    println!("{q}");
    println!("{}", Pair { a: 'x', b: Pair { a: 2.5, b: true } });
}
