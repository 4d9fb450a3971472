// trait objects and generics
use std::fmt;
trait Shape { fn area(&self) -> f64; fn name(&self) -> String { "shape".to_string() } }
struct Circle(f64);
struct Rect { w: f64, h: f64 }
impl Shape for Circle { fn area(&self) -> f64 { 3.14 * self.0 * self.0 } fn name(&self) -> String { format!("circle r={}", self.0) } }
impl Shape for Rect { fn area(&self) -> f64 { self.w * self.h } }
impl fmt::Display for Rect { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{}x{}", self.w, self.h) } }
fn total(shapes: &[Box<dyn Shape>]) -> f64 { shapes.iter().map(|s| s.area()).sum() }
fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T { let mut m = xs[0]; for &x in xs { if x > m { m = x; } } m }
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Version { major: u32, minor: u32, patch: u32 }
impl fmt::Display for Version { fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "v{}.{}.{}", self.major, self.minor, self.patch) } }
fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.0)), Box::new(Rect { w: 2.0, h: 3.5 })];
    for s in &shapes { println!("{} -> {:.2}", s.name(), s.area()); }
    println!("{:.3}", total(&shapes));
    println!("{} {} {}", largest(&[3, 9, 2]), largest(&[1.5, 0.2]), largest(&['x', 'b']));
    println!("{}", Rect { w: 1.0, h: 2.0 });
    let mut vs = vec![Version { major: 1, minor: 2, patch: 3 }, Version::default(), Version { major: 1, minor: 0, patch: 9 }];
    vs.sort();
    println!("{}", vs.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(" < "));
    println!("{:?}", vs.iter().max());
    println!("{:#?}", vs[0]);
    println!("{:>12}|{:<10}|", format!("{}", vs[2]), vs[1].to_string());
}
