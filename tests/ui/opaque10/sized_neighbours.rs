// Unsized types where rustc accepts them: behind Box, Rc and references, as a `?Sized` parameter.
use std::collections::HashMap;
use std::rc::Rc;

trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn total(s: &[i32]) -> i32 {
    s.iter().sum()
}

fn longest(a: &str, b: &str) -> usize {
    a.len().max(b.len())
}

fn size_of_any<T: ?Sized>(_: &T) -> usize {
    1
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0)), Box::new(Sq(1.0))];
    let refs: Vec<&dyn Shape> = shapes.iter().map(|b| b.as_ref()).collect();
    println!("{}", refs.iter().map(|s| s.area()).sum::<f64>());
    let words: Option<&str> = Some("hi");
    let shared: Rc<Box<dyn Shape>> = Rc::new(Box::new(Sq(3.0)));
    let boxed: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    let mut m: HashMap<&str, Box<dyn Fn(i32) -> i32>> = HashMap::new();
    m.insert("double", Box::new(|x| x * 2));
    println!("{} {} {} {} {}", total(&[1, 2]), longest("a", "bcd"), words.unwrap(), shared.area(), boxed.len());
    println!("{} {}", m["double"](4), size_of_any("xyz"));
}
