#![allow(dead_code)]
use std::collections::HashMap;
use std::fmt::{self, Display, Write as _};
use std::rc::*;

#[derive(Debug, Clone, PartialEq)]
struct Point { x: i32, pub y: i32 }

struct Pair<T>(T, T);
struct Unit;

#[derive(Debug)]
enum Shape<'a, T: Clone + 'a> where T: Default {
    Circle { r: f64 },
    Rect(f64, f64),
    Named(&'a str, T),
    Empty,
}

enum Num { A = 1, B = 1 << 3, C }

const MAX: usize = 10;
static mut COUNT: u32 = 0;
type Map<V> = HashMap<String, V>;

trait Animal: Display + Sized {
    type Food: Clone;
    const LEGS: u32 = 4;
    fn name(&self) -> String;
    fn speak(&self) -> String { format!("{} speaks", self.name()) }
    fn consume(self, f: Self::Food);
}

impl<T: Clone> Pair<T> where T: Default {
    pub const fn first(&self) -> &T { &self.0 }
    fn swap(mut self) -> Self { let t = self.0.clone(); self.0 = self.1; self.1 = t; self }
    fn by_ref<'b>(&'b mut self, x: &'b T) -> Option<&'b T> { Some(x) }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
fn make_adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
fn boxed() -> Box<dyn Fn(i32) -> i32 + Send> { Box::new(|x: i32| -> i32 { x * 2 }) }
fn never() -> ! { panic!("boom {}", 1) }
fn decl(x: i32);

mod inner {
    pub fn f() -> u8 { 0xff_u8 }
}

fn main() {
    let mut v: Vec<Vec<i32>> = Vec::new();
    v.push(vec![1, 2, 3]);
    v.push(vec![0; 5]);
    let t = ((1, 2), 3);
    let a = t.0.1;
    let s = "hello\n\t\"world\" \u{1F600}";
    let r = r#"raw "str""#;
    let c = '\'';
    let b = b'a';
    let bs = b"bytes\x7f";
    let x = 1 + 2 * 3 - 4 / 2 % 3;
    let y = -x as i64 * 2;
    let z = x << 2 >> 1 & 0xf | 1 ^ 3;
    let cond = x > 1 && y < 2 || !true;
    for i in 0..10 { if i % 2 == 0 { continue; } }
    for i in (0..=10).rev().step_by(2) { println!("{i}"); }
    'outer: loop {
        while let Some(top) = v.pop() {
            if top.len() > 2 { break 'outer; }
        }
        break;
    }
    let val = loop { break 42; };
    let p = Point { x: 1, y: 2 };
    let q = Point { x: 3, ..p.clone() };
    let Point { x, y: yy } = q;
    match p {
        Point { x: 0, .. } => println!("zero"),
        Point { x: 1..=5, y } if y > 0 => { println!("small") }
        Point { x: n @ (6 | 7), .. } => println!("{n}"),
        _ => {}
    }
    let n = match x { -1 => 'a', 0 | 1 => 'b', 2..=9 => 'c', _ => 'd' };
    let opt: Option<&str> = None;
    if let Some(s) = opt && s.len() > 2 { println!("{s}"); } else if x == 3 { } else { }
    let Some(w) = opt else { return; };
    let closure = |a, b| a + b;
    let total: i32 = v.iter().map(|row| row.iter().sum::<i32>()).sum();
    let collected = v.into_iter().flatten().collect::<Vec<_>>();
    let arr = [[0u8; 3]; 4];
    let sl = &arr[1..];
    let mut m = HashMap::new();
    m.insert(String::from("k"), 1);
    *m.get_mut("k").unwrap() += 1;
    let rr = &mut &mut 5;
    let f = 1e3 + 2.5f32 as f64 + 1.0;
    unsafe { COUNT += 1; }
    assert_eq!(1, 1, "msg {}", 2);
    assert!(matches!(opt, Some(x) if x.is_empty()));
    let label = 'blk: { if x > 0 { break 'blk 1; } 2 };
    let e = Shape::<i32>::Empty;
    println!("{:?} {} {x} {name}", v, 1, name = "n");
}
