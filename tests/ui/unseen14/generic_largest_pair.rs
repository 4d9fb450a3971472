// Generic functions and a generic Pair<T> with an impl block bounded by Display + PartialOrd
use std::fmt::Display;

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn largest_ref<T: PartialOrd>(list: &[T]) -> &T {
    let mut best = &list[0];
    for item in list.iter() {
        if item > best {
            best = item;
        }
    }
    best
}

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }
    fn swap(self) -> Pair<T> {
        Pair { x: self.y, y: self.x }
    }
}

impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Version(u32, u32, u32);

fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    println!("largest number {}", largest(&numbers));
    let chars = vec!['y', 'm', 'a', 'q'];
    println!("largest char {}", largest(&chars));
    let floats = [0.5, -2.0, 3.25];
    println!("largest float {}", largest(&floats));
    let words = vec![String::from("pear"), String::from("zucchini"), String::from("apple")];
    println!("largest word {}", largest_ref(&words));
    let versions = [Version(1, 2, 3), Version(1, 10, 0), Version(0, 99, 99)];
    println!("newest {:?}", largest(&versions));

    let p = Pair::new(7, 12);
    p.cmp_display();
    let p = p.swap();
    p.cmp_display();
    Pair::new("abc", "abd").cmp_display();
    let q = Pair::new(vec![1], vec![2, 3]).swap();
    println!("{:?} {:?}", q.x, q.y);
}
