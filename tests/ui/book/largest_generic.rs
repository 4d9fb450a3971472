// Generics: largest with PartialOrd, generic structs with impl blocks, mixed generic methods.
fn largest<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

#[derive(Debug, Clone, Copy)]
struct Point<X1, Y1> {
    x: X1,
    y: Y1,
}

impl<X1: Copy, Y1: Copy> Point<X1, Y1> {
    fn mixup<X2, Y2>(self, other: Point<X2, Y2>) -> Point<X1, Y2> {
        Point { x: self.x, y: other.y }
    }
    fn x(&self) -> &X1 {
        &self.x
    }
}

impl Point<f32, f32> {
    fn distance_from_origin(&self) -> f32 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + std::fmt::Display> Pair<T> {
    fn cmp_display(&self) {
        if self.a >= self.b {
            println!("largest is a = {}", self.a);
        } else {
            println!("largest is b = {}", self.b);
        }
    }
}

fn main() {
    println!("{}", largest(&[34, 50, 25, 100, 65]));
    println!("{}", largest(&['y', 'm', 'a', 'q']));
    println!("{}", largest(&[1.5, -2.0, 0.25]));
    println!("{}", largest(&["pear", "apple", "zebra", "mango"]));
    let p1 = Point { x: 5, y: 10.4 };
    let p2 = Point { x: "Hello", y: 'c' };
    let p3 = p1.mixup(p2);
    println!("{:?} x={}", p3, p3.x());
    let f = Point { x: 3.0f32, y: 4.0f32 };
    println!("{}", f.distance_from_origin());
    Pair { a: 3, b: 9 }.cmp_display();
    Pair { a: String::from("zz"), b: String::from("aa") }.cmp_display();
    let words = vec![String::from("x"), String::from("abc")];
    println!("{}", largest(&words));
}
