// Traits with default methods and overridden ones, generic functions with where clauses, impl Trait
use std::fmt::{Debug, Display};

trait Describe {
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("this is {}", self.name())
    }
    fn shout(&self) -> String {
        self.describe().to_uppercase()
    }
}

struct Dog {
    breed: String,
}

struct Robot {
    serial: u32,
}

impl Describe for Dog {
    fn name(&self) -> String {
        format!("a {} dog", self.breed)
    }
}

impl Describe for Robot {
    fn name(&self) -> String {
        format!("robot #{}", self.serial)
    }
    fn describe(&self) -> String {
        format!("beep, I am {}", self.name())
    }
}

fn introduce_all<T>(things: &[T]) -> Vec<String>
where
    T: Describe,
{
    things.iter().map(|t| t.describe()).collect()
}

fn show_pair<A, B>(a: A, b: B) -> String
where
    A: Display + Clone,
    B: Debug,
{
    let copy = a.clone();
    format!("<{} | {:?} | {}>", a, b, copy)
}

fn make_describer(serial: u32) -> impl Describe {
    Robot { serial: serial * 10 }
}

fn loudest(items: &[&dyn Describe]) -> String {
    items.iter().map(|d| d.shout()).max_by_key(|s| s.len()).unwrap_or_default()
}

fn main() {
    let dogs = vec![Dog { breed: String::from("beagle") }, Dog { breed: String::from("pug") }];
    for line in introduce_all(&dogs) {
        println!("{}", line);
    }
    let r = Robot { serial: 7 };
    println!("{}", r.describe());
    println!("{}", r.shout());
    println!("{}", make_describer(4).describe());
    println!("{}", show_pair("left", vec![1, 2]));
    println!("{}", show_pair(3.5, Some('x')));
    println!("{}", loudest(&[&dogs[0], &r, &dogs[1]]));
}
