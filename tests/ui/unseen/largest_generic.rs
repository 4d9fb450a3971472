// Chapter 10: generic functions and structs with trait bounds, and a generic impl.
fn largest<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

#[derive(Debug)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn x(&self) -> &T {
        &self.x
    }
}

impl Point<f32> {
    fn distance_from_origin(&self) -> f32 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

struct Mixed<X1, Y1> {
    x: X1,
    y: Y1,
}

impl<X1, Y1> Mixed<X1, Y1> {
    fn mixup<X2, Y2>(self, other: Mixed<X2, Y2>) -> Mixed<X1, Y2> {
        Mixed { x: self.x, y: other.y }
    }
}

fn main() {
    let number_list = vec![34, 50, 25, 100, 65];
    println!("The largest number is {}", largest(&number_list));
    let char_list = vec!['y', 'm', 'a', 'q'];
    println!("The largest char is {}", largest(&char_list));
    let words = ["pear", "apple", "zucchini", "fig"];
    println!("The largest word is {}", largest(&words));
    let p = Point { x: 5, y: 10 };
    println!("p.x = {} {:?}", p.x(), p);
    let pf = Point { x: 3.0_f32, y: 4.0_f32 };
    println!("{}", pf.distance_from_origin());
    let p1 = Mixed { x: 5, y: 10.4 };
    let p2 = Mixed { x: "Hello", y: 'c' };
    let p3 = p1.mixup(p2);
    println!("p3.x = {}, p3.y = {}", p3.x, p3.y);
}
