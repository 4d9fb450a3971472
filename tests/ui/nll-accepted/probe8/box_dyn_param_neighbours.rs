// Trait objects in parameters take what may live as long as their lifetime: owned or `'static` values
// for `Box<dyn T>`, borrows of locals for `&dyn T` and `Box<dyn T + 'a>`.
use std::fmt::Debug;
trait Shape {
    fn area(&self) -> f64;
}
struct Sq(f64);
impl Shape for Sq {
    fn area(&self) -> f64 { self.0 * self.0 }
}
fn total(shapes: &Vec<Box<dyn Shape>>) -> f64 { shapes.iter().map(|s| s.area()).sum() }
fn add(shapes: &mut Vec<Box<dyn Shape>>, s: f64) { shapes.push(Box::new(Sq(s))); }
fn show(b: Box<dyn Debug>) { println!("{:?}", b); }
fn relay(s: &'static str) { show(Box::new(s)); }
fn run(f: Box<dyn Fn() -> usize>) -> usize { f() }
fn show_ref(b: &dyn Debug, c: &Box<dyn Debug + '_>) { println!("{:?} {:?}", b, c); }
fn show_all<'a>(items: Vec<Box<dyn Debug + 'a>>) { println!("{:?}", items); }
fn wrap<'a>(s: &'a str) -> Box<dyn Debug + 'a> { Box::new(s) }
fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    add(&mut shapes, 2.0);
    shapes.push(Box::new(Sq(1.0)));
    println!("{}", total(&shapes));
    relay("x");
    show(Box::new(vec![1]));
    let s = String::from("abc");
    let b: Box<dyn Debug + '_> = Box::new(&s);
    show_ref(&s, &b);
    show_all(vec![Box::new(&s), Box::new(1)]);
    println!("{:?}", wrap(&s));
    let t = String::from("moved");
    println!("{}", run(Box::new(move || t.len())));
}
