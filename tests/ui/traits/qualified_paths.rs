// Qualified paths: `<Type as Trait>::item` picks one trait's method, constant or associated type.
trait Animal {
    const LEGS: u32;
    type Food;
    fn name(&self) -> String;
    fn food(&self) -> Self::Food;
}

trait Robot {
    fn name(&self) -> String;
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Dog;

impl Animal for Dog {
    const LEGS: u32 = 4;
    type Food = &'static str;
    fn name(&self) -> String {
        String::from("dog")
    }
    fn food(&self) -> &'static str {
        "bones"
    }
}

impl Robot for Dog {
    fn name(&self) -> String {
        String::from("robodog")
    }
}

fn legs<T: Animal>(_: &T) -> u32 {
    <T as Animal>::LEGS * 10
}

fn meal<T: Animal>(a: &T) -> <T as Animal>::Food {
    a.food()
}

fn total<I: Iterator<Item = u32>>(it: I) -> <I as Iterator>::Item {
    it.sum()
}

fn main() {
    let d = Dog;
    println!("{} / {}", <Dog as Animal>::name(&d), <Dog as Robot>::name(&d));
    println!("{} legs, {} in tens", <Dog as Animal>::LEGS, legs(&d));
    let f: <Dog as Animal>::Food = meal(&d);
    println!("eats {}", f);
    let parsed = <i32 as std::str::FromStr>::from_str("42").unwrap();
    let text = <i32 as ToString>::to_string(&parsed);
    println!("{} {}", parsed + 1, text.len());
    let v: Vec<u32> = vec![1, 2, 3];
    let first: Option<<Vec<u32> as IntoIterator>::Item> = v.clone().into_iter().next();
    println!("{:?} {}", first, total(v.into_iter()));
    let s = <String>::from("plain");
    let n = <u8>::MAX;
    if n == <u8>::MAX {
        println!("{} {}", s, n);
    }
    let copy = <Dog as Clone>::clone(&d);
    println!("{:?}", <Dog as PartialEq>::eq(&copy, &d));
}
