// rustc's dead_code lint: what `main` never reaches is reported, grouped by item.
use std::fmt;

#[derive(Debug, Clone)]
struct Rect { w: u32, h: u32, tag: String } // h and tag only read by the derived impls

#[derive(PartialEq)]
struct Compared { a: i32, b: i32 } // the derived PartialEq reads both

struct Pair(i32, i32); // the last field is never read: "consider removing this field"
struct Spread(i32, i32, i32); // the first and last: "change them to ()"
struct Unit((), i32); // a positional () field is never reported

struct NeverBuilt { q: i32 }
impl NeverBuilt { fn make() -> Self { NeverBuilt { q: 1 } } fn get(&self) -> i32 { self.q } }

#[derive(Debug, Clone)]
enum Msg { Quit, Move { x: i32, y: i32 }, Write(String) }
enum Unused { A, B }

trait Shape { fn area(&self) -> u32; fn name(&self) -> String { String::from("shape") } }
trait Forgotten { fn f(&self); }
impl Shape for Rect { fn area(&self) -> u32 { self.w } }

struct Counter { n: u32, _spare: u32 }
impl Counter {
    fn new() -> Self { Self { n: 0, _spare: 0 } }
    fn bump(&mut self) { self.n += 1; }
    fn reset(&mut self) { self.n = 0; }
    fn zero() -> u32 { 0 }
    const LIMIT: u32 = 10;
}

struct Shown { v: i32, hidden: i32 }
impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{}", self.v) }
}

fn helper() -> i32 { inner_helper() }
fn inner_helper() -> i32 { 1 }
fn _quiet() {}
#[allow(dead_code)]
fn allowed() {}
const ANSWER: i32 = 42;
const USED: i32 = 7;
static GREETING: &str = "hi";
type Meters = u32;

fn describe(s: &dyn Shape) -> u32 { s.area() }

fn main() {
    let r = Rect { w: 3, h: 4, tag: String::from("r") };
    println!("{:?} {}", r.clone(), describe(&r));
    println!("{}", Compared { a: 1, b: 2 } == Compared { a: 1, b: 3 });
    let p = Pair(1, 2);
    let s = Spread(1, 2, 3);
    let u = Unit((), 5);
    println!("{} {} {}", p.0, s.1, u.1);
    let msgs = vec![Msg::Move { x: 1, y: 2 }, Msg::Write(String::from("w"))];
    for m in &msgs {
        if let Msg::Move { x, .. } = m { println!("move {x}"); }
    }
    println!("{:?}", msgs);
    let mut c = Counter::new();
    c.bump();
    println!("{} {}", c.n, USED);
    println!("{}", Shown { v: 1, hidden: 2 });
    fn nested() -> i32 { 3 }
    fn nested_unused() {}
    println!("{}", nested());
}
