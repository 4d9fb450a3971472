package dev.heaplab.core.typeck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole programs of the supported subset that rustc accepts must type-check without diagnostics. */
class BasicProgramsTest {
    private static Checked ok(String src) {
        Checked c = Checked.of(src);
        assertThat(c.describe()).isEmpty();
        assertThat(c.program()).isNotNull();
        return c;
    }

    @Test
    void letsArithmeticAndCalls() {
        ok("""
                fn add(a: i32, b: i32) -> i32 { a + b }
                fn main() {
                    let x = 1;
                    let y: i64 = 2;
                    let z = add(x, 3) * 2;
                    let w = y + 1;
                    let f = 1.5;
                    let g = f * 2.0;
                    println!("{} {} {} {}", z, w, g, x);
                }
                """);
    }

    @Test
    void structsEnumsAndMatch() {
        ok("""
                #[derive(Debug, Clone, PartialEq)]
                struct Point { x: i32, y: i32 }
                enum Shape { Circle(f64), Rect { w: f64, h: f64 }, Empty }
                impl Point {
                    fn new(x: i32, y: i32) -> Self { Point { x, y } }
                    fn norm1(&self) -> i32 { self.x.abs() + self.y.abs() }
                }
                fn area(s: &Shape) -> f64 {
                    match s {
                        Shape::Circle(r) => 3.14 * r * r,
                        Shape::Rect { w, h } => w * h,
                        Shape::Empty => 0.0,
                    }
                }
                fn main() {
                    let p = Point::new(1, -2);
                    let q = p.clone();
                    println!("{:?} {} {}", p, p.norm1(), p == q);
                    let shapes = vec![Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.0 }, Shape::Empty];
                    for s in &shapes {
                        println!("{}", area(s));
                    }
                }
                """);
    }

    @Test
    void stringsVecsOptionResult() {
        ok("""
                fn parse(s: &str) -> Result<i32, String> {
                    if s.len() > 3 { Err(String::from("too long")) } else { Ok(s.len() as i32) }
                }
                fn twice(s: &str) -> Result<i32, String> {
                    let n = parse(s)?;
                    Ok(n * 2)
                }
                fn main() {
                    let mut s = String::new();
                    s.push_str("hi");
                    let t = s.clone() + " there";
                    let mut v: Vec<i32> = Vec::new();
                    v.push(1);
                    v.push(2);
                    let first = v[0];
                    let n = v.len();
                    let last = v.pop().unwrap();
                    let o: Option<&i32> = v.get(0);
                    match o {
                        Some(x) => println!("{}", x),
                        None => println!("none"),
                    }
                    if let Some(x) = v.get(5) { println!("{x}"); }
                    println!("{} {} {} {} {}", t, first, n, last, twice("ab").unwrap_or(0));
                    let r = parse("abcdef");
                    println!("{:?} {}", r, r.is_err());
                }
                """);
    }

    @Test
    void closuresAndIterators() {
        ok("""
                fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
                fn main() {
                    let k = 3;
                    let add_k = |x| x + k;
                    println!("{}", apply(add_k, 4));
                    let v = vec![1, 2, 3, 4];
                    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
                    let evens = v.iter().filter(|x| **x % 2 == 0).count();
                    let total: i32 = v.iter().sum();
                    let mut count = 0;
                    let mut inc = || count += 1;
                    inc();
                    inc();
                    for (i, x) in v.iter().enumerate() {
                        println!("{i} {x}");
                    }
                    for i in (0..3).rev() { println!("{}", i); }
                    println!("{:?} {} {} {}", doubled, evens, total, count);
                }
                """);
    }

    @Test
    void traitsGenericsAndDisplay() {
        ok("""
                use std::fmt;
                trait Animal {
                    fn name(&self) -> String;
                    fn speak(&self) -> String { format!("{} speaks", self.name()) }
                }
                struct Dog;
                impl Animal for Dog {
                    fn name(&self) -> String { String::from("dog") }
                }
                struct P { x: i32 }
                impl fmt::Display for P {
                    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        write!(f, "P({})", self.x)
                    }
                }
                fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
                    let mut m = xs[0];
                    for &x in xs { if x > m { m = x; } }
                    m
                }
                fn describe(a: &dyn Animal) -> String { a.speak() }
                fn main() {
                    let d = Dog;
                    let boxed: Box<dyn Animal> = Box::new(Dog);
                    println!("{} {} {}", d.speak(), describe(&d), boxed.name());
                    println!("{}", P { x: 1 });
                    println!("{}", largest(&[1, 5, 2]));
                    let s = P { x: 2 }.to_string();
                    println!("{}", s);
                }
                """);
    }
}
