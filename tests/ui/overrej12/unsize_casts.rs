// `as` casts that are coercions: to `Box<dyn Trait>`, `&dyn Trait`, `&[T]` and `&T` from `&mut T`
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("square {}", self.0)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}

fn main() {
    let b = Box::new(Square(2.0)) as Box<dyn Shape>;
    println!("{} {}", b.name(), b.area());
    let c = Circle(1.5);
    let r = &c as &dyn Shape;
    println!("{} {}", r.name(), r.area());
    let shapes = vec![Box::new(Circle(1.0)) as Box<dyn Shape>, Box::new(Square(3.0))];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total {}", total);
    let arr = [1, 2, 3];
    let s = &arr as &[i32];
    println!("{:?} {}", s, s.len());
    let mut n = 5;
    let m = &mut n as &i32;
    println!("{}", m);
    let text = String::from("hello");
    let t = &text as &str;
    println!("{}", t.len());
}
