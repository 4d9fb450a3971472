// Irrefutable patterns in parameters, or-patterns binding alike, a by-value `self: Box<Self>` on a trait object.
trait Consume {
    fn eat(self: Box<Self>) -> u32;
}
struct A(u32);
impl Consume for A {
    fn eat(self: Box<Self>) -> u32 { self.0 }
}
struct P {
    x: u32,
    y: u32,
}
fn sum((a, b): (u32, u32), P { x, y: yy }: P) -> u32 {
    a + b + x + yy
}
fn main() {
    let b: Box<dyn Consume> = Box::new(A(3));
    println!("{}", b.eat());
    println!("{}", sum((1, 2), P { x: 3, y: 4 }));
    let f = |(k, v): (&str, u32), &w: &u32| format!("{}={}", k, v + w);
    println!("{}", f(("a", 1), &2));
    let t = (String::from("a"), String::from("b"));
    match &t {
        (x, _) | (_, x) if x.len() > 5 => println!("long {}", x),
        _ => println!("short"),
    }
    let r: Result<String, String> = Err(t.1);
    match r {
        Ok(ref x) | Err(ref x) => println!("{}", x),
    }
    let p = (1, 0);
    match p {
        (mut m, 0) | (0, mut m) => {
            m += 1;
            println!("{}", m)
        }
        _ => {}
    }
}
