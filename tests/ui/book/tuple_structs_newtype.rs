// Structs: newtypes with Display, tuple structs, unit structs with trait impls, derive Hash in a HashSet.
use std::collections::HashSet;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct UserId(u32);

#[derive(Debug, Clone, PartialEq)]
struct Meters(f64);

struct Wrapper(Vec<String>);

impl fmt::Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0.join(", "))
    }
}

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}m", self.0)
    }
}

struct Celsius;
struct Fahrenheit;

trait Unit {
    fn symbol(&self) -> char;
}

impl Unit for Celsius {
    fn symbol(&self) -> char {
        'C'
    }
}

impl Unit for Fahrenheit {
    fn symbol(&self) -> char {
        'F'
    }
}

fn label(v: f64, u: &dyn Unit) -> String {
    format!("{v}°{}", u.symbol())
}

fn main() {
    let ids = [UserId(3), UserId(1), UserId(3), UserId(2), UserId(1)];
    let unique: HashSet<UserId> = ids.iter().copied().collect();
    let mut sorted: Vec<UserId> = unique.into_iter().collect();
    sorted.sort();
    println!("{:?}", sorted);
    println!("{}", UserId(5) > UserId(4));
    let w = Wrapper(vec![String::from("hello"), String::from("world")]);
    println!("w = {w}");
    let d = Meters(12.345);
    println!("{d} {:?} {}", d, d == Meters(12.345));
    let Meters(raw) = d;
    println!("{raw}");
    println!("{} {}", label(21.5, &Celsius), label(70.0, &Fahrenheit));
    let mut seen = HashSet::new();
    for word in "the cat saw the other cat".split(' ') {
        if !seen.insert(word) {
            println!("repeat: {word}");
        }
    }
    println!("{} unique, has cat: {}", seen.len(), seen.contains("cat"));
    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b: HashSet<i32> = [3, 4, 5].into_iter().collect();
    let mut inter: Vec<_> = a.intersection(&b).copied().collect();
    inter.sort();
    let mut uni: Vec<_> = a.union(&b).copied().collect();
    uni.sort();
    let mut diff: Vec<_> = a.difference(&b).collect();
    diff.sort();
    println!("{:?} {:?} {:?}", inter, uni, diff);
}
