// custom iterator and generic struct
use std::fmt::Display;
struct Fib { a: u64, b: u64 }
impl Iterator for Fib { type Item = u64; fn next(&mut self) -> Option<u64> { let r = self.a; self.a = self.b; self.b += r; Some(r) } }
struct Grid<T> { w: usize, cells: Vec<T> }
impl<T: Clone + Display> Grid<T> {
    fn new(w: usize, h: usize, fill: T) -> Self { Grid { w, cells: vec![fill; w * h] } }
    fn set(&mut self, x: usize, y: usize, v: T) { let i = y * self.w + x; self.cells[i] = v; }
    fn rows(&self) -> impl Iterator<Item = &[T]> + '_ { self.cells.chunks(self.w) }
}
impl<T> Grid<T> where T: PartialEq { fn count(&self, v: &T) -> usize { self.cells.iter().filter(|c| *c == v).count() } }
struct Countdown(u32);
impl Iterator for Countdown { type Item = u32; fn next(&mut self) -> Option<u32> { if self.0 == 0 { None } else { self.0 -= 1; Some(self.0 + 1) } } }
fn main() {
    println!("{:?}", Fib { a: 0, b: 1 }.take_while(|&x| x < 100).collect::<Vec<_>>());
    println!("{}", Fib { a: 0, b: 1 }.skip(10).step_by(3).take(3).map(|x| x.to_string()).collect::<Vec<_>>().join(","));
    let mut g = Grid::new(3, 2, '.');
    g.set(1, 0, '#'); g.set(2, 1, '#');
    for r in g.rows() { println!("{}", r.iter().collect::<String>()); }
    println!("{}", g.count(&'#'));
    let v: Vec<u32> = Countdown(5).filter(|n| n % 2 == 1).collect();
    println!("{:?} {}", v, Countdown(4).sum::<u32>());
    let mut it = Countdown(3).peekable();
    while let Some(x) = it.next() { if let Some(nx) = it.peek() { print!("{x}->{nx} "); } else { println!("{x} end"); } }
    let z: Vec<(u32, char)> = Countdown(3).zip("abc".chars()).collect();
    println!("{:?}", z);
    println!("{:?}", Countdown(6).scan(0, |acc, x| { *acc += x; Some(*acc) }).collect::<Vec<_>>());
    println!("{:?}", (1..=4).flat_map(|i| (0..i).map(move |j| i * 10 + j)).filter(|x| x % 2 == 0).collect::<Vec<_>>());
    println!("{:?}", [[1, 2], [3, 4]].iter().flatten().copied().rev().collect::<Vec<i32>>());
    println!("{:?}", (1..10).map(|x| x * x).last());
    println!("{:?}", "a1b2c3".chars().filter_map(|c| c.to_digit(10)).product::<u32>());
    println!("{}", (1..=5).map(|x| x as f64).map(f64::sqrt).fold(0.0, f64::max));
}
